//! GFM's autolink extension ("Autolinks (extension)" in the GFM spec): bare `www.` and
//! `http(s)://`/`ftp://` URLs and email addresses in text become links.
//!
//! An iterator adapter between pulldown-cmark (which has no such extension) and the rewrite
//! stage, so the links it makes meet the same URL policy and `rel` as written ones. Text
//! inside links, images, code blocks and raw-HTML `<a>` elements is left alone; code spans and
//! raw HTML are events of their own and never reach it. Where the spec's prose is silent it
//! follows cmark-gfm, GitHub's implementation (`extensions/autolink.c`): a URL autolink needs
//! no period in its domain (`http://localhost:8080`), and any trailing `;` is dropped.
//!
//! Every scan is linear: a failed domain skips its whole run of host characters (no later
//! start in it can succeed, see `Finder::next_link`), and an email's domain ends at the next
//! `@`.

use crate::text::Own;
use std::collections::VecDeque;
use std::iter::Peekable;
use std::ops::Range;

use crate::markdown::event::{CowStr, Event, LinkType, Tag, TagEnd};

type Item<'a> = (Event<'a>, Range<usize>);

/// The adapter: `Autolinks::new(events, true)` yields the same events with links added
/// (`false` passes them through, for `markdown.autolinks: false`).
pub(crate) struct Autolinks<'a, I: Iterator<Item = Item<'a>>> {
    inner: Peekable<I>,
    enabled: bool,
    queue: VecDeque<Item<'a>>,
    /// Open links, images and code blocks: text inside them is never linked.
    inside: usize,
    /// Inside a raw-HTML `<a …>` … `</a>`.
    raw_link: bool,
}

impl<'a, I: Iterator<Item = Item<'a>>> Autolinks<'a, I> {
    pub fn new(inner: I, enabled: bool) -> Self {
        Autolinks {
            inner: inner.peekable(),
            enabled,
            queue: VecDeque::new(),
            inside: 0,
            raw_link: false,
        }
    }

    /// Keeps count of what text must not be linked in.
    fn track(&mut self, event: &Event<'a>) {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_)) => self.inside += 1,
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => {
                self.inside = self.inside.saturating_sub(1);
            }
            Event::InlineHtml(html) | Event::Html(html) => {
                if let Some(opens) = last_a_tag(html) {
                    self.raw_link = opens;
                }
            }
            _ => {}
        }
    }

    /// The text run starting with `first`: pulldown-cmark splits text at characters that might
    /// have been markup (`_`, `&`, …), and a URL may span several of its events.
    #[inline(never)]
    fn text_run(&mut self, first: CowStr<'a>, range: Range<usize>) -> (CowStr<'a>, Range<usize>) {
        let is_text = |(e, _): &Item<'a>| matches!(e, Event::Text(_));
        if self.inner.peek().is_none_or(|item| !is_text(item)) {
            return (first, range);
        }
        // One buffer for the run: appending to a new string each time is quadratic.
        let mut text = first.into_owned();
        let mut range = range;
        while let Some((Event::Text(next), next_range)) = self.inner.next_if(is_text) {
            text.push_str(&next);
            range.end = next_range.end;
        }
        (text.into(), range)
    }

    /// Splits a text run into text and links, queued. Not inlined into `next`: that kept the
    /// whole adapter inside the rewrite stage's loop and cost 13 KB gzipped in the module.
    #[inline(never)]
    fn link_text(&mut self, text: CowStr<'a>, range: Range<usize>) {
        let mut last = 0;
        let mut finder = Finder { text: &text, from: 0 };
        let mut pieces = Vec::new();
        while let Some(link) = finder.next_link() {
            pieces.push((last..link.start, None));
            pieces.push((link.start..link.end, Some(link.kind)));
            last = link.end;
        }
        if pieces.is_empty() {
            self.queue.push_back((Event::Text(text), range));
            return;
        }
        pieces.push((last..text.len(), None));
        // Offsets into the markdown are exact only when the run is one piece of source text.
        let exact = range.len() == text.len();
        for (span, kind) in pieces {
            let piece = text.get(span.clone()).unwrap_or_default().own();
            let source = if exact {
                range.start + span.start..range.start + span.end
            } else {
                range.clone()
            };
            match kind {
                None if piece.is_empty() => {}
                None => self.queue.push_back((Event::Text(piece.into()), source)),
                Some(kind) => self.queue_link(piece, kind, source),
            }
        }
    }

    fn queue_link(&mut self, text: String, kind: Kind, source: Range<usize>) {
        let (link_type, dest_url) = match kind {
            Kind::Www => (LinkType::Autolink, format!("http://{text}")),
            Kind::Url => (LinkType::Autolink, text.clone()),
            // The rewrite stage adds `mailto:` to email links, as for `<a@b.c>`.
            Kind::Email => (LinkType::Email, text.clone()),
        };
        let start = Tag::Link {
            link_type,
            dest_url: dest_url.into(),
            title: "".into(),
            id: "".into(),
        };
        self.queue.push_back((Event::Start(start), source.clone()));
        self.queue.push_back((Event::Text(text.into()), source.clone()));
        self.queue.push_back((Event::End(TagEnd::Link), source));
    }
}

impl<'a, I: Iterator<Item = Item<'a>>> Iterator for Autolinks<'a, I> {
    type Item = Item<'a>;

    fn next(&mut self) -> Option<Item<'a>> {
        if let Some(item) = self.queue.pop_front() {
            return Some(item);
        }
        let (event, range) = self.inner.next()?;
        if !self.enabled {
            return Some((event, range));
        }
        self.track(&event);
        match event {
            Event::Text(text) if self.inside == 0 && !self.raw_link => {
                let (text, range) = self.text_run(text, range);
                self.link_text(text, range);
                self.queue.pop_front()
            }
            event => Some((event, range)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Www,
    Url,
    Email,
}

/// A link found in a text run: its byte range and kind.
#[derive(Debug, PartialEq, Eq)]
struct Found {
    start: usize,
    end: usize,
    kind: Kind,
}

/// Finds the links of one text run, left to right.
struct Finder<'t> {
    text: &'t str,
    /// Where the search goes on: nothing before it can start a link.
    from: usize,
}

impl Finder<'_> {
    fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    fn next_link(&mut self) -> Option<Found> {
        let bytes = self.text.as_bytes();
        let mut i = self.from;
        while i < bytes.len() {
            let found = match bytes.get(i) {
                Some(b'w') if self.may_start(i) => self.www(i),
                Some(b'h' | b'H' | b'f' | b'F') if self.may_start(i) => self.url(i),
                Some(b'@') => self.email(i),
                _ => Err(i + 1),
            };
            match found {
                Ok(link) => {
                    self.from = link.end;
                    return Some(link);
                }
                // Skip to where another link may start (never backwards).
                Err(next) => i = next.max(i + 1),
            }
        }
        self.from = bytes.len();
        None
    }

    /// A www or URL autolink starts a line, or follows white space or `*`, `_`, `~`, `(`.
    fn may_start(&self, i: usize) -> bool {
        let before = self.text.get(..i).and_then(|s| s.chars().next_back());
        before.is_none_or(|c| c.is_whitespace() || matches!(c, '*' | '_' | '~' | '('))
    }

    /// `www.` and a valid domain, then the path.
    fn www(&self, start: usize) -> Result<Found, usize> {
        let rest = self.bytes().get(start..).unwrap_or_default();
        if !rest.starts_with(b"www.") {
            return Err(start + 1);
        }
        let domain_end =
            start + domain(self.text.get(start..).unwrap_or_default(), false).map_err(|end| start + end)?;
        Ok(self.path(start, domain_end, Kind::Www))
    }

    /// `http://`, `https://` or `ftp://`, a domain, then the path.
    fn url(&self, start: usize) -> Result<Found, usize> {
        let rest = self.bytes().get(start..).unwrap_or_default();
        let scheme = ["http://", "https://", "ftp://"]
            .iter()
            .find(|s| starts_with_ignore_case(rest, s.as_bytes()))
            .map(|s| s.len())
            .ok_or(start + 1)?;
        let host = start + scheme;
        let domain_end = host + domain(self.text.get(host..).unwrap_or_default(), true).map_err(|end| host + end)?;
        Ok(self.path(start, domain_end, Kind::Url))
    }

    /// After the domain, anything but white space and `<`, less the trailing punctuation. The
    /// path starts with `/`, `?`, `#` or a port's `:`: anything else would be read by browsers
    /// as part of the host (`https://0)">` would make the invalid host `0)">`), so the link
    /// ends with the domain there.
    fn path(&self, start: usize, domain_end: usize, kind: Kind) -> Found {
        let bytes = self.bytes();
        let mut end = domain_end;
        let has_path = matches!(bytes.get(end), Some(b'/' | b'?' | b'#' | b':'));
        while has_path && bytes.get(end).is_some_and(|&b| !b.is_ascii_whitespace() && b != b'<') {
            end += 1;
        }
        // Non-ASCII white space ends it too.
        let end = self
            .text
            .get(domain_end..end)
            .and_then(|p| p.find(char::is_whitespace))
            .map_or(end, |i| domain_end + i);
        Found {
            start,
            end: start + trim_end(bytes.get(start..end).unwrap_or_default()),
            kind,
        }
    }

    /// At an `@`: the local part before it, the domain after it.
    fn email(&self, at: usize) -> Result<Found, usize> {
        let bytes = self.bytes();
        let local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-' | b'_');
        let mut start = at;
        while start > self.from && bytes.get(start - 1).copied().is_some_and(local) {
            start -= 1;
        }
        if start == at {
            return Err(at + 1);
        }
        let mut end = at + 1;
        let mut periods = 0;
        while let Some(&b) = bytes.get(end) {
            let next_alnum = bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
            match b {
                b'.' if next_alnum => periods += 1,
                b'.' => break,
                b'-' | b'_' => {}
                b if b.is_ascii_alphanumeric() => {}
                // A second `@` makes no address; the search goes on from it.
                b'@' => return Err(end),
                _ => break,
            }
            end += 1;
        }
        let last = bytes.get(end - 1).copied().unwrap_or(b'@');
        if end - at < 2 || periods == 0 || !last.is_ascii_alphabetic() {
            return Err(end);
        }
        Ok(Found {
            start,
            end: start + trim_end(bytes.get(start..end).unwrap_or_default()),
            kind: Kind::Email,
        })
    }
}

/// Whether the last `<a …>` or `</a>` in a piece of raw HTML opens a link (`Some(true)`) or
/// closes one; `None` when it has neither. The whole piece is read: an HTML block such as
/// `<p><a href="/x">home</a></p>` opens and closes its link in one event.
fn last_a_tag(html: &str) -> Option<bool> {
    let bytes = html.as_bytes();
    let name_ends = |at: usize| bytes.get(at).is_none_or(|b| b.is_ascii_whitespace() || *b == b'>');
    let mut last = None;
    for (i, _) in html.match_indices('<') {
        let tag = bytes.get(i..).unwrap_or_default();
        if starts_with_ignore_case(tag, b"<a") && name_ends(i + 2) {
            last = Some(true);
        } else if starts_with_ignore_case(tag, b"</a") && name_ends(i + 3) {
            last = Some(false);
        }
    }
    last
}

fn starts_with_ignore_case(s: &[u8], prefix: &[u8]) -> bool {
    s.get(..prefix.len())
        .is_some_and(|head| crate::text::eq_ascii_case(head, prefix))
}

/// The length of a valid domain at the start of `s`, or `Err` with where its run of host
/// characters ends (no start inside that run can do better: the run and its last two
/// segments are the same for every start). Segments of letters, digits, `_` and `-` (and any
/// non-ASCII character that is not white space), separated by periods; no `_` in the last two
/// segments; at least one period unless `short` (URL autolinks, as cmark-gfm).
fn domain(s: &str, short: bool) -> Result<usize, usize> {
    // Read by character: a non-ASCII character is a host character unless it is white space
    // (U+00A0 and others end the domain, as a space does).
    let host = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-' || (!c.is_ascii() && !c.is_whitespace());
    let (mut periods, mut underscores_last, mut underscores_before) = (0, 0, 0);
    let mut end = 0;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A period ends a segment only when another follows: `www.` alone is no domain.
            '.' if !chars.peek().copied().is_some_and(host) => break,
            '.' => {
                periods += 1;
                underscores_before = underscores_last;
                underscores_last = 0;
            }
            '_' => underscores_last += 1,
            c if host(c) => {}
            _ => break,
        }
        end += c.len_utf8();
    }
    let first_ok = s.chars().next().is_some_and(|c| host(c) && c != '_' && c != '-');
    if end == 0 || !first_ok || underscores_last + underscores_before > 0 || (periods == 0 && !short) {
        return Err(end.max(1));
    }
    Ok(end)
}

/// The length of a link less its trailing punctuation: `?!.,:*_~` and `;` (and an entity-like
/// `&name;`), and `)` beyond the `(`s the link holds.
fn trim_end(link: &[u8]) -> usize {
    // Counted once: recounting for each `)` taken off would be quadratic in `www.a.b/))))…`.
    let open = link.iter().filter(|&&b| b == b'(').count();
    let mut close = link.iter().filter(|&&b| b == b')').count();
    let mut end = link.len();
    while let Some(&last) = end.checked_sub(1).and_then(|i| link.get(i)) {
        match last {
            b'?' | b'!' | b'.' | b',' | b':' | b'*' | b'_' | b'~' => end -= 1,
            b';' => {
                let before = link.get(..end - 1).unwrap_or_default();
                let name = before.iter().rev().take_while(|b| b.is_ascii_alphanumeric()).count();
                let amp = before.len() - name;
                let new_end = if name > 0 && amp > 0 && before.get(amp - 1) == Some(&b'&') {
                    amp - 1
                } else {
                    end - 1
                };
                // What was taken off holds no parentheses (`&`, letters and digits, `;`).
                end = new_end;
            }
            b')' if close > open => {
                close -= 1;
                end -= 1;
            }
            _ => break,
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<(&str, Kind)> {
        let mut finder = Finder { text, from: 0 };
        std::iter::from_fn(|| finder.next_link())
            .map(|f| (&text[f.start..f.end], f.kind))
            .collect()
    }

    #[test]
    fn www_url_and_email() {
        assert_eq!(
            links("Visit https://example.com and www.example.com today, or write to foo@bar.baz."),
            [
                ("https://example.com", Kind::Url),
                ("www.example.com", Kind::Www),
                ("foo@bar.baz", Kind::Email)
            ]
        );
        assert_eq!(
            links("http://localhost:8080/x"),
            [("http://localhost:8080/x", Kind::Url)]
        );
    }

    #[test]
    fn only_after_white_space_or_a_delimiter() {
        assert!(links("awww.example.com xhttp://example.com").is_empty());
        assert_eq!(links("(www.a.b)"), [("www.a.b", Kind::Www)]);
        assert_eq!(links("*www.a.b*"), [("www.a.b", Kind::Www)]);
    }

    #[test]
    fn invalid_domains() {
        for text in [
            "www.a_b.c",
            "www.",
            "www..a",
            "http://",
            "http://_a.b",
            "a@b",
            "a@b.c-",
            "a@b.1",
            "hello@mail+xyz.example",
        ] {
            assert!(links(text).is_empty(), "{text}: {:?}", links(text));
        }
        assert_eq!(links("www.a_b.c.d"), [("www.a_b.c.d", Kind::Www)]);
        // A no-break space ends the domain: the underscore after it is not in its last segment.
        assert_eq!(links("www.a.b\u{a0}_x"), [("www.a.b", Kind::Www)]);
        assert_eq!(links("www.bücher.de/x"), [("www.bücher.de/x", Kind::Www)]);
    }

    #[test]
    fn trailing_punctuation_parentheses_and_entities() {
        assert_eq!(trim_end(b"www.a.b/x.,:"), 9);
        assert_eq!(trim_end(b"www.a.b/(x))"), 11);
        assert_eq!(trim_end(b"www.a.b/q=x&hl;"), 11);
        assert_eq!(trim_end(b"www.a.b/x;"), 9);
    }

    #[test]
    fn raw_html_links_are_followed_to_their_last_a_tag() {
        assert_eq!(last_a_tag(r#"<div><a href="/x">home</a></div>"#), Some(false));
        assert_eq!(last_a_tag(r#"<A HREF="/x">"#), Some(true));
        assert_eq!(last_a_tag("<abbr>x</abbr> <b>"), None);
        assert_eq!(last_a_tag("</a> <a\nhref=y>"), Some(true));
    }

    #[test]
    fn near_urls_stay_linear() {
        // Each would rescan the run from every start if a failed domain did not skip it.
        for unit in ["www.a_", "a@", "www.www_", "http://a_.b_"] {
            let text = unit.repeat(200_000 / unit.len());
            let mut finder = Finder { text: &text, from: 0 };
            let mut steps = 0;
            while finder.next_link().is_some() {
                steps += 1;
            }
            assert!(steps <= text.len(), "{unit}");
        }
    }
}
