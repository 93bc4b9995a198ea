//! A map from strings to values of any type, in the order they were first inserted.
//!
//! The hash table is always a `HashMap<String, usize>` (key to position in a `Vec`), so every
//! `StrMap<T>` shares one instantiation of hashbrown's code: a `HashMap<String, T>` per `T`
//! instantiated its growth, insertion and lookup again for each, about 2 KB of the module per
//! value type (`twiggy monos`, session 14). Values are never removed, which every user here
//! (link definitions, TOML tables, image sizes, YAML anchors, the sanitizer's attribute lists)
//! is content with.

use crate::text::Own;
use foldhash::HashMap;

#[derive(Debug, Clone)]
pub(crate) struct StrMap<T> {
    index: HashMap<String, usize>,
    values: Vec<T>,
}

impl<T> Default for StrMap<T> {
    fn default() -> Self {
        StrMap {
            index: HashMap::default(),
            values: Vec::new(),
        }
    }
}

impl<T> StrMap<T> {
    pub(crate) fn get(&self, key: &str) -> Option<&T> {
        position(&self.index, key).and_then(|i| self.values.get(i))
    }

    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        position(&self.index, key).and_then(|i| self.values.get_mut(i))
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        position(&self.index, key).is_some()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The value at `key`, `make()` inserted first when there is none. Always `Some`: an
    /// `Option` only because the slot is found with `get_mut` (no indexing, the crate's
    /// no-panic rule), though every position in the table is below the length.
    pub(crate) fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> T) -> Option<&mut T> {
        match position(&self.index, key) {
            Some(i) => self.values.get_mut(i),
            None => {
                add(&mut self.index, key, self.values.len());
                self.values.push(make());
                self.values.last_mut()
            }
        }
    }

    /// Set `key` to `value`, replacing the value it had (which keeps its place in the order).
    pub(crate) fn insert(&mut self, key: &str, value: T) {
        match position(&self.index, key).and_then(|i| self.values.get_mut(i)) {
            Some(slot) => *slot = value,
            None => {
                add(&mut self.index, key, self.values.len());
                self.values.push(value);
            }
        }
    }

    /// The values in the order their keys were first inserted.
    pub(crate) fn into_values(self) -> std::vec::IntoIter<T> {
        self.values.into_iter()
    }
}

/// The hash-table side of every `StrMap`, kept out of line: inlined into each caller it was
/// 3.2 KB of the module for a lookup that costs a call's worth more (session 15).
#[inline(never)]
fn position(index: &HashMap<String, usize>, key: &str) -> Option<usize> {
    index.get(key).copied()
}

#[inline(never)]
fn add(index: &mut HashMap<String, usize>, key: &str, at: usize) {
    index.insert(key.own(), at);
}

#[cfg(test)]
mod tests {
    use super::StrMap;

    #[test]
    fn values_keep_their_first_place_and_the_first_insert_with_wins() {
        let mut map = StrMap::default();
        assert!(map.is_empty());
        map.insert("b", 1);
        map.insert("a", 2);
        map.insert("b", 3);
        assert_eq!(map.get_or_insert_with("a", || 9), Some(&mut 2));
        assert_eq!(map.get_or_insert_with("c", || 4), Some(&mut 4));
        if let Some(a) = map.get_mut("a") {
            *a += 10;
        }
        assert_eq!((map.get("b"), map.get("a"), map.get("z")), (Some(&3), Some(&12), None));
        assert!(map.contains_key("c") && !map.contains_key("B"));
        assert_eq!(map.into_values().collect::<Vec<_>>(), [3, 12, 4]);
    }
}
