//! What the link warnings need to know about the content's links, read as the events pass:
//! `#fragment` links (`broken-fragment-link`) and links without text (`empty-link-text`).
//!
//! An observer of the events with their offsets (see `observe`), before the rewrite stage, so
//! each fact keeps the place in the markdown where the link starts.

use crate::markdown::event::{Event, Tag, TagEnd};
use crate::strmap::StrSet;

use crate::observe::Observer;

/// Facts about the links of one document.
#[derive(Debug, Clone, Default)]
pub(crate) struct LinkFacts {
    /// Each `#fragment` link: its offset and the fragment, percent-decoded as a browser
    /// decodes it before looking for the id.
    pub fragments: Vec<(usize, String)>,
    /// The offset of each link whose text is empty or only white space (an image without alt
    /// text is no text either: a screen reader has nothing to say).
    pub empty: Vec<usize>,
}

/// The observer: `LinkCheck::default()`, then `into_facts()` once the events have passed.
#[derive(Default)]
pub(crate) struct LinkCheck {
    facts: LinkFacts,
    /// Open links: where each starts and whether it has shown text yet.
    open: Vec<(usize, bool)>,
}

impl LinkCheck {
    pub fn into_facts(self) -> LinkFacts {
        self.facts
    }

    fn shown(&mut self) {
        if let Some(link) = self.open.last_mut() {
            link.1 = true;
        }
    }
}

impl<'a> Observer<'a> for LinkCheck {
    #[inline]
    fn observe(&mut self, event: &Event<'a>, at: usize) {
        // Outside links only a link's start matters: one comparison for most events.
        if self.open.is_empty() && !matches!(event, Event::Start(Tag::Link { .. })) {
            return;
        }
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(fragment) = dest_url.strip_prefix('#').filter(|f| !f.is_empty()) {
                    let decoded = crate::url::percent_decode(fragment).into_owned();
                    self.facts.fragments.push((at, decoded));
                }
                self.open.push((at, false));
            }
            Event::End(TagEnd::Link) => {
                if let Some((start, false)) = self.open.pop() {
                    self.facts.empty.push(start);
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) if !t.trim().is_empty() => self.shown(),
            // Raw HTML inside a link may show anything: it is not called empty.
            Event::InlineHtml(_) => self.shown(),
            _ => {}
        }
    }
}

/// Every `id` attribute value in `html`: the targets a `#fragment` can reach. The writer and
/// the sanitizer quote every attribute value with `"` and escape `"` in text, so ` id="` only
/// starts an attribute; `trusted` raw HTML may also write `id='x'` or `id=x`.
pub(crate) fn ids_in(html: &str) -> StrSet {
    let mut ids = StrSet::default();
    let mut rest = html;
    while let Some(at) = crate::text::find_str(rest, " id=") {
        rest = rest.get(at + 4..).unwrap_or_default();
        let (value, after) = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = rest.get(1..).unwrap_or_default();
                let end = body.find(q).unwrap_or(body.len());
                (body.get(..end).unwrap_or_default(), body.get(end..).unwrap_or_default())
            }
            _ => {
                let end = rest
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .unwrap_or(rest.len());
                (rest.get(..end).unwrap_or_default(), rest.get(end..).unwrap_or_default())
            }
        };
        ids.insert(value);
        rest = after;
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observe::observe_markdown;

    fn facts(markdown: &str) -> LinkFacts {
        observe_markdown(markdown, LinkCheck::default()).into_facts()
    }

    #[test]
    fn fragments_are_decoded_with_their_offsets() {
        let f = facts("[a](#intro) [b](#caf%C3%A9) [c](page#x) [d](#)");
        assert_eq!(f.fragments, [(0, "intro".to_owned()), (12, "café".to_owned())]);
    }

    #[test]
    fn empty_links_are_found() {
        let f = facts("[](/a) [ ](/b) [![](i.png)](/c) [![logo](i.png)](/d) [`x`](/e) [<b>x</b>](/f)");
        assert_eq!(f.empty, [0, 7, 15]);
    }

    #[test]
    fn ids_in_every_quoting() {
        let ids = ids_in(r#"<h2 id="a">x</h2><a id='b'></a><p id=c>id=no</p><p data-id="d">"#);
        let mut ids: Vec<_> = ids.iter().collect();
        ids.sort_unstable();
        assert_eq!(ids, ["a", "b", "c"]);
    }
}
