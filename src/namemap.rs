//! [`NameMap`]: the options' values by name (attributes by tag, sizes by image URL).

/// Values by name, in the order each name was first inserted: the options' attribute lists
/// by tag ([`SanitizeOptions::attributes`](crate::SanitizeOptions::attributes)) and image
/// sizes by URL ([`Options::images`](crate::Options::images)).
///
/// A list of pairs searched in order, not a `BTreeMap`: the standard map's code was 3 KB of the
/// gzipped WebAssembly module (session 16) for maps of a few names, and the render reads each
/// name once, into its own hash table, when it builds its policy.
/// Names are compared exactly (`"A"` and `"a"` are two names).
///
/// ```
/// let mut sizes = pagemark::NameMap::new();
/// sizes.insert("/b.png", 2);
/// sizes.insert("/a.png", 1);
/// assert_eq!(sizes.insert("/b.png", 3), Some(2));
/// assert_eq!(sizes.get("/b.png"), Some(&3));
/// assert_eq!(sizes.iter().collect::<Vec<_>>(), [("/b.png", &3), ("/a.png", &1)]);
/// assert_eq!(sizes.remove("/b.png"), Some(3));
/// assert_eq!(sizes.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMap<T> {
    entries: Vec<(String, T)>,
}

impl<T> Default for NameMap<T> {
    fn default() -> Self {
        NameMap { entries: Vec::new() }
    }
}

impl<T> NameMap<T> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Set `name`'s value, returning the one it replaces; a new name goes last.
    pub fn insert(&mut self, name: impl Into<String>, value: T) -> Option<T> {
        let name = name.into();
        match self.get_mut(&name) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => {
                self.entries.push((name, value));
                None
            }
        }
    }

    /// Add a name the caller knows is absent (the keys of one JSON object): no search, so
    /// reading an object of 10 000 image URLs stays linear.
    pub(crate) fn push_absent(&mut self, name: String, value: T) {
        self.entries.push((name, value));
    }

    /// The value of `name`, if set.
    pub fn get(&self, name: &str) -> Option<&T> {
        self.entries.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The value of `name`, to change in place.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut T> {
        self.entries.iter_mut().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Take `name` out of the map; the others keep their order.
    pub fn remove(&mut self, name: &str) -> Option<T> {
        let at = self.entries.iter().position(|(n, _)| n == name)?;
        Some(self.entries.remove(at).1)
    }

    /// How many names the map holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map holds no name.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Each name and its value, in insertion order.
    pub fn iter(&self) -> Iter<'_, T> {
        self.entries.iter().map(|(n, v)| (n.as_str(), v))
    }
}

/// [`NameMap::iter`]'s iterator.
pub type Iter<'a, T> = std::iter::Map<std::slice::Iter<'a, (String, T)>, fn(&'a (String, T)) -> (&'a str, &'a T)>;

impl<'a, T> IntoIterator for &'a NameMap<T> {
    type Item = (&'a str, &'a T);
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Later pairs replace earlier ones with the same name, as [`NameMap::insert`] does.
impl<K: Into<String>, T> FromIterator<(K, T)> for NameMap<T> {
    fn from_iter<I: IntoIterator<Item = (K, T)>>(pairs: I) -> Self {
        let mut map = NameMap::new();
        map.extend(pairs);
        map
    }
}

impl<K: Into<String>, T> Extend<(K, T)> for NameMap<T> {
    fn extend<I: IntoIterator<Item = (K, T)>>(&mut self, pairs: I) {
        for (name, value) in pairs {
            self.insert(name, value);
        }
    }
}

impl<T> IntoIterator for NameMap<T> {
    type Item = (String, T);
    type IntoIter = std::vec::IntoIter<(String, T)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::NameMap;

    #[test]
    fn names_keep_their_first_place_and_later_values_replace_earlier() {
        let mut map: NameMap<i32> = [("b", 1), ("a", 2), ("b", 3)].into_iter().collect();
        assert_eq!(map.iter().collect::<Vec<_>>(), [("b", &3), ("a", &2)]);
        assert_eq!((map.get("B"), map.get("a")), (None, Some(&2)));
        if let Some(a) = map.get_mut("a") {
            *a += 10;
        }
        map.extend([("c", 4)]);
        assert_eq!(map.remove("b"), Some(3));
        assert_eq!(map.remove("b"), None);
        assert_eq!(
            map.into_iter().collect::<Vec<_>>(),
            [("a".to_owned(), 12), ("c".to_owned(), 4)]
        );
    }

    #[test]
    fn pushing_an_absent_name_appends_it() {
        let mut map = NameMap::new();
        map.push_absent("x".to_owned(), 1);
        map.insert("y", 2);
        assert_eq!(map.len(), 2);
        assert!(!map.is_empty() && NameMap::<u8>::new().is_empty());
    }
}
