//! The second pass: one leaf's text into inline events. Text, code spans, raw HTML and
//! autolinks are read left to right into pieces; emphasis and links are resolved on those
//! pieces with CommonMark's delimiter and bracket stacks (appendix, "Phase 2"); then the pieces
//! become events. Nothing of the leaf is copied unless its lines are not contiguous in the
//! source (a paragraph inside a block quote) or a character has to be replaced.

use crate::text::Own;
use std::borrow::Cow;
use std::ops::Range;

use crate::markdown::event::{CowStr, Event, LinkType, Tag, TagEnd};

use super::blocks::LinkDef;
use super::punctuation::is_punctuation;
use super::scan;
use super::Extensions;

use crate::strmap::{StrMap, StrSet};

type Out<'a> = std::collections::VecDeque<(Event<'a>, Range<usize>)>;

/// A leaf's text and where each part of it is in the source.
pub(super) struct Content<'a> {
    pub text: Cow<'a, str>,
    /// `(offset in text, offset in source)` where each line starts; one entry when the text is
    /// a slice of the source.
    pub map: Vec<(usize, usize)>,
}

impl<'a> Content<'a> {
    /// Where `at` (an offset in the text) is in the source.
    pub(super) fn source(&self, at: usize) -> usize {
        let i = self.map.partition_point(|&(t, _)| t <= at).saturating_sub(1);
        self.map.get(i).map_or(at, |&(t, s)| s + (at - t))
    }

    fn range(&self, r: Range<usize>) -> Range<usize> {
        self.source(r.start)..self.source(r.end)
    }

    /// The text of `r`, borrowed from the source when the text is.
    fn slice(&self, r: Range<usize>) -> CowStr<'a> {
        match &self.text {
            Cow::Borrowed(s) => CowStr::Borrowed(s.get(r).unwrap_or_default()),
            Cow::Owned(s) => CowStr::from(s.get(r).unwrap_or_default().own()),
        }
    }

    /// A string a scanner returned from this text, borrowed from the source when it can be.
    fn cow(&self, s: Cow<'_, str>) -> CowStr<'a> {
        match s {
            Cow::Borrowed(b) => {
                let at = (b.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
                self.slice(at..at + b.len())
            }
            Cow::Owned(o) => CowStr::from(o),
        }
    }
}

/// What the inline pass reads besides the text.
pub(super) struct Context<'c, 'a> {
    pub ext: Extensions,
    pub refs: &'c StrMap<LinkDef<'a>>,
    pub footnotes: &'c StrSet,
    /// The leaf is an ATX heading with no closing `#`s, whose trailing tabs pulldown-cmark
    /// reads in its own ways (`trailing_tabs`, `tabs_end_heading`).
    pub heading_tail: bool,
    /// `special_bytes` of the extensions.
    pub special: &'c [bool; 256],
}

enum Piece<'a> {
    Text(Range<usize>),
    Str(CowStr<'a>, Range<usize>),
    Event(Event<'a>, Range<usize>),
    Delim(Delim),
    /// `[` or `![`, text unless a link or image is made of it.
    Opener(Range<usize>),
    /// A straight quote under smart punctuation, and whether it can open and close.
    Quote {
        double: bool,
        at: usize,
        open: bool,
        close: bool,
    },
    /// A piece taken out (a footnote reference's label).
    Gone,
}

struct Delim {
    ch: u8,
    at: usize,
    /// Characters closing tags took from the run's start.
    left: usize,
    /// Characters left, of `orig`, after `left`.
    len: usize,
    orig: usize,
    can_open: bool,
    can_close: bool,
    /// Tags this run opens (innermost first) and closes (innermost first).
    opens: Vec<(Tag<'static>, usize)>,
    closes: Vec<(TagEnd, usize)>,
}

struct Bracket {
    piece: usize,
    image: bool,
    active: bool,
    /// The delimiter stack's height when it was pushed.
    delims: usize,
    /// Where the text inside starts.
    inner: usize,
    bracket_after: bool,
}

struct Inlines<'p, 'c, 'a> {
    content: &'p Content<'a>,
    text: &'p str,
    cx: &'p Context<'c, 'a>,
    pos: usize,
    pieces: Vec<Piece<'a>>,
    delims: Vec<usize>,
    brackets: Vec<Bracket>,
    /// The bracket being closed is followed by a link label (so it is no footnote).
    followed_by_label: bool,
    /// Every `$` of the leaf, when math is on.
    dollars: Vec<Dollar>,
    /// Whether a code span's search read to the end, and where each run length of backticks
    /// last started in what it read, by length: a sorted list rather than a hash map (runs of
    /// k distinct lengths need k(k+1)/2 backticks, so k stays under 1 500 in 1 MB).
    ticks_scanned: bool,
    last_ticks: Vec<(usize, usize)>,
}

/// A `$`: whether it can open or close math, and its brace context.
struct Dollar {
    at: usize,
    can_open: bool,
    can_close: bool,
    context: u8,
}

/// Every unescaped `$` of `text` with its brace context, as pulldown-cmark reads them: math
/// pairs only `$`s at the same depth of `{}` (an unbalanced `}` starts a new top level), and
/// is read in the text as written, whatever other markup is around. Past 25 levels the depth
/// is only counted.
fn dollars(text: &str) -> Vec<Dollar> {
    const MAX: usize = 25;
    let b = text.as_bytes();
    let (mut out, mut stack, mut next) = (Vec::new(), Vec::<u8>::new(), 0usize);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => i += 1,
            b'$' => {
                let context = if stack.len() > MAX {
                    next as u8
                } else if let Some(&top) = stack.last() {
                    top
                } else {
                    stack.push(u8::MAX);
                    u8::MAX
                };
                let can_open = b.get(i + 1).is_some_and(|n| !n.is_ascii_whitespace());
                let can_close = i > 0 && b.get(i - 1).is_some_and(|p| !p.is_ascii_whitespace());
                out.push(Dollar {
                    at: i,
                    can_open,
                    can_close,
                    context,
                });
            }
            b'{' if stack.len() == MAX => {
                stack.push(next as u8);
                next = MAX;
            }
            b'{' if stack.len() > MAX => next += 1,
            b'{' if !stack.is_empty() => {
                stack.push(next as u8);
                next += 1;
            }
            b'}' if stack.len() == 1 => {
                if let Some(root) = stack.first_mut() {
                    *root = root.wrapping_sub(1);
                }
            }
            b'}' if stack.len() > MAX => {
                if next <= MAX {
                    stack.pop();
                } else {
                    next -= 1;
                }
            }
            b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The inline pass's buffers, kept from one leaf to the next so a document of many short
/// paragraphs does not allocate them for each.
#[derive(Default)]
pub(super) struct Scratch<'a> {
    pieces: Vec<Piece<'a>>,
    delims: Vec<usize>,
    brackets: Vec<Bracket>,
}

/// The events of `content`, appended to `out`.
pub(super) fn parse<'a>(content: &Content<'a>, cx: &Context<'_, 'a>, scratch: &mut Scratch<'a>, out: &mut Out<'a>) {
    let text: &str = &content.text;
    let mut p = Inlines {
        content,
        text,
        cx,
        pos: 0,
        pieces: std::mem::take(&mut scratch.pieces),
        delims: std::mem::take(&mut scratch.delims),
        brackets: std::mem::take(&mut scratch.brackets),
        followed_by_label: false,
        dollars: if cx.ext.math { dollars(text) } else { Vec::new() },
        ticks_scanned: false,
        last_ticks: Vec::new(),
    };
    while p.pos < text.len() {
        p.step();
    }
    p.process_emphasis(0);
    if cx.ext.smart_punctuation {
        p.curl_quotes();
    }
    if cx.heading_tail {
        p.trailing_tabs();
    }
    p.emit(out);
    p.brackets.clear();
    p.delims.clear();
    (scratch.pieces, scratch.delims, scratch.brackets) = (p.pieces, p.delims, p.brackets);
}

/// The bytes that may start something other than text, with these extensions: a table so the
/// text run scan is one load per byte.
pub(super) fn special_bytes(ext: Extensions) -> [bool; 256] {
    let mut table = [false; 256];
    let on = [
        (true, &b"\n\r\\`*_[]!<&"[..]),
        (ext.strikethrough || ext.subscript, b"~"),
        (ext.superscript, b"^"),
        (ext.math, b"$"),
        (ext.smart_punctuation, b"'\".-"),
    ];
    for (_, bytes) in on.into_iter().filter(|(used, _)| *used) {
        for &b in bytes {
            if let Some(slot) = table.get_mut(usize::from(b)) {
                *slot = true;
            }
        }
    }
    table
}

impl<'a> Inlines<'_, '_, 'a> {
    fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    fn peek(&self, at: usize) -> Option<u8> {
        self.bytes().get(at).copied()
    }

    // Out of line: LLVM copied it into 13 callers, 1.7 KB of code before wasm-opt (session 15).
    #[inline(never)]
    fn push_text(&mut self, r: Range<usize>) {
        if r.is_empty() {
            return;
        }
        if let Some(Piece::Text(last)) = self.pieces.last_mut() {
            if last.end == r.start {
                last.end = r.end;
                return;
            }
        }
        self.pieces.push(Piece::Text(r));
    }

    fn push_event(&mut self, e: Event<'a>, r: Range<usize>) {
        self.pieces.push(Piece::Event(e, r));
    }

    fn step(&mut self) {
        let start = self.pos;
        let Some(c) = self.peek(start) else { return };
        match c {
            b'\n' | b'\r' => self.newline(),
            b'\\' => self.backslash(),
            b'`' => self.code_span(),
            b'*' | b'_' | b'~' | b'^' => self.delim_run(c),
            b'\'' | b'"' if self.cx.ext.smart_punctuation => self.quote(c),
            b'.' | b'-' if self.cx.ext.smart_punctuation => self.dashes_and_ellipses(c),
            b'[' => self.open_bracket(false),
            b'!' if self.peek(start + 1) == Some(b'[') => self.open_bracket(true),
            b']' => self.close_bracket(),
            b'<' => self.angle(),
            b'&' => self.char_ref(),
            b'$' if self.cx.ext.math => self.math(),
            _ => {
                let len = (self.bytes().get(start + 1..).unwrap_or_default().iter())
                    .position(|&b| self.cx.special.get(usize::from(b)) == Some(&true))
                    .map_or(self.text.len() - start, |i| i + 1);
                self.pos += len;
                self.push_text(start..start + len);
            }
        }
    }

    /// A line ending: a hard break after two spaces or tabs, else a soft one (pulldown-cmark
    /// counts tabs too); the next line's leading spaces go.
    fn newline(&mut self) {
        let at = self.pos;
        let len = scan::eol(self.bytes().get(at..).unwrap_or_default()).unwrap_or(1);
        let trailing = (self.bytes().get(..at).unwrap_or_default().iter())
            .rev()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        if let Some(Piece::Text(r)) = self.pieces.last_mut() {
            if r.end == at {
                r.end -= trailing.min(r.len());
            }
        }
        let event = if trailing >= 2 {
            Event::HardBreak
        } else {
            Event::SoftBreak
        };
        self.push_event(event, at - trailing..at + len);
        self.pos = at + len;
        self.skip_spaces();
    }

    /// The next line's leading whitespace (kept in the text for code spans, which pulldown-cmark
    /// reads with it).
    fn skip_spaces(&mut self) {
        self.pos += scan::spaces(self.bytes().get(self.pos..).unwrap_or_default());
    }

    fn backslash(&mut self) {
        let at = self.pos;
        match self.peek(at + 1) {
            Some(b'\n' | b'\r') => {
                let len = 1 + scan::eol(self.bytes().get(at + 1..).unwrap_or_default()).unwrap_or(1);
                self.push_event(Event::HardBreak, at..at + len);
                self.pos = at + len;
                self.skip_spaces();
            }
            Some(c) if c.is_ascii_punctuation() => {
                self.push_text(at + 1..at + 2);
                self.pos = at + 2;
            }
            _ => {
                self.push_text(at..at + 1);
                self.pos = at + 1;
            }
        }
    }

    fn code_span(&mut self) {
        let start = self.pos;
        let run = self.run(start, b'`');
        if let Some(at) = self.code_span_closer(start + run, run) {
            let inner = self.text.get(start + run..at).unwrap_or_default();
            let code = match code_span_text(inner) {
                Cow::Borrowed(s) => self.content.cow(Cow::Borrowed(s)),
                Cow::Owned(s) => CowStr::from(s),
            };
            self.push_event(Event::Code(code), start..at + run);
            self.pos = at + run;
            return;
        }
        self.push_text(start..start + run);
        self.pos = start + run;
    }

    /// Where the next run of exactly `run` backticks from `from` starts. Once a search has
    /// read to the end of the leaf, the last start of each run length is known, so a run with
    /// no closer fails at once (commonmark.js's trick: `` ` `` `` `` ``` ``` … was quadratic).
    fn code_span_closer(&mut self, from: usize, run: usize) -> Option<usize> {
        if self.ticks_scanned && self.last_tick(run).is_none_or(|last| last < from) {
            return None;
        }
        let mut i = from;
        while let Some(found) = self
            .bytes()
            .get(i..)
            .and_then(|rest| rest.iter().position(|&b| b == b'`'))
        {
            let at = i + found;
            let len = self.run(at, b'`');
            if len == run {
                return Some(at);
            }
            match self.last_ticks.binary_search_by_key(&len, |&(l, _)| l) {
                Ok(i) => {
                    if let Some(slot) = self.last_ticks.get_mut(i) {
                        slot.1 = at;
                    }
                }
                Err(i) => self.last_ticks.insert(i, (len, at)),
            }
            i = at + len;
        }
        self.ticks_scanned = true;
        None
    }

    /// Where a run of `len` backticks last started in what the code-span search read.
    fn last_tick(&self, len: usize) -> Option<usize> {
        let i = self.last_ticks.binary_search_by_key(&len, |&(l, _)| l).ok()?;
        self.last_ticks.get(i).map(|&(_, at)| at)
    }

    fn run(&self, at: usize, ch: u8) -> usize {
        self.bytes()
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b == ch)
            .count()
    }

    fn char_before(&self, at: usize) -> Option<char> {
        self.text.get(..at).and_then(|s| s.chars().next_back())
    }

    fn char_after(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    fn delim_run(&mut self, ch: u8) {
        let start = self.pos;
        let len = self.run(start, ch);
        self.pos = start + len;
        let enabled = match ch {
            b'~' if len == 2 => self.cx.ext.strikethrough,
            b'~' => len == 1 && (self.cx.ext.strikethrough || self.cx.ext.subscript),
            b'^' => self.cx.ext.superscript,
            _ => true,
        };
        let (before, after) = (self.char_before(start), self.char_after(start + len));
        let can_open = can_open(ch, len, before, after);
        let can_close = can_close(ch, len, before, after);
        if !enabled || !(can_open || can_close) {
            self.push_text(start..start + len);
            return;
        }
        self.delims.push(self.pieces.len());
        self.pieces.push(Piece::Delim(Delim {
            ch,
            at: start,
            left: 0,
            len,
            orig: len,
            can_open,
            can_close,
            opens: Vec::new(),
            closes: Vec::new(),
        }));
    }

    fn open_bracket(&mut self, image: bool) {
        let start = self.pos;
        let len = if image { 2 } else { 1 };
        self.pos = start + len;
        if let Some(b) = self.brackets.last_mut() {
            b.bracket_after = true;
        }
        self.brackets.push(Bracket {
            piece: self.pieces.len(),
            image,
            active: true,
            delims: self.delims.len(),
            inner: start + len,
            bracket_after: false,
        });
        self.pieces.push(Piece::Opener(start..start + len));
    }

    fn close_bracket(&mut self) {
        let start = self.pos;
        self.pos += 1;
        let Some(opener) = self.brackets.pop() else {
            self.push_text(start..start + 1);
            return;
        };
        if !opener.active {
            self.push_text(start..start + 1);
            return;
        }
        let Some((link_type, dest, title, id)) = self.link_target(&opener, start) else {
            if self.cx.ext.footnotes && self.footnote_reference(&opener, start) {
                return;
            }
            self.pos = start + 1;
            self.push_text(start..start + 1);
            return;
        };
        let tag = if opener.image {
            Tag::Image {
                link_type,
                dest_url: dest,
                title,
                id,
            }
        } else {
            Tag::Link {
                link_type,
                dest_url: dest,
                title,
                id,
            }
        };
        let end = if opener.image { TagEnd::Image } else { TagEnd::Link };
        let open_at = self.piece_start(opener.piece);
        if let Some(p) = self.pieces.get_mut(opener.piece) {
            *p = Piece::Event(Event::Start(tag), open_at..self.pos);
        }
        self.process_emphasis(opener.delims);
        self.push_event(Event::End(end), start..self.pos);
        if !opener.image {
            for b in &mut self.brackets {
                if !b.image {
                    b.active = false;
                }
            }
        }
    }

    fn piece_start(&self, i: usize) -> usize {
        match self.pieces.get(i) {
            Some(Piece::Opener(r) | Piece::Text(r)) => r.start,
            _ => 0,
        }
    }

    /// `[^label]` naming a footnote that is defined (and not followed by a link label; a `[]`
    /// after it stays text).
    fn footnote_reference(&mut self, opener: &Bracket, close: usize) -> bool {
        if std::mem::take(&mut self.followed_by_label) {
            return false;
        }
        let inner = self.text.get(opener.inner..close).unwrap_or_default();
        let Some(label) = inner.strip_prefix('^') else {
            return false;
        };
        if self.tabs_end_heading(close + 1) {
            return false;
        }
        if label.is_empty() || opener.bracket_after || label.contains(['\n', '\r']) {
            return false;
        }
        if !self.cx.footnotes.contains(&scan::normalize_label(label)) {
            return false;
        }
        let name = self.content.cow(Cow::Borrowed(label));
        let from = opener.piece;
        if opener.image {
            // The `!` stays text.
            let at = self.piece_start(from);
            if let Some(p) = self.pieces.get_mut(from) {
                *p = Piece::Text(at..at + 1);
            }
        }
        let first_gone = if opener.image { from + 1 } else { from };
        for p in self.pieces.iter_mut().skip(first_gone) {
            *p = Piece::Gone;
        }
        self.delims.truncate(opener.delims);
        self.brackets.clear();
        let at = opener.inner - 1;
        self.push_event(Event::FootnoteReference(name), at..close + 1);
        true
    }

    /// What a closing bracket links to: an inline destination, or a reference.
    fn link_target(
        &mut self,
        opener: &Bracket,
        close: usize,
    ) -> Option<(LinkType, CowStr<'a>, CowStr<'a>, CowStr<'a>)> {
        let after = close + 1;
        self.followed_by_label = false;
        if self.peek(after) == Some(b'(') {
            if let Some((len, dest, title)) = self.inline_link(after) {
                self.pos = after + len;
                return Some((LinkType::Inline, dest, title, "".into()));
            }
        }
        let label_text = self.text.get(after..).unwrap_or_default();
        let (label, link_type, end) = match scan::link_label(label_text) {
            // A footnote's label after the brackets is no link label (pulldown-cmark).
            Some((_, l)) if self.cx.ext.footnotes && l.starts_with('^') => (None, LinkType::Shortcut, after),
            Some((len, l)) => (Some(l), LinkType::Reference, after + len),
            None if label_text.starts_with("[]") => (None, LinkType::Collapsed, after + 2),
            None => (None, LinkType::Shortcut, after),
        };
        let inner = self.text.get(opener.inner..close)?;
        let label = match label {
            Some(l) => {
                // `[^1][a]` is a reference to `a` or text, never a footnote.
                self.followed_by_label = true;
                l
            }
            None if opener.bracket_after => return None,
            None if self.cx.ext.footnotes && inner.starts_with('^') => return None,
            None if link_type == LinkType::Shortcut && self.tabs_end_heading(after) => return None,
            None => inner,
        };
        if label.len() > 999 {
            return None;
        }
        let def = self.cx.refs.get(&scan::normalize_label(label))?;
        self.pos = end;
        let id = self.content.cow(Cow::Borrowed(label));
        Some((
            link_type,
            CowStr::from(def.dest.to_string()),
            CowStr::from(def.title.to_string()),
            id,
        ))
    }

    /// `(dest "title")` at `at`: its length, destination and title.
    fn inline_link(&self, at: usize) -> Option<(usize, CowStr<'a>, CowStr<'a>)> {
        let b = self.bytes();
        let mut i = at + 1;
        i += scan::link_space(b.get(i..)?).0;
        let (dest, title);
        if b.get(i) == Some(&b')') {
            return Some((i + 1 - at, "".into(), "".into()));
        }
        let (dest_len, d) = scan::link_destination(self.text.get(i..)?)?;
        dest = self.content.cow(d);
        i += dest_len;
        let (ws, _) = scan::link_space(b.get(i..)?);
        i += ws;
        if ws > 0 {
            if let Some((title_len, t)) = scan::link_title(self.text.get(i..)?) {
                i += title_len;
                i += scan::link_space(b.get(i..)?).0;
                title = self.content.cow(t);
            } else {
                title = "".into();
            }
        } else {
            title = "".into();
        }
        (b.get(i) == Some(&b')')).then(|| (i + 1 - at, dest, title))
    }

    fn angle(&mut self) {
        let start = self.pos;
        let rest = self.text.get(start..).unwrap_or_default();
        if let Some((len, inner, email)) = scan::autolink(rest) {
            let url = self.content.cow(Cow::Borrowed(inner));
            let link_type = if email { LinkType::Email } else { LinkType::Autolink };
            let range = start..start + len;
            let tag = Tag::Link {
                link_type,
                dest_url: url.clone(),
                title: "".into(),
                id: "".into(),
            };
            self.push_event(Event::Start(tag), range.clone());
            self.pieces.push(Piece::Str(url, start + 1..start + len - 1));
            self.push_event(Event::End(TagEnd::Link), range);
            self.pos = start + len;
            return;
        }
        if let Some(len) = scan::inline_html(rest) {
            let html = self.content.slice(start..start + len);
            self.push_event(Event::InlineHtml(html), start..start + len);
            self.pos = start + len;
            return;
        }
        self.push_text(start..start + 1);
        self.pos = start + 1;
    }

    fn char_ref(&mut self) {
        let start = self.pos;
        match scan::char_ref(self.text.get(start..).unwrap_or_default()) {
            Some((value, len)) => {
                let s = match value {
                    Cow::Borrowed(s) => CowStr::Borrowed(s),
                    Cow::Owned(s) => CowStr::from(s),
                };
                self.pieces.push(Piece::Str(s, start..start + len));
                self.pos = start + len;
            }
            None => {
                self.push_text(start..start + 1);
                self.pos = start + 1;
            }
        }
    }

    /// A straight quote under smart punctuation: curly once the leaf is read (`emit`).
    fn quote(&mut self, c: u8) {
        let at = self.pos;
        self.pos += 1;
        let (before, after) = (self.char_before(at), self.char_after(at + 1));
        let open = can_open(c, 1, before, after);
        let close = can_close(c, 1, before, after);
        self.pieces.push(Piece::Quote {
            double: c == b'"',
            at,
            open,
            close,
        });
    }

    /// `--` and `---` as dashes, `...` as an ellipsis, under smart punctuation.
    fn dashes_and_ellipses(&mut self, c: u8) {
        let at = self.pos;
        if c == b'.' {
            if self.text.get(at..at + 3) == Some("...") {
                self.pieces.push(Piece::Str("…".into(), at..at + 3));
                self.pos = at + 3;
            } else {
                self.push_text(at..at + 1);
                self.pos = at + 1;
            }
            return;
        }
        let count = self.run(at, b'-');
        self.pos = at + count;
        if count == 1 {
            self.push_text(at..at + 1);
            return;
        }
        // As many em dashes as fit with en dashes for the rest, em dashes first.
        let (ems, ens) = match count % 6 {
            0 | 3 => (count / 3, 0),
            2 | 4 => (0, count / 2),
            1 => (count / 3 - 1, 2),
            _ => (count / 3, 1),
        };
        let dashes = "—".repeat(ems) + &"–".repeat(ens);
        self.pieces.push(Piece::Str(dashes.into(), at..at + count));
    }

    /// `$…$` or `$$…$$`, paired as pulldown-cmark pairs them (see [`dollars`]).
    fn math(&mut self) {
        let p = self.pos;
        let found = self
            .dollars
            .binary_search_by_key(&p, |d| d.at)
            .ok()
            .and_then(|k| self.math_span(k));
        match found {
            Some((event, end)) => {
                self.push_event(event, p..end);
                self.pos = end;
            }
            None => {
                self.push_text(p..p + 1);
                self.pos = p + 1;
            }
        }
    }

    /// The math span the `$` at `dollars[k]` opens: its event and where it ends.
    fn math_span(&self, k: usize) -> Option<(Event<'a>, usize)> {
        let d = self.dollars.get(k)?;
        if !d.can_open {
            return None;
        }
        let adjacent = |i: usize| {
            self.dollars
                .get(i + 1)
                .is_some_and(|n| self.dollars.get(i).is_some_and(|x| n.at == x.at + 1))
        };
        let display = adjacent(k);
        let from = k + 1 + usize::from(display);
        let mut close = None;
        for j in from..self.dollars.len() {
            let c = self.dollars.get(j)?;
            if c.context != d.context {
                continue;
            }
            // Math holds no `$` of its own context: the first one closes it or nothing does.
            if (!display && c.can_close) || (display && adjacent(j)) {
                close = Some(j);
            }
            break;
        }
        let c = self.dollars.get(close?)?;
        let is_display = display && adjacent(close?);
        let (start, end) = if is_display {
            (d.at + 2, c.at + 2)
        } else {
            (d.at + 1, c.at + 1)
        };
        if !is_display && start == c.at {
            return None;
        }
        let text = self.content.slice(start..c.at);
        Some((
            if is_display {
                Event::DisplayMath(text)
            } else {
                Event::InlineMath(text)
            },
            end,
        ))
    }

    /// Match emphasis delimiters above `bottom` in the delimiter stack (CommonMark's
    /// "process emphasis", with pulldown-cmark's rules for `~` and `^`).
    /// CommonMark's "process emphasis" over the delimiters above `bottom`. They are linked
    /// both ways so a removal is O(1) and the lowest-opener bounds stay valid: with removals
    /// from a `Vec`, 1 MB of `a_ ` took 100× the time of 100 KB.
    fn process_emphasis(&mut self, bottom: usize) {
        let n = self.delims.len();
        if n <= bottom {
            return;
        }
        let mut links = Links::new(bottom, n);
        // Per class, the delimiter an opener search stops at (exclusive); `END`: `bottom`.
        let mut openers_bottom = [END; 36];
        let mut ci = bottom;
        while ci != END {
            let Some(closer) = self.delim(ci) else { break };
            if !closer.can_close {
                ci = links.next(ci);
                continue;
            }
            let (ch, c_orig, c_open) = (closer.ch, closer.orig, closer.can_open);
            // pulldown-cmark keeps one lowest opener for all tildes and carets, whatever their
            // run.
            let class = match ch {
                b'~' | b'^' => 12,
                _ => delim_class(ch) * 6 + usize::from(c_open) * 3 + c_orig % 3,
            };
            let floor = openers_bottom.get(class).copied().unwrap_or(END);
            let Some(oi) = self.find_opener(&links, ci, floor) else {
                if let Some(b) = openers_bottom.get_mut(class) {
                    *b = links.prev(ci);
                }
                let next = links.next(ci);
                if !c_open {
                    links.remove(ci);
                }
                ci = next;
                continue;
            };
            self.match_pair(oi, ci);
            // Delimiters between the two can no longer match.
            links.cut(oi, ci);
            if self.delim(oi).is_some_and(|d| d.len == 0) {
                links.remove(oi);
            }
            if self.delim(ci).is_some_and(|d| d.len == 0) {
                let next = links.next(ci);
                links.remove(ci);
                ci = next;
            }
        }
        self.delims.truncate(bottom);
    }

    /// The nearest opener below the closer `ci` that it can close, searching down to `floor`.
    fn find_opener(&self, links: &Links, ci: usize, floor: usize) -> Option<usize> {
        let closer = self.delim(ci)?;
        let (ch, c_orig, c_open) = (closer.ch, closer.orig, closer.can_open);
        let mut oi = links.prev(ci);
        while oi != END && oi != floor {
            let o = self.delim(oi)?;
            let odd = (c_open || o.can_close) && c_orig % 3 != 0 && (o.orig + c_orig) % 3 == 0;
            if o.ch == ch && o.can_open && !(ch == b'~' && o.orig != c_orig) && !odd {
                return Some(oi);
            }
            oi = links.prev(oi);
        }
        None
    }

    fn delim(&self, i: usize) -> Option<&Delim> {
        match self.pieces.get(*self.delims.get(i)?) {
            Some(Piece::Delim(d)) => Some(d),
            _ => None,
        }
    }

    fn delim_mut(&mut self, i: usize) -> Option<&mut Delim> {
        let p = *self.delims.get(i)?;
        match self.pieces.get_mut(p) {
            Some(Piece::Delim(d)) => Some(d),
            _ => None,
        }
    }

    /// One emphasis between the opener `oi` and the closer `ci`.
    fn match_pair(&mut self, oi: usize, ci: usize) {
        let (Some(o), Some(c)) = (self.delim(oi), self.delim(ci)) else {
            return;
        };
        let ch = c.ch;
        let used = match ch {
            b'~' => c.len.min(o.len),
            _ if c.len >= 2 && o.len >= 2 => 2,
            _ => 1,
        };
        let ext = self.cx.ext;
        let (tag, end) = match (ch, used) {
            (b'~', 1) if ext.subscript => (Tag::Subscript, TagEnd::Subscript),
            (b'~', _) => (Tag::Strikethrough, TagEnd::Strikethrough),
            (b'^', _) => (Tag::Superscript, TagEnd::Superscript),
            (_, 2) => (Tag::Strong, TagEnd::Strong),
            _ => (Tag::Emphasis, TagEnd::Emphasis),
        };
        if let Some(o) = self.delim_mut(oi) {
            o.len -= used;
            let at = o.at + o.left + o.len;
            o.opens.push((tag, at));
        }
        if let Some(c) = self.delim_mut(ci) {
            c.closes.push((end, c.at + c.left));
            c.left += used;
            c.len -= used;
        }
    }

    /// Quotes become curly: a `'` is a closing one (an apostrophe) unless a later one closes
    /// it; a `"` opens or closes by turns (pulldown-cmark's rules).
    fn curl_quotes(&mut self) {
        let mut single_open: Option<usize> = None;
        let mut double_open = false;
        for i in 0..self.pieces.len() {
            let Some(Piece::Quote {
                double,
                at,
                open,
                close,
            }) = self.pieces.get(i)
            else {
                continue;
            };
            let (double, at, open, close) = (*double, *at, *open, *close);
            let curly = if double {
                if close && double_open {
                    double_open = false;
                    "”"
                } else {
                    double_open |= open;
                    "“"
                }
            } else {
                if let (Some(o), true) = (single_open, close) {
                    if let Some(Piece::Str(s, _)) = self.pieces.get_mut(o) {
                        *s = "‘".into();
                    }
                    single_open = None;
                } else if open {
                    single_open = Some(i);
                }
                "’"
            };
            if let Some(p) = self.pieces.get_mut(i) {
                *p = Piece::Str(curly.into(), at..at + 1);
            }
        }
    }

    /// pulldown-cmark keeps an ATX heading's trailing tabs as part of its last text, and drops
    /// them after what its first pass makes something else of: a code span, math, a character
    /// reference, smart punctuation, a delimiter run used up by emphasis, a reference link's
    /// closing bracket.
    fn trailing_tabs(&mut self) {
        let [.., before, Piece::Text(tabs)] = self.pieces.as_slice() else {
            return;
        };
        let blank = self.tabs_end_heading(tabs.start);
        let bracket_before = tabs.start > 0 && self.peek(tabs.start - 1) == Some(b']');
        let synthesized = match before {
            // A reference link's closing bracket holds the tabs; an inline link's `)` is text.
            Piece::Event(Event::End(TagEnd::Link | TagEnd::Image), _) => bracket_before,
            Piece::Event(e, _) => matches!(e, Event::Code(_) | Event::InlineMath(_) | Event::DisplayMath(_)),
            Piece::Str(..) | Piece::Quote { .. } => true,
            Piece::Delim(d) => d.len == 0,
            _ => false,
        };
        if blank && synthesized {
            self.pieces.pop();
        }
    }

    /// Only tabs (and spaces) follow `at`, at the end of an ATX heading: pulldown-cmark then
    /// reads the closing bracket before `at` as ending with those tabs, so a shortcut or
    /// footnote reference there does not match its label.
    fn tabs_end_heading(&self, at: usize) -> bool {
        let rest = self.bytes().get(at..).unwrap_or_default();
        self.cx.heading_tail && !rest.is_empty() && rest.iter().all(|&b| b == b' ' || b == b'\t')
    }

    fn emit(&mut self, out: &mut Out<'a>) {
        let content = self.content;
        for piece in self.pieces.drain(..) {
            match piece {
                Piece::Text(r) | Piece::Opener(r) => {
                    if !r.is_empty() {
                        out.push_back((Event::Text(content.slice(r.clone())), content.range(r)));
                    }
                }
                Piece::Str(s, r) => out.push_back((Event::Text(s), content.range(r))),
                Piece::Event(e, r) => out.push_back((e, content.range(r))),
                Piece::Gone | Piece::Quote { .. } => {}
                Piece::Delim(d) => {
                    // Closes first (innermost first), the characters left, then opens
                    // (outermost first).
                    for (end, at) in d.closes {
                        out.push_back((Event::End(end), content.range(at..at + 1)));
                    }
                    let text = d.at + d.left..d.at + d.left + d.len;
                    if !text.is_empty() {
                        out.push_back((Event::Text(content.slice(text.clone())), content.range(text)));
                    }
                    for (tag, at) in d.opens.into_iter().rev() {
                        out.push_back((Event::Start(tag), content.range(at..at + 1)));
                    }
                }
            }
        }
    }
}

/// No delimiter: the end of `Links`.
const END: usize = usize::MAX;

/// The delimiters `bottom..n` as a doubly linked list of their indices.
struct Links {
    bottom: usize,
    prev: Vec<usize>,
    next: Vec<usize>,
}

impl Links {
    fn new(bottom: usize, n: usize) -> Self {
        let prev = (bottom..n).map(|i| if i == bottom { END } else { i - 1 }).collect();
        let next = (bottom..n).map(|i| if i + 1 == n { END } else { i + 1 }).collect();
        Links { bottom, prev, next }
    }

    fn prev(&self, i: usize) -> usize {
        self.prev.get(i.wrapping_sub(self.bottom)).copied().unwrap_or(END)
    }

    fn next(&self, i: usize) -> usize {
        self.next.get(i.wrapping_sub(self.bottom)).copied().unwrap_or(END)
    }

    fn set_next(&mut self, i: usize, to: usize) {
        if let Some(n) = self.next.get_mut(i.wrapping_sub(self.bottom)) {
            *n = to;
        }
    }

    fn set_prev(&mut self, i: usize, to: usize) {
        if let Some(p) = self.prev.get_mut(i.wrapping_sub(self.bottom)) {
            *p = to;
        }
    }

    fn remove(&mut self, i: usize) {
        let (p, n) = (self.prev(i), self.next(i));
        self.set_next(p, n);
        self.set_prev(n, p);
    }

    /// Unlink everything strictly between `a` and `b`.
    fn cut(&mut self, a: usize, b: usize) {
        self.set_next(a, b);
        self.set_prev(b, a);
    }
}

/// Which of `* _ ~ ^` a delimiter is, for the table of lowest openers.
fn delim_class(ch: u8) -> usize {
    match ch {
        b'*' => 0,
        b'_' => 1,
        b'~' => 2,
        b'^' => 3,
        b'\'' => 4,
        _ => 5,
    }
}

/// A code span's content: line endings as spaces, one space stripped from each end when both
/// ends have one and it is not all spaces.
fn code_span_text(inner: &str) -> Cow<'_, str> {
    let text: Cow<'_, str> = if inner.contains(['\n', '\r']) {
        Cow::Owned(inner.replace(['\n', '\r'], " "))
    } else {
        Cow::Borrowed(inner)
    };
    let b = text.as_bytes();
    let strip = b.len() >= 2 && b.first() == Some(&b' ') && b.last() == Some(&b' ') && b.iter().any(|&c| c != b' ');
    if !strip {
        return text;
    }
    match text {
        Cow::Borrowed(s) => Cow::Borrowed(s.get(1..s.len() - 1).unwrap_or_default()),
        Cow::Owned(s) => Cow::Owned(s.get(1..s.len() - 1).unwrap_or_default().own()),
    }
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

fn is_punct(c: Option<char>) -> bool {
    c.is_some_and(is_punctuation)
}

/// Whether a run of `len` `ch` between `before` and `after` can open emphasis: left-flanking,
/// and for `_` not inside a word; `~~` and `*` may be inside a word (pulldown-cmark's rules).
fn can_open(ch: u8, len: usize, before: Option<char>, after: Option<char>) -> bool {
    if is_space(after) {
        return false;
    }
    let Some(prev) = before else { return true };
    if ch == b'*' && !is_punct(after) {
        return true;
    }
    if ch == b'~' && (len > 1 || (prev == '~' && !is_punct(after))) {
        return true;
    }
    prev.is_whitespace() || (is_punctuation(prev) && (ch != b'\'' || !matches!(prev, ']' | ')')))
}

/// Whether the run can close emphasis: right-flanking, with the same exceptions.
fn can_close(ch: u8, len: usize, before: Option<char>, after: Option<char>) -> bool {
    let Some(prev) = before else { return false };
    if prev.is_whitespace() {
        return false;
    }
    let Some(next) = after else { return true };
    if (ch == b'*' || (ch == b'~' && len > 1)) && !is_punctuation(prev) {
        return true;
    }
    if ch == b'~' && prev == '~' {
        return true;
    }
    next.is_whitespace() || is_punctuation(next)
}
