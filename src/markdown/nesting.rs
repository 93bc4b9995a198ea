//! The nesting limit (`Limits::max_nesting`): tags of levels deeper than it are left out, their
//! content kept. Browsers cap the tree's depth anyway (Chromium at 512), and 500 000 nested
//! block quotes would be 13 MB of tags for 1 MB of `> `.

use crate::markdown::event::{Event, Tag, TagEnd};

pub(super) struct NestingLimit {
    /// Open block quotes, lists and inline emphasis (see [`step`]).
    depth: usize,
    max: usize,
    /// Where the markdown first nests deeper than the limit.
    pub too_deep: Option<usize>,
}

impl NestingLimit {
    pub fn new(max: usize) -> Self {
        NestingLimit {
            depth: 0,
            max,
            too_deep: None,
        }
    }

    /// Counts nesting; `false` for the tags of levels deeper than the limit (and the items of
    /// lists left out), `event` starting at `offset` in the markdown.
    pub fn admit(&mut self, event: &Event<'_>, offset: usize) -> bool {
        match step(event) {
            1 => {
                self.depth += 1;
                if self.depth > self.max {
                    self.too_deep.get_or_insert(offset);
                    return false;
                }
                true
            }
            -1 => {
                let within = self.depth <= self.max;
                self.depth = self.depth.saturating_sub(1);
                within
            }
            _ => !matches!(event, Event::Start(Tag::Item) | Event::End(TagEnd::Item)) || self.depth <= self.max,
        }
    }
}

/// How an event changes the nesting: `1` opens a level, `-1` closes one. List items follow
/// their list, so an `<li>` is never written without its list.
fn step(event: &Event<'_>) -> i8 {
    match event {
        Event::Start(
            Tag::BlockQuote(_)
            | Tag::List(_)
            | Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript,
        ) => 1,
        Event::End(
            TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript,
        ) => -1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_beyond_the_limit_and_their_items_are_left_out_where_they_start() {
        let mut limit = NestingLimit::new(1);
        let events = crate::markdown::parse::Parser::new("> a\n> > - b\n> > *c*\n\n- d", Default::default());
        let kept: Vec<String> = events
            .filter(|(e, r)| limit.admit(e, r.start) && !matches!(e, Event::Text(_)))
            .map(|(e, _)| format!("{e:?}"))
            .collect();
        assert_eq!(limit.too_deep, Some(6), "the inner quote");
        // The outer quote, its paragraph, the paragraph of the list left out, the list after.
        let quotes = kept.iter().filter(|e| e.contains("BlockQuote")).count();
        let items = kept.iter().filter(|e| e.contains("Item")).count();
        assert_eq!((quotes, items), (2, 2), "{kept:?}");
        assert!(!kept.iter().any(|e| e.contains("Emphasis")), "{kept:?}");
    }
}
