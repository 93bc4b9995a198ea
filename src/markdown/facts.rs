//! Facts about the markdown that the head and the warnings need, each read as the events pass
//! by a single-purpose [`Observer`] (run by `observe::Observed`, no layer of its own).

use crate::markdown::event::{Event, Tag, TagEnd};
use crate::strmap::StrSet;

use crate::observe::Observer;

/// The plain text of the first paragraph (the description's fallback).
#[derive(Default)]
pub(crate) struct FirstParagraph {
    reading: Option<String>,
    pub text: Option<String>,
}

impl<'a> Observer<'a> for FirstParagraph {
    fn observe(&mut self, event: &Event<'a>, _offset: usize) {
        if self.text.is_some() {
            return;
        }
        match (event, self.reading.as_mut()) {
            (Event::Start(Tag::Paragraph), None) => self.reading = Some(String::new()),
            (Event::Text(t) | Event::Code(t), Some(p)) => p.push_str(t),
            (Event::SoftBreak | Event::HardBreak, Some(p)) => p.push(' '),
            (Event::End(TagEnd::Paragraph), Some(_)) => {
                let text = self.reading.take().map(|p| crate::text::collapse_whitespace(&p));
                self.text = text.filter(|t| !t.is_empty());
            }
            _ => {}
        }
    }
}

/// Where images without alternative text start.
#[derive(Default)]
pub(crate) struct ImagesWithoutAlt {
    /// Inside an image: its offset and whether alt text was seen.
    open: Option<(usize, bool)>,
    pub offsets: Vec<usize>,
}

impl<'a> Observer<'a> for ImagesWithoutAlt {
    fn observe(&mut self, event: &Event<'a>, offset: usize) {
        match (event, &mut self.open) {
            (Event::Start(Tag::Image { .. }), None) => self.open = Some((offset, false)),
            (Event::Text(t) | Event::Code(t), Some((_, seen))) if !t.trim().is_empty() => *seen = true,
            (Event::End(TagEnd::Image), Some((at, seen))) => {
                if !*seen {
                    self.offsets.push(*at);
                }
                self.open = None;
            }
            _ => {}
        }
    }
}

/// The ids the writer gives footnote definitions, in order of first mention.
pub(crate) struct FootnoteIds<'o> {
    prefix: &'o str,
    seen: StrSet,
    pub ids: Vec<String>,
}

impl<'o> FootnoteIds<'o> {
    pub fn new(prefix: &'o str) -> Self {
        FootnoteIds {
            prefix,
            seen: StrSet::default(),
            ids: Vec::new(),
        }
    }
}

impl<'a> Observer<'a> for FootnoteIds<'_> {
    fn observe(&mut self, event: &Event<'a>, _offset: usize) {
        if let Event::Start(Tag::FootnoteDefinition(name)) | Event::FootnoteReference(name) = event {
            if self.seen.insert(name) {
                self.ids.push(crate::html::footnote_id(self.prefix, name));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observe::observe_markdown;

    #[test]
    fn each_observer_reads_its_fact() {
        let src = "# T\n\nFirst  *para*\ngraph[^n].\n\n![](a.png) ![alt](b.png)\n\n[^n]: Note.";
        let ext = crate::markdown::parse::Extensions {
            footnotes: true,
            ..Default::default()
        };
        let events = || crate::markdown::parse::Parser::new(src, ext);
        let mut first = FirstParagraph::default();
        let mut alt = ImagesWithoutAlt::default();
        let mut notes = FootnoteIds::new("p-");
        for (event, range) in events() {
            first.observe(&event, range.start);
            alt.observe(&event, range.start);
            notes.observe(&event, range.start);
        }
        assert_eq!(first.text.as_deref(), Some("First para graph."));
        assert_eq!(alt.offsets, [31]);
        assert_eq!(notes.ids, ["p-fn-n"]);
        assert_eq!(
            observe_markdown("no images", ImagesWithoutAlt::default()).offsets,
            Vec::<usize>::new()
        );
    }
}
