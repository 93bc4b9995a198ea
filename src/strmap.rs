//! Maps and sets of strings, in the order their keys were first inserted: the one hash table of
//! the crate, under `Value`'s objects, link definitions, TOML tables, YAML anchors, heading
//! ids, footnote labels and the sanitizer's allowlists.
//!
//! Our own open addressing over a list of keys, not `HashMap` or indexmap: those were two
//! copies of hashbrown in the module (std's and indexmap's), with their growth, insertion and
//! lookup instantiated per key and value type (session 16 measured what leaving them saves
//! in `benches/js/size-steps.md`). The table part ([`Keys`]) is not generic, so it is in the
//! module once whatever the values are; it stores positions, not keys, so no key is
//! allocated twice.

use crate::text::Own;
use std::hash::BuildHasher;

/// The keys in insertion order, and a table of their positions by hash.
#[derive(Clone, Default)]
struct Keys {
    keys: Vec<String>,
    /// Open addressing with linear probing: each slot is 0 (empty) or a position in `keys`
    /// plus one. Empty, or a power of two at least twice `keys.len()`, so a probe ends at an
    /// empty slot after 1.5 comparisons on average.
    slots: Vec<usize>,
    /// foldhash with a seed per map: keys come from documents, which may be hostile, and a
    /// fixed seed would let one document make every key collide.
    hasher: foldhash::fast::RandomState,
}

impl Keys {
    /// The position of `key`, if present.
    #[inline(never)]
    fn find(&self, key: &str) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut slot = self.start(key) & mask;
        loop {
            let at = self.slots.get(slot)?.checked_sub(1)?;
            if self.keys.get(at).is_some_and(|k| k == key) {
                return Some(at);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Add `key`, which the caller has just looked for and not found; returns its position.
    #[inline(never)]
    fn push(&mut self, key: String) -> usize {
        let at = self.keys.len();
        self.keys.push(key);
        if self.slots.len() < 2 * self.keys.len() {
            self.rebuild((2 * self.slots.len()).max(8));
        } else {
            self.place(at);
        }
        at
    }

    /// Take out the key at `at`; the ones after it move up one place.
    #[inline(never)]
    fn remove(&mut self, at: usize) -> Option<String> {
        if at >= self.keys.len() {
            return None;
        }
        let key = self.keys.remove(at);
        self.rebuild(self.slots.len());
        Some(key)
    }

    /// Every position placed again in `size` empty slots.
    fn rebuild(&mut self, size: usize) {
        self.slots.clear();
        self.slots.resize(size, 0);
        for at in 0..self.keys.len() {
            self.place(at);
        }
    }

    /// Put position `at` in the first empty slot from its key's start.
    fn place(&mut self, at: usize) {
        let Some(key) = self.keys.get(at) else { return };
        let mask = self.slots.len().wrapping_sub(1);
        let mut slot = self.start(key) & mask;
        while let Some(taken) = self.slots.get_mut(slot) {
            if *taken == 0 {
                *taken = at + 1;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    fn start(&self, key: &str) -> usize {
        // Truncated on 32-bit targets: the low bits are the ones the mask keeps.
        self.hasher.hash_one(key) as usize
    }
}

/// A map from strings to values of any type, in the order keys were first inserted.
#[derive(Clone)]
pub(crate) struct StrMap<T> {
    keys: Keys,
    values: Vec<T>,
}

impl<T> Default for StrMap<T> {
    fn default() -> Self {
        StrMap {
            keys: Keys::default(),
            values: Vec::new(),
        }
    }
}

impl<T> StrMap<T> {
    pub(crate) fn len(&self) -> usize {
        self.values.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub(crate) fn get(&self, key: &str) -> Option<&T> {
        self.keys.find(key).and_then(|i| self.values.get(i))
    }

    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        self.keys.find(key).and_then(|i| self.values.get_mut(i))
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.keys.find(key).is_some()
    }

    /// The value of `key`, made by `make` and added when the key is new.
    pub(crate) fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> T) -> Option<&mut T> {
        match self.keys.find(key) {
            Some(i) => self.values.get_mut(i),
            None => {
                self.keys.push(key.own());
                self.values.push(make());
                self.values.last_mut()
            }
        }
    }

    /// Set `key` (keeping its place when it was there); returns the value it replaced.
    pub(crate) fn insert(&mut self, key: &str, value: T) -> Option<T> {
        match self.keys.find(key) {
            Some(i) => self.values.get_mut(i).map(|slot| std::mem::replace(slot, value)),
            None => self.push_new(key.own(), value),
        }
    }

    /// `insert` for an owned key, which it keeps instead of copying.
    pub(crate) fn insert_owned(&mut self, key: String, value: T) -> Option<T> {
        match self.keys.find(&key) {
            Some(i) => self.values.get_mut(i).map(|slot| std::mem::replace(slot, value)),
            None => self.push_new(key, value),
        }
    }

    fn push_new(&mut self, key: String, value: T) -> Option<T> {
        self.keys.push(key);
        self.values.push(value);
        None
    }

    /// Take `key` out; the keys after it keep their order (a rebuild of the table: the maps
    /// that remove are options objects of a few keys).
    pub(crate) fn remove(&mut self, key: &str) -> Option<T> {
        let at = self.keys.find(key)?;
        self.keys.remove(at)?;
        (at < self.values.len()).then(|| self.values.remove(at))
    }

    pub(crate) fn keys(&self) -> std::slice::Iter<'_, String> {
        self.keys.keys.iter()
    }

    pub(crate) fn values(&self) -> std::slice::Iter<'_, T> {
        self.values.iter()
    }

    pub(crate) fn values_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.values.iter_mut()
    }

    pub(crate) fn iter(&self) -> std::iter::Zip<std::slice::Iter<'_, String>, std::slice::Iter<'_, T>> {
        self.keys.keys.iter().zip(&self.values)
    }

    pub(crate) fn into_values(self) -> std::vec::IntoIter<T> {
        self.values.into_iter()
    }

    pub(crate) fn into_pairs(self) -> std::iter::Zip<std::vec::IntoIter<String>, std::vec::IntoIter<T>> {
        self.keys.keys.into_iter().zip(self.values)
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for StrMap<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// A set of strings: a [`StrMap`] of nothing.
#[derive(Clone, Default)]
pub(crate) struct StrSet(StrMap<()>);

impl StrSet {
    /// Add `key`; whether it was new.
    pub(crate) fn insert(&mut self, key: &str) -> bool {
        self.0.insert(key, ()).is_none()
    }

    /// `insert` for an owned key.
    pub(crate) fn insert_owned(&mut self, key: String) -> bool {
        self.0.insert_owned(key, ()).is_none()
    }

    pub(crate) fn contains(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    pub(crate) fn remove(&mut self, key: &str) -> bool {
        self.0.remove(key).is_some()
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.keys()
    }
}

impl std::fmt::Debug for StrSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<S: Into<String>> FromIterator<S> for StrSet {
    fn from_iter<I: IntoIterator<Item = S>>(keys: I) -> Self {
        let mut set = StrSet::default();
        for key in keys {
            set.insert_owned(key.into());
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::{StrMap, StrSet};

    #[test]
    fn values_keep_their_first_place_and_the_first_insert_with_wins() {
        let mut map = StrMap::default();
        assert!(map.is_empty());
        map.insert("b", 1);
        map.insert("a", 2);
        assert_eq!(map.insert("b", 3), Some(1));
        assert_eq!(map.get_or_insert_with("a", || 9), Some(&mut 2));
        assert_eq!(map.get_or_insert_with("c", || 4), Some(&mut 4));
        if let Some(a) = map.get_mut("a") {
            *a += 10;
        }
        assert_eq!((map.get("b"), map.get("a"), map.get("z")), (Some(&3), Some(&12), None));
        assert!(map.contains_key("c") && !map.contains_key("B"));
        assert_eq!(map.len(), 3);
        assert_eq!(map.into_values().collect::<Vec<_>>(), [3, 12, 4]);
    }

    /// The table against a list searched in order (the slow reference), through growth and
    /// removals, on keys that share prefixes and lengths.
    #[test]
    fn the_table_finds_what_a_list_does() {
        let mut map = StrMap::default();
        let mut list: Vec<(String, usize)> = Vec::new();
        for i in 0..2000usize {
            let key = format!("k{}", (i * 7919) % 1000);
            let expected = list.iter().position(|(k, _)| *k == key);
            let replaced = map.insert_owned(key.clone(), i);
            match expected {
                Some(at) => assert_eq!(replaced, Some(std::mem::replace(&mut list[at].1, i))),
                None => {
                    assert_eq!(replaced, None);
                    list.push((key, i));
                }
            }
            if i % 97 == 0 {
                let gone = format!("k{}", (i * 31) % 1000);
                let at = list.iter().position(|(k, _)| *k == gone);
                assert_eq!(map.remove(&gone), at.map(|at| list.remove(at).1), "{gone}");
            }
        }
        for probe in 0..1100 {
            let key = format!("k{probe}");
            assert_eq!(
                map.get(&key),
                list.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
                "{key}"
            );
        }
        let pairs: Vec<(String, usize)> = map.clone().into_pairs().collect();
        assert_eq!(pairs, list);
        assert!(map.iter().map(|(k, _)| k).eq(map.keys()));
        assert_eq!(map.get(""), None);
        assert_eq!(StrMap::<u8>::default().get("x"), None);
    }

    #[test]
    fn a_set_answers_membership() {
        let mut set: StrSet = ["a", "b"].into_iter().collect();
        assert!(!set.insert("a") && set.insert("c"));
        assert!(set.contains("b") && !set.contains("B"));
        assert!(set.remove("b") && !set.remove("b"));
        assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "c"]);
        assert_eq!(format!("{set:?}"), r#"{"a", "c"}"#);
    }
}
