//! Heading ids: each heading's text (or the id its author gave, `## Title {#my-id}`) slugged as
//! GitHub does, prefixed and made unique; with `heading_anchors`, a `#` link after the text.

use crate::text::Own;
use std::collections::VecDeque;

use crate::markdown::event::{CowStr, Event, HeadingLevel, LinkType, Tag, TagEnd};
use crate::strmap::StrMap;

use super::TocEntry;
use crate::options::Options;
use crate::url::clean_url;

/// One heading: its table-of-contents entry and where it starts in the markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    pub entry: TocEntry,
    pub offset: usize,
}

pub(super) struct HeadingIds<'o> {
    prefix: &'o str,
    anchors: bool,
    /// Ids given so far, with the next suffix to try.
    given: StrMap<usize>,
    pub headings: Vec<Heading>,
}

impl<'o> HeadingIds<'o> {
    pub fn new(options: &'o Options) -> Self {
        HeadingIds {
            prefix: &options.id_prefix,
            anchors: options.markdown.heading_anchors,
            given: StrMap::default(),
            headings: Vec::new(),
        }
    }

    /// The heading of `level` at `offset` whose content events are `body` (its text
    /// `text`), written to `out` with its id; `custom_id` is the one its author gave.
    pub fn write<'a>(
        &mut self,
        (level, offset): (HeadingLevel, usize),
        custom_id: Option<&str>,
        text: &str,
        body: Vec<Event<'a>>,
        out: &mut VecDeque<Event<'a>>,
    ) {
        let text = crate::text::collapse_whitespace(text);
        let unique = self.unique(slug(custom_id.unwrap_or(&text)));
        let id = format!("{}{unique}", self.prefix);
        out.push_back(Event::Start(Tag::Heading {
            level,
            id: Some(id.clone().into()),
            classes: Vec::new(),
            attrs: Vec::new(),
        }));
        out.extend(body);
        if self.anchors {
            out.push_back(Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url: CowStr::from(
                    clean_url(&format!("#{id}"), crate::url::HTTP)
                        .unwrap_or_default()
                        .into_owned(),
                ),
                title: "".into(),
                id: "".into(),
            }));
            out.push_back(Event::Text("#".into()));
            out.push_back(Event::End(TagEnd::Link));
        }
        out.push_back(Event::End(TagEnd::Heading(level)));
        self.headings.push(Heading {
            entry: TocEntry {
                level: level as u8,
                id,
                text,
            },
            offset,
        });
    }

    fn unique(&mut self, base: String) -> String {
        let base = if base.is_empty() { "section".own() } else { base };
        let Some(&first) = self.given.get(&base) else {
            self.given.insert(&base, 1);
            return base;
        };
        // `-1`, `-2`, … from where the last search for this base stopped (an id written in
        // the markdown as `a-1` may already be taken), so n identical headings stay linear.
        let mut n = first;
        loop {
            let candidate = format!("{base}-{n}");
            n += 1;
            if !self.given.contains_key(&candidate) {
                if let Some(next) = self.given.get_mut(&base) {
                    *next = n;
                }
                self.given.insert(&candidate, 1);
                return candidate;
            }
        }
    }
}

/// GitHub's heading slug: lower-case, letters, digits, `-` and `_` kept, spaces to `-`,
/// everything else removed.
fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '_' || c == '-' {
            crate::lowercase::push_lowercase(&mut out, c);
        } else if c == ' ' {
            out.push('-');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_like_github() {
        assert_eq!(slug("Hello, World!"), "hello-world");
        assert_eq!(slug("Ünïcode Straße 2"), "ünïcode-straße-2");
        assert_eq!(slug("a  b"), "a--b");
    }

    #[test]
    fn ids_are_slugged_prefixed_unique_and_recorded_with_their_offsets() {
        let mut options = Options::default();
        options.id_prefix = "u-".into();
        let mut ids = HeadingIds::new(&options);
        let mut out = VecDeque::new();
        for (i, (text, custom)) in [("A b", None), ("A  b", None), ("x", Some("a-b-1")), ("", None)]
            .iter()
            .enumerate()
        {
            ids.write((HeadingLevel::H2, i * 10), *custom, text, vec![], &mut out);
        }
        let got: Vec<_> = ids
            .headings
            .iter()
            .map(|h| (h.entry.id.as_str(), h.entry.text.as_str(), h.offset))
            .collect();
        assert_eq!(
            got,
            [
                ("u-a-b", "A b", 0),
                ("u-a-b-1", "A b", 10),
                ("u-a-b-1-1", "x", 20),
                ("u-section", "", 30)
            ]
        );
        assert_eq!(out.len(), 8, "an opening and a closing tag each, no anchors");
    }
}
