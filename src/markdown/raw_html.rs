//! The raw-HTML policy (`Options::html`): HTML written in the markdown kept for the
//! sanitizer, shown as text, dropped, or trusted.

use crate::markdown::event::{Event, Tag, TagEnd};

use crate::options::HtmlMode;

pub(super) struct RawHtml {
    mode: HtmlMode,
    /// Whether HTML was kept for the sanitizer (which then has to run).
    pub seen: bool,
}

impl RawHtml {
    pub fn new(mode: HtmlMode) -> Self {
        RawHtml { mode, seen: false }
    }

    /// `event` under the policy; `None` drops it. Other events pass unchanged.
    pub fn apply<'a>(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => match self.mode {
                HtmlMode::Trusted => Some(Event::Html(raw)),
                HtmlMode::Sanitize => {
                    self.seen = true;
                    Some(Event::Html(raw))
                }
                HtmlMode::Escape => {
                    let visible = strip_comments(&raw);
                    (!visible.trim().is_empty()).then(|| Event::Text(visible.into()))
                }
                HtmlMode::Strip => None,
            },
            // Escaped block HTML reads as a paragraph; stripped block HTML leaves nothing.
            Event::Start(Tag::HtmlBlock) => match self.mode {
                HtmlMode::Trusted | HtmlMode::Sanitize => Some(event),
                HtmlMode::Escape => Some(Event::Start(Tag::Paragraph)),
                HtmlMode::Strip => None,
            },
            Event::End(TagEnd::HtmlBlock) => match self.mode {
                HtmlMode::Trusted | HtmlMode::Sanitize => Some(event),
                HtmlMode::Escape => Some(Event::End(TagEnd::Paragraph)),
                HtmlMode::Strip => None,
            },
            other => Some(other),
        }
    }
}

/// Raw HTML with its `<!-- comments -->` removed: comments are never content.
fn strip_comments(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = crate::text::find_str(rest, "<!--") {
        out.push_str(rest.get(..start).unwrap_or_default());
        match crate::text::find_str(rest.get(start + 4..).unwrap_or_default(), "-->") {
            Some(end) => rest = rest.get(start + 4 + end + 3..).unwrap_or_default(),
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(mode: HtmlMode, markdown: &str) -> (Vec<Event<'_>>, bool) {
        let mut policy = RawHtml::new(mode);
        let events = crate::markdown::parse::Parser::new(markdown, Default::default())
            .filter_map(|(e, _)| policy.apply(e))
            .collect();
        (events, policy.seen)
    }

    #[test]
    fn each_mode_keeps_shows_or_drops_the_html() {
        let src = "<div>\n<!-- note --><b>x</b>\n</div>\n\nand <i>y</i>";
        let (kept, seen) = applied(HtmlMode::Sanitize, src);
        assert!(seen && kept.iter().filter(|e| matches!(e, Event::Html(_))).count() >= 3);
        let (shown, seen) = applied(HtmlMode::Escape, src);
        assert!(!seen && !shown.iter().any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_))));
        let text: String = shown
            .iter()
            .filter_map(|e| if let Event::Text(t) = e { Some(t.as_ref()) } else { None })
            .collect();
        assert_eq!(text, "<div>\n<b>x</b>\n</div>\nand <i>y</i>");
        let (dropped, _) = applied(HtmlMode::Strip, src);
        assert!(!dropped.iter().any(|e| matches!(e, Event::Start(Tag::HtmlBlock))));
        let (trusted, seen) = applied(HtmlMode::Trusted, src);
        assert!(!seen && trusted.iter().any(|e| matches!(e, Event::Html(h) if h.contains("<i>"))));
    }
}
