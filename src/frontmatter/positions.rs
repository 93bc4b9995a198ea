//! Where each key of the front matter is written, recorded by the readers as they read it: the
//! SEO warnings point at the field to fix, and content taken from a field starts on its line.

use crate::text::LineStarts;

/// The line and column of each key of the front matter, by its dotted path (`seo.title`), the
/// way field options name them. Keys inside lists, under an alias or a merge (`<<`), and inside
/// TOML inline tables and arrays of tables have no single path and are not recorded.
///
/// ```
/// let parsed = pagemark::parse("+++\ndate = 2025-01-26\n[seo]\ntitle = \"Hi\"\n+++\n", &Default::default()).unwrap();
/// assert_eq!(parsed.positions.get("seo.title"), Some((4, 1)));
/// assert_eq!(parsed.positions.get("seo"), Some((3, 2)));
/// assert_eq!(parsed.positions.get("title"), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Positions {
    keys: Vec<(String, u32, u32)>,
}

impl Positions {
    /// The 1-based line and column (in characters) in the original source where the key at
    /// `path` starts (its opening quote, for a quoted key).
    pub fn get(&self, path: &str) -> Option<(u32, u32)> {
        self.keys
            .iter()
            .find(|(p, _, _)| p == path)
            .map(|&(_, line, column)| (line, column))
    }

    /// The offsets a reader recorded in `block`, which starts on line `first_line` of the
    /// source: one pass over the block's lines, however many keys.
    pub(super) fn resolve(read: KeyPaths, block: &str, first_line: u32) -> Self {
        let lines = LineStarts::new(block);
        let keys = read
            .recorded
            .into_iter()
            .map(|(path, offset)| {
                let (line, column) = lines.position(block, offset);
                (path, line + first_line - 1, column)
            })
            .collect();
        Positions { keys }
    }
}

/// What a reader keeps while it reads: the dotted path of the key being read, built up and
/// taken down as it enters and leaves mappings, and each key's path and byte offset in the
/// block. A repeated key is an error in YAML and TOML; in JSON, [`Positions::get`] finds the
/// first (where an author looks first).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct KeyPaths {
    path: String,
    /// How many lists (or other places whose keys have no path) the reader is in.
    in_list: usize,
    recorded: Vec<(String, usize)>,
}

impl KeyPaths {
    /// Enter the key `name` (at `offset`), recording it; returns what [`KeyPaths::leave`] needs.
    pub(crate) fn enter(&mut self, name: &str, offset: usize) -> usize {
        let len = self.path.len();
        if self.in_list == 0 {
            if len > 0 {
                self.path.push('.');
            }
            self.path.push_str(name);
            self.recorded.push((self.path.clone(), offset));
        }
        len
    }

    pub(crate) fn leave(&mut self, mark: usize) {
        self.path.truncate(mark);
    }

    /// Entering a list, or anything else whose keys have no path (a merge's value).
    pub(crate) fn enter_list(&mut self) {
        self.in_list += 1;
    }

    pub(crate) fn leave_list(&mut self) {
        self.in_list = self.in_list.saturating_sub(1);
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::frontmatter::mutate::files_under;
    use crate::options::Options;

    fn positions(source: &str) -> super::Positions {
        crate::frontmatter::parse(source, &Options::default())
            .unwrap()
            .positions
    }

    #[test]
    fn every_reader_records_nested_keys_where_they_start() {
        // The same fields in each syntax, and YAML with and without an anchor.
        let cases = [
            (
                "---\ntitle: A\nseo:\n  title: B\n  og:\n    image: x.png\n---\n",
                (3, 1),
                (4, 3),
                (6, 5),
            ),
            (
                "---\ntitle: &t A\nseo:\n  title: B\n  og:\n    image: x.png\n---\n",
                (3, 1),
                (4, 3),
                (6, 5),
            ),
            (
                "---\ntitle: A\nseo: {title: B,\n  og: {image: x.png}}\n---\n",
                (3, 1),
                (3, 7),
                (4, 8),
            ),
            (
                "+++\ntitle = 'A'\n[seo]\ntitle = 'B'\n[seo.og]\n  image = 'x.png'\n+++\n",
                (3, 2),
                (4, 1),
                (6, 3),
            ),
            (
                "+++\nseo.title = 'B'\nseo.og.image = 'x.png'\n+++\n",
                (2, 1),
                (2, 5),
                (3, 8),
            ),
            (
                ";;;\n{\"seo\": {\"title\": \"B\",\n \"og\": {\"image\": \"x.png\"}}}\n;;;\n",
                (2, 2),
                (2, 10),
                (3, 9),
            ),
            (
                "{\"seo\": {\"title\": \"B\", \"og\": {\"image\": \"x\"}}}\nbody\n",
                (1, 2),
                (1, 10),
                (1, 31),
            ),
        ];
        for (source, seo, title, image) in cases {
            let p = positions(source);
            assert_eq!(
                (p.get("seo"), p.get("seo.title"), p.get("seo.og.image")),
                (Some(seo), Some(title), Some(image)),
                "{source:?}"
            );
        }
    }

    #[test]
    fn keys_without_a_single_path_are_not_recorded() {
        let p = positions("---\nbase: &b {x: 1}\nlist:\n  - title: A\n  - {title: B}\nm:\n  <<: *b\n---\n");
        assert_eq!(p.get("list"), Some((3, 1)));
        assert_eq!(
            (p.get("list.title"), p.get("title"), p.get("m.x"), p.get("m.<<")),
            (None, None, None, None)
        );
        let p = positions("+++\n[[posts]]\ntitle = 'A'\n[t]\ninline = { title = 'B' }\n+++\n");
        assert_eq!((p.get("posts"), p.get("t.inline")), (Some((2, 3)), Some((5, 1))));
        assert_eq!(
            (p.get("posts.title"), p.get("title"), p.get("t.inline.title")),
            (None, None, None)
        );
        // CRLF files: the same lines, columns in characters.
        let p = positions("---\r\nt: é\r\n\"é\": 1\r\n---\r\n");
        assert_eq!((p.get("t"), p.get("é")), (Some((2, 1)), Some((3, 1))));
    }

    /// On every real document: each recorded key is written where its position says.
    #[test]
    fn on_every_fixture_and_corpus_document_the_key_is_at_its_position() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut checked = 0;
        for dir in ["tests/fixtures", "benches/corpus"] {
            for file in files_under(&root.join(dir), "md") {
                let Ok(source) = std::fs::read_to_string(&file) else {
                    continue; // the fixtures of invalid UTF-8
                };
                let Ok(parsed) = crate::frontmatter::parse(&source, &Options::default()) else {
                    continue;
                };
                // Lines as the readers count them (a lone CR ends one too).
                let text = crate::text::normalize_newlines(&source);
                let lines: Vec<&str> = text.split('\n').collect();
                for (path, line, column) in &parsed.positions.keys {
                    // The key's name is the path after some dot (a key may hold dots itself).
                    let names =
                        std::iter::once(path.as_str()).chain(path.match_indices('.').map(|(i, _)| &path[i + 1..]));
                    let text: String = lines[*line as usize - 1].chars().skip(*column as usize - 1).collect();
                    // A double-quoted key may be spelled with escapes: its quote is enough.
                    let text = text.trim_start_matches(['\'', '[']);
                    assert!(
                        names.clone().any(|name| text.starts_with(name)) || text.starts_with('"'),
                        "{}: {path} at {line}:{column}: {text:?}",
                        file.display()
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 5_000, "only {checked} keys checked");
    }
}
