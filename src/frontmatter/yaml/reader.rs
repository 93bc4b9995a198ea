//! The YAML reader: the whole of front-matter YAML — block and flow collections, every scalar
//! style (`scalars.rs`), anchors and aliases, `<<` merge keys, explicit `?` keys, tags,
//! comments — read by recursive descent straight into a `Value`. Depth, key count
//! and alias expansion are bounded while it reads, so a "billion laughs" document fails before
//! it costs anything.
//!
//! One document: a leading `---` (after directives) is accepted, a second `---` is
//! `multiple-documents`, `...` ends the document. One leniency, shared with js-yaml and Go's
//! yaml (so with gray-matter and Hugo): a flow collection's closing `]`/`}` may stand at column 0
//! (Hugo's own docs have such front matter); indentation means nothing else inside a flow
//! collection but must still be deeper than the block around it.
//!
//! Tested against the yaml-test-suite and, on every fixture, the corpus and mutated inputs,
//! against yaml-rust2 (`oracle.rs`), which it replaced: a tenth of its size in the module.

use crate::value::{Map, Value};

use super::schema::{key_string, scalar};
use crate::error::{Code, Error, Result};
use crate::frontmatter::positions::KeyPaths;
use crate::frontmatter::{too_deep, too_many_keys};
use crate::options::Limits;
use crate::strmap::StrMap;

/// Read one YAML block whose first line is line `first_line` of the original source.
pub(super) fn read(block: &str, first_line: u32, limits: &Limits) -> Result<(Value, KeyPaths)> {
    let mut reader = Reader {
        src: block,
        pos: 0,
        first_line: first_line as usize,
        limits,
        anchors: StrMap::default(),
        definitions: 0,
        alias_nodes: 0,
        keys: 0,
        depth: 0,
        handles: Vec::new(),
        flow_open: 0,
        keys_read: KeyPaths::default(),
    };
    // No `\r` either: the front-matter stage has turned every line end into `\n`.
    if let Some(at) = control_character(block) {
        return Err(reader.invalid(at, "a control character cannot appear in YAML"));
    }
    let value = reader.document()?;
    Ok((value, reader.keys_read))
}

/// Where `block` holds a character YAML text may not (a control character other than a line
/// break or a tab; c-printable), if anywhere.
///
/// Byte by byte where it matters, as every block is scanned whole before reading: the control
/// characters are C0 and DEL (one byte each) and C1 (U+0080–U+009F, `C2 80`–`C2 9F` in UTF-8),
/// so no character needs decoding (`find` with `char::is_control`, the reference its test
/// keeps, decodes every character). Eight bytes at a time first: a word with no byte under
/// 0x20, no DEL and no 0xC2 is skipped whole. The byte loop alone was 17 % of rendering the
/// `qa` corpus (callgrind, 77 M of 460 M instructions in the front-matter stage).
pub(super) fn control_character(block: &str) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Some byte of `word` is under `n` (n ≤ 0x80), and some byte equals `b`: exact as "any".
    let under = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS != 0;
    let equal = |word: u64, b: u8| under(word ^ (ONES * u64::from(b)), 1);
    let bytes = block.as_bytes();
    let is_control = |i: usize, b: u8| match b {
        b'\n' | b'\t' => false,
        0..=0x1f | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|next| (0x80..=0x9f).contains(next)),
        _ => false,
    };
    let first_in = |from: usize, run: &[u8]| {
        let at = run.iter().enumerate().position(|(k, &b)| is_control(from + k, b));
        at.map(|k| from + k)
    };
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for (n, chunk) in chunks.enumerate() {
        let word = u64::from_ne_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        if under(word, 0x20) || equal(word, 0x7f) || equal(word, 0xc2) {
            if let Some(at) = first_in(n * 8, chunk) {
                return Some(at);
            }
        }
    }
    first_in(bytes.len() - tail.len(), tail)
}

/// The longest implicit key YAML allows, in characters.
const MAX_KEY_CHARS: usize = 1024;

pub(super) const UNKNOWN_ANCHOR: &str =
    "this alias (`*name`) refers to an anchor (`&name`) that is not defined before it";

pub(super) struct Reader<'a, 'l> {
    pub(super) src: &'a str,
    pub(super) pos: usize,
    first_line: usize,
    limits: &'l Limits,
    /// Per anchor name: the number of its latest definition, and once that node is read, its
    /// value with its size in nodes (an alias's cost is known before cloning). An alias names
    /// the latest definition *started* before it, as yaml-rust2 and libyaml resolve it: one
    /// inside a node anchored with its own name finds nothing.
    anchors: StrMap<(usize, Option<Anchored>)>,
    definitions: usize,
    alias_nodes: usize,
    keys: usize,
    depth: usize,
    /// Tag handles (`!e!`) declared by `%TAG` directives.
    handles: Vec<&'a str>,
    /// The innermost open `[` or `{`: where an unclosed collection is reported.
    flow_open: usize,
    /// The path of the key being read, and where each key read so far is.
    keys_read: KeyPaths,
}

/// An anchored node's value and its size in nodes.
type Anchored = (Value, usize);

/// A node's properties: `&anchor` and `!tag`, each at most once.
#[derive(Default, Clone, Copy)]
pub(super) struct Props<'a> {
    /// The anchor's name and its definition's number (see `Reader::anchors`).
    anchor: Option<(&'a str, usize)>,
    pub(super) tag: Option<&'a str>,
}

/// A character of a tag after its `!`: URI characters (RFC 3986, `%` escapes included).
fn is_tag_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-#;/?:@&=+$_.~*'()%,[]".contains(&b)
}

/// `,` `[` `]` `{` `}`: what ends a plain scalar or a name inside a flow collection.
pub(super) fn is_flow_indicator(b: u8) -> bool {
    matches!(b, b',' | b'[' | b']' | b'{' | b'}')
}

impl<'a> Reader<'a, '_> {
    /// The byte at `p`, or 0 past the end (the text holds no NUL: `read` refuses controls).
    pub(super) fn at(&self, p: usize) -> u8 {
        self.src.as_bytes().get(p).copied().unwrap_or(0)
    }

    pub(super) fn peek(&self) -> u8 {
        self.at(self.pos)
    }

    /// White space, a line break or the end at `p`.
    pub(super) fn blank_at(&self, p: usize) -> bool {
        matches!(self.at(p), b' ' | b'\t' | b'\n' | 0)
    }

    pub(super) fn at_break(&self) -> bool {
        matches!(self.peek(), b'\n' | 0)
    }

    pub(super) fn skip_inline(&mut self) {
        self.pos = self.white_from(self.pos);
    }

    /// Where the line holding `p` ends: its line break, or the end of the block.
    pub(super) fn line_end(&self, p: usize) -> usize {
        self.src
            .get(p..)
            .and_then(|rest| rest.find('\n'))
            .map_or(self.src.len(), |i| p + i)
    }

    /// Where the line holding `p` starts.
    pub(super) fn line_start(&self, p: usize) -> usize {
        self.src
            .as_bytes()
            .get(..p)
            .and_then(|before| before.iter().rposition(|&b| b == b'\n'))
            .map_or(0, |i| i + 1)
    }

    fn col(&self) -> usize {
        self.pos - self.line_start(self.pos)
    }

    /// `---` or `...` at `p` (a line start) followed by white space or the end.
    pub(super) fn is_marker(&self, p: usize) -> bool {
        let three = self.src.as_bytes().get(p..p + 3);
        matches!(three, Some(b"---" | b"...")) && self.blank_at(p + 3)
    }

    /// The 1-based line in the original file and column (in characters) of `p`.
    fn line_col(&self, p: usize) -> (usize, usize) {
        let before = self.src.get(..p).unwrap_or(self.src);
        let line = self.first_line + before.bytes().filter(|&b| b == b'\n').count();
        let column = before.get(self.line_start(p)..).map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    }

    // The error constructors are cold and out of line: the reader has ~50 places that fail.
    #[cold]
    #[inline(never)]
    pub(super) fn fail(&self, code: Code, p: usize, message: impl Into<String>) -> Error {
        let (line, column) = self.line_col(p);
        Error::at(code, message, line, column)
    }

    #[cold]
    #[inline(never)]
    pub(super) fn invalid(&self, p: usize, message: &str) -> Error {
        self.fail(Code::InvalidYaml, p, format!("invalid YAML: {message}"))
    }

    /// Directives, an optional `---`, the root node, then nothing but `...` and comments.
    fn document(&mut self) -> Result<Value> {
        let mut directives = false;
        let mut content;
        let explicit = loop {
            content = self.skip_lines();
            if content.is_none() && self.src.get(self.pos..).is_some_and(|s| s.starts_with("---")) {
                self.pos += 3;
                break true;
            }
            if content.is_none() && !directives && self.src.get(self.pos..).is_some_and(|s| s.starts_with("...")) {
                // A document end before any document ends nothing (YAML 1.2, l-yaml-stream).
                self.pos += 3;
                self.skip_inline();
                if !self.at_break() && self.peek() != b'#' {
                    return Err(self.invalid(self.pos, "unexpected text after `...`"));
                }
                self.pos = self.line_end(self.pos);
                continue;
            }
            if content == Some(0) && self.peek() == b'%' {
                self.directive()?;
                directives = true;
                continue;
            }
            if directives {
                return Err(self.invalid(self.pos, "directives must be followed by a `---` line"));
            }
            break false;
        };
        let root = match content {
            None if !explicit => Value::Null,
            _ => self.block_node(-1, Place::Top { fresh: !explicit })?,
        };
        self.end_of_document()?;
        Ok(root)
    }

    /// `%TAG !e! prefix` declares a handle; `%YAML 1.2` and reserved directives are read and
    /// ignored. A directive's name is a word.
    fn directive(&mut self) -> Result<()> {
        let line_end = self
            .src
            .get(self.pos..)
            .and_then(|s| s.find('\n'))
            .map_or(self.src.len(), |i| self.pos + i);
        let line = self.src.get(self.pos..line_end).unwrap_or_default();
        let mut words = line.split_whitespace();
        let name = words.next().unwrap_or_default().trim_start_matches('%');
        let argument = words.next();
        let valid = match name {
            "TAG" => argument.is_some_and(|h| h.starts_with('!') && h.ends_with('!')) && words.next().is_some(),
            "YAML" => argument.and_then(|v| v.split_once('.')).is_some_and(|(major, minor)| {
                [major, minor]
                    .iter()
                    .all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            }),
            _ => {
                !name.is_empty()
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            }
        };
        if !valid {
            return Err(self.invalid(self.pos, "this directive is malformed (`%YAML 1.2`, `%TAG !e! prefix`)"));
        }
        if let (Some(handle), "TAG") = (argument, name) {
            self.handles.push(handle);
        }
        self.pos = line_end;
        Ok(())
    }

    /// After the root: the end, or `...` and comments; another document is an error.
    fn end_of_document(&mut self) -> Result<()> {
        loop {
            if self.next_content()?.is_some() {
                return Err(self.invalid(self.pos, "unexpected text after the end of the front matter"));
            }
            if self.peek() == 0 {
                return Ok(());
            }
            // A marker line at column 0.
            if self.at(self.pos) == b'-' {
                return Err(self.fail(
                    Code::MultipleDocuments,
                    self.pos,
                    "the front matter holds a second YAML document; only one is allowed",
                ));
            }
            self.pos += 3;
            if self.next_content()?.is_some() {
                return Err(self.fail(
                    Code::MultipleDocuments,
                    self.pos,
                    "the front matter holds a second YAML document; only one is allowed",
                ));
            }
        }
    }

    /// From the start of a line, skip blank and comment lines; stop at the first content, with
    /// `pos` after its indentation (spaces only), and return that indentation. `None` at the
    /// end, or at a document marker (`pos` then at the marker).
    fn skip_lines(&mut self) -> Option<usize> {
        loop {
            let start = self.pos;
            let indent = self.indentation();
            let p = self.white_from(self.pos);
            match self.at(p) {
                0 => {
                    self.pos = p;
                    return None;
                }
                b'\n' => self.pos = p + 1,
                b'#' => {
                    self.pos = p;
                    self.pos = self.line_end(self.pos);
                    if self.peek() == 0 {
                        return None;
                    }
                    self.pos += 1;
                }
                _ if indent == 0 && self.is_marker(start) => return None,
                _ => return Some(indent),
            }
        }
    }

    /// After a node: the rest of its line must be blank or a comment; then find the next
    /// content as `skip_lines` does. Content already at a line's start is returned as is.
    fn next_content(&mut self) -> Result<Option<usize>> {
        // Only spaces between the line's start and `pos`: read backwards from `pos`, so a long
        // line is not scanned from its start (`qa`'s one-line answers are 2–3 KB).
        let before = self.src.as_bytes().get(..self.pos).unwrap_or_default();
        let spaces = before.iter().rev().take_while(|&&b| b == b' ').count();
        let line = self.pos - spaces;
        if (line == 0 || self.at(line - 1) == b'\n') && !self.at_break() {
            if spaces == 0 && self.is_marker(line) {
                return Ok(None);
            }
            return Ok(Some(spaces));
        }
        self.skip_inline();
        match self.peek() {
            0 => return Ok(None),
            b'\n' => {}
            b'#' if self.blank_at(self.pos.wrapping_sub(1)) => {}
            _ => return Err(self.invalid(self.pos, "unexpected text after this value")),
        }
        self.pos = self.line_end(self.pos);
        if self.peek() == 0 {
            return Ok(None);
        }
        self.pos += 1;
        Ok(self.skip_lines())
    }

    /// A tab where a block structure needs its indentation.
    fn no_tab(&self) -> Result<()> {
        if self.peek() == b'\t' {
            return Err(self.invalid(self.pos, "a tab cannot indent YAML; use spaces"));
        }
        Ok(())
    }

    /// `- ` at `p`: a block sequence entry.
    fn is_entry(&self, p: usize) -> bool {
        self.at(p) == b'-' && self.blank_at(p + 1)
    }

    /// `? ` at `p`: an explicit mapping key.
    fn is_explicit_key(&self, p: usize) -> bool {
        self.at(p) == b'?' && self.blank_at(p + 1)
    }

    /// Whether the line from `p` is an implicit key: properties, then one scalar or flow
    /// collection on this line, then `:` and white space.
    fn is_implicit_key(&self, mut p: usize) -> bool {
        while matches!(self.at(p), b'&' | b'!') {
            let verbatim = self.at(p + 1) == b'<';
            while !self.blank_at(p) && (verbatim || !is_flow_indicator(self.at(p))) {
                p += 1;
            }
            p = self.white_from(p);
        }
        let close = |p: usize| {
            let q = self.white_from(p);
            (self.at(q) == b':' && self.blank_at(q + 1)).then_some(q)
        };
        match self.at(p) {
            b':' if self.blank_at(p + 1) => true,
            b'"' | b'\'' => self.quoted_end_on_line(p).and_then(close).is_some(),
            b'[' | b'{' => self.flow_end_on_line(p).and_then(close).is_some(),
            b'*' => {
                while !self.blank_at(p) && !is_flow_indicator(self.at(p)) {
                    p += 1;
                }
                close(p).is_some()
            }
            _ if self.plain_start(p, false) => {
                let mut prev = b'x';
                loop {
                    match self.at(p) {
                        0 | b'\n' => return false,
                        b':' if self.blank_at(p + 1) => return true,
                        b'#' if matches!(prev, b' ' | b'\t') => return false,
                        b => prev = b,
                    }
                    p += 1;
                }
            }
            _ => false,
        }
    }

    /// Past the spaces and tabs from `p`.
    pub(super) fn white_from(&self, mut p: usize) -> usize {
        while matches!(self.at(p), b' ' | b'\t') {
            p += 1;
        }
        p
    }

    /// At a line's start: past its spaces (not tabs), returning how many: its indentation.
    pub(super) fn indentation(&mut self) -> usize {
        let start = self.pos;
        while self.peek() == b' ' {
            self.pos += 1;
        }
        self.pos - start
    }

    /// Past the closing quote of the quoted scalar at `p`, if it closes on this line.
    fn quoted_end_on_line(&self, p: usize) -> Option<usize> {
        let quote = self.at(p);
        let mut q = p + 1;
        loop {
            match self.at(q) {
                0 | b'\n' => return None,
                b'\\' if quote == b'"' => q += 2,
                b'\'' if quote == b'\'' && self.at(q + 1) == b'\'' => q += 2,
                b if b == quote => return Some(q + 1),
                _ => q += 1,
            }
        }
    }

    /// Past the bracket that closes the flow collection at `p`, if it closes on this line.
    fn flow_end_on_line(&self, p: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut q = p;
        loop {
            match self.at(q) {
                0 | b'\n' => return None,
                b'[' | b'{' => depth += 1,
                b']' | b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(q + 1);
                    }
                }
                b'"' | b'\'' => q = self.quoted_end_on_line(q)? - 1,
                _ => {}
            }
            q += 1;
        }
    }

    /// A node in block context whose parent sits at indentation `n` (-1 for the root), from
    /// just after its indicator (`key:`, `- `, `? `) or at the start of a line.
    fn block_node(&mut self, n: isize, place: Place) -> Result<Value> {
        let mut props = Props::default();
        let mut fresh = matches!(place, Place::Top { fresh: true });
        let mut compact = matches!(place, Place::Entry | Place::Explicit);
        let seq_at_n = matches!(place, Place::Value | Place::Explicit);
        loop {
            let separation = self.pos;
            if !fresh {
                self.skip_inline();
                let comment = self.peek() == b'#' && self.blank_at(self.pos.wrapping_sub(1));
                if self.at_break() || comment {
                    match self.next_content()? {
                        Some(indent)
                            if (indent as isize) > n
                                || (seq_at_n && indent as isize == n && self.is_entry(self.pos)) =>
                        {
                            fresh = true;
                        }
                        _ => return Ok(self.empty(props)),
                    }
                }
            }
            let tabs = if fresh { self.pos } else { separation };
            self.skip_inline();
            if fresh || compact {
                let col = self.col();
                if self.is_entry(self.pos) {
                    self.tab_before(tabs)?;
                    return self.block_sequence(col, props);
                }
                if self.is_explicit_key(self.pos) || self.is_implicit_key(self.pos) {
                    self.tab_before(tabs)?;
                    return self.block_mapping(col, props);
                }
            } else if self.is_implicit_key(self.pos) || self.is_entry(self.pos) {
                return Err(self.invalid(
                    self.pos,
                    "a block mapping or list cannot start on the line of its parent; start it on the next line",
                ));
            }
            if matches!(self.peek(), b'&' | b'!') {
                self.properties(&mut props, false)?;
                (fresh, compact) = (false, false);
                continue;
            }
            return match self.peek() {
                b'|' | b'>' => {
                    let text = self.block_scalar(n)?;
                    Ok(self.anchored(scalar(text, false, props.tag), props))
                }
                _ => self.flow_in_block(n, props),
            };
        }
    }

    fn tab_before(&self, from: usize) -> Result<()> {
        if self
            .src
            .as_bytes()
            .get(from..self.pos)
            .is_some_and(|s| s.contains(&b'\t'))
        {
            return Err(self.invalid(from, "a tab cannot indent YAML; use spaces"));
        }
        Ok(())
    }

    /// An empty node: null, or what its tag makes of "" (`!!str` → "").
    fn empty(&mut self, props: Props<'a>) -> Value {
        let value = scalar(String::new(), true, props.tag);
        self.anchored(value, props)
    }

    /// A scalar, an alias or a flow collection in block context.
    fn flow_in_block(&mut self, n: isize, props: Props<'a>) -> Result<Value> {
        match self.peek() {
            b'*' => self.alias(props),
            b'[' | b'{' => self.flow_collection(n, props),
            b'"' | b'\'' => {
                let text = self.quoted(n)?;
                Ok(self.anchored_scalar(text, false, props))
            }
            _ if self.plain_start(self.pos, false) => {
                let text = self.plain(n, false, true);
                Ok(self.anchored_scalar(text, true, props))
            }
            _ => Err(self.invalid(self.pos, "this character cannot start a value; quote the value")),
        }
    }

    fn anchored_scalar(&mut self, text: String, plain: bool, props: Props<'a>) -> Value {
        let value = scalar(text, plain, props.tag);
        self.anchored(value, props)
    }

    fn block_sequence(&mut self, m: usize, props: Props<'a>) -> Result<Value> {
        self.enter()?;
        self.keys_read.enter_list();
        let mut items = Vec::new();
        loop {
            self.pos += 1; // the `-`
            items.push(self.block_node(m as isize, Place::Entry)?);
            match self.next_content()? {
                Some(i) if i == m && self.is_entry(self.pos) => {}
                Some(i) if i > m => return Err(self.invalid(self.pos, "this line is indented more than the list")),
                _ => break,
            }
        }
        self.keys_read.leave_list();
        self.depth -= 1;
        Ok(self.anchored(Value::Array(items), props))
    }

    fn block_mapping(&mut self, m: usize, props: Props<'a>) -> Result<Value> {
        self.enter()?;
        let mut map = Mapping::default();
        loop {
            let key_pos = self.pos;
            let (key, value) = if self.is_explicit_key(self.pos) {
                self.pos += 1;
                let key = self.block_node(m as isize, Place::Explicit)?;
                let key = self.key_name(&map, key, key_pos)?;
                let mark = self.enter_key(&key, key_pos);
                let value = match self.next_content()? {
                    Some(i) if i == m && self.peek() == b':' && self.blank_at(self.pos + 1) => {
                        self.pos += 1;
                        self.block_node(m as isize, Place::Explicit)?
                    }
                    _ => Value::Null,
                };
                self.leave_key(&key, mark);
                (key, value)
            } else {
                // `: value` with no key takes a compact value, as after `? key` (yaml-rust2 and
                // libyaml read it so).
                let place = if self.peek() == b':' && self.blank_at(self.pos + 1) {
                    Place::Explicit
                } else {
                    Place::Value
                };
                let key = self.implicit_key()?;
                self.skip_inline();
                if !(self.peek() == b':' && self.blank_at(self.pos + 1)) {
                    return Err(self.invalid(key_pos, "expected `key: value` here (a `:` after the key)"));
                }
                let key = self.key_name(&map, key, key_pos)?;
                self.pos += 1;
                let mark = self.enter_key(&key, key_pos);
                let value = self.block_node(m as isize, place)?;
                self.leave_key(&key, mark);
                (key, value)
            };
            self.insert(&mut map, key, key_pos, value)?;
            match self.next_content()? {
                Some(i) if i == m => self.no_tab()?,
                Some(i) if i > m => return Err(self.invalid(self.pos, "this line is indented more than its mapping")),
                _ => break,
            }
        }
        self.depth -= 1;
        Ok(self.anchored(Value::Object(map.map), props))
    }

    /// A key on one line: properties, then a scalar, an alias or a flow collection.
    fn implicit_key(&mut self) -> Result<Value> {
        let mut props = Props::default();
        self.properties(&mut props, false)?;
        let start = self.pos;
        let value = match self.peek() {
            b':' if self.blank_at(self.pos + 1) => return Ok(self.empty(props)),
            b'*' => return self.alias(props),
            b'[' | b'{' => self.flow_collection(0, props)?,
            b'"' | b'\'' => {
                let text = self.quoted(0)?;
                self.anchored_scalar(text, false, props)
            }
            _ if self.plain_start(self.pos, false) => {
                let text = self.plain(0, false, false);
                self.anchored_scalar(text, true, props)
            }
            _ => return Err(self.invalid(self.pos, "expected a key")),
        };
        let text = self.src.get(start..self.pos).unwrap_or_default();
        if text.contains('\n') {
            return Err(self.invalid(start, "a key must be written on one line"));
        }
        // YAML 1.2 (7.4.2): an implicit key is at most 1024 characters.
        if text.len() > MAX_KEY_CHARS && text.chars().count() > MAX_KEY_CHARS {
            return Err(self.invalid(start, "a key longer than 1024 characters must be written as `? key`"));
        }
        Ok(value)
    }

    /// `&anchor` and `!tag`, each at most once, separated by white space.
    /// In block context (`flow` false) a property must be followed by white space; in a flow
    /// collection also by `,`, `]` or `}`.
    fn properties(&mut self, props: &mut Props<'a>, flow: bool) -> Result<()> {
        loop {
            let start = self.pos;
            match self.peek() {
                b'&' if props.anchor.is_none() => {
                    self.pos += 1;
                    let name = self.name(start)?;
                    self.definitions += 1;
                    self.anchors.insert(name, (self.definitions, None));
                    props.anchor = Some((name, self.definitions));
                }
                b'!' if props.tag.is_none() => props.tag = Some(self.tag()?),
                b'&' | b'!' => return Err(self.invalid(start, "a node has at most one anchor and one tag")),
                _ => return Ok(()),
            }
            if !(self.blank_at(self.pos) || (flow && is_flow_indicator(self.peek()))) {
                return Err(self.invalid(self.pos, "expected white space after the anchor or tag"));
            }
            self.skip_inline();
        }
    }

    /// An anchor's or alias's name, from `pos`.
    fn name(&mut self, indicator: usize) -> Result<&'a str> {
        let start = self.pos;
        while !self.blank_at(self.pos) && !is_flow_indicator(self.peek()) {
            self.pos += 1;
        }
        match self.src.get(start..self.pos) {
            Some(name) if !name.is_empty() => Ok(name),
            _ => Err(self.invalid(indicator, "an anchor or alias needs a name")),
        }
    }

    /// `!`, `!local`, `!!core`, `!handle!suffix` (declared by `%TAG`) or `!<verbatim>`; the
    /// characters after the handle are URI characters, `%` with two hex digits.
    fn tag(&mut self) -> Result<&'a str> {
        let start = self.pos;
        let verbatim = self.at(start + 1) == b'<';
        self.pos += if verbatim { 2 } else { 1 };
        let mut handle_end = start + 1;
        loop {
            let b = self.peek();
            if verbatim && b == b'>' {
                self.pos += 1;
                break;
            }
            if self.blank_at(self.pos) || (!verbatim && is_flow_indicator(b)) {
                if verbatim {
                    return Err(self.invalid(start, "a verbatim tag `!<…>` is not closed"));
                }
                break;
            }
            match b {
                b'!' if !verbatim && handle_end == start + 1 => handle_end = self.pos + 1,
                b'%' if !(self.at(self.pos + 1).is_ascii_hexdigit() && self.at(self.pos + 2).is_ascii_hexdigit()) => {
                    return Err(self.invalid(self.pos, "a `%` in a tag starts a two-digit hex escape"))
                }
                _ if !(is_tag_char(b) || (verbatim && b == b'!')) => {
                    return Err(self.invalid(self.pos, "a tag holds only URI characters"));
                }
                _ => {}
            }
            self.pos += 1;
        }
        let tag = self.src.get(start..self.pos).unwrap_or_default();
        let named = handle_end > start + 2;
        if named
            && !self
                .handles
                .contains(&tag.get(..handle_end - start).unwrap_or_default())
        {
            return Err(self.invalid(start, "this tag handle is not declared by a %TAG directive"));
        }
        if handle_end > start + 1 && self.pos == handle_end || (verbatim && self.pos == start + 3) {
            return Err(self.invalid(start, "a tag needs a name after its handle"));
        }
        Ok(tag)
    }

    fn alias(&mut self, props: Props<'a>) -> Result<Value> {
        let at = self.pos;
        self.pos += 1;
        let name = self.name(at)?;
        let Some((_, Some((value, nodes)))) = self.anchors.get(name) else {
            return Err(self.fail(Code::UnknownAnchor, at, UNKNOWN_ANCHOR));
        };
        if props.anchor.is_some() || props.tag.is_some() {
            return Err(self.invalid(at, "an alias cannot have an anchor or a tag"));
        }
        self.alias_nodes += nodes;
        if self.alias_nodes > self.limits.max_alias_nodes {
            return Err(self.fail(
                Code::AliasExpansion,
                at,
                format!(
                    "aliases expand to more than {} nodes (a \"billion laughs\" document?)",
                    self.limits.max_alias_nodes
                ),
            ));
        }
        Ok(value.clone())
    }

    // Out of line: LLVM copied it into 6 callers, 1.5 KB of code before wasm-opt (session 15).
    #[inline(never)]
    fn anchored(&mut self, value: Value, props: Props<'a>) -> Value {
        if let Some((name, number)) = props.anchor {
            if let Some((latest, slot)) = self.anchors.get_mut(name) {
                if *latest == number {
                    *slot = Some((value.clone(), count_nodes(&value)));
                }
            }
        }
        value
    }

    fn enter(&mut self) -> Result<()> {
        if self.depth >= self.limits.max_depth {
            let (line, column) = self.line_col(self.pos);
            return Err(too_deep(self.limits, line, column));
        }
        self.depth += 1;
        Ok(())
    }

    /// A key's name, checked as soon as the key is read (before its value, as yaml-rust2 and
    /// js-yaml do): a scalar's text, and not a key the mapping already has.
    fn key_name(&self, map: &Mapping, key: Value, key_pos: usize) -> Result<String> {
        let Some(name) = key_string(key) else {
            return Err(self.invalid(
                key_pos,
                "a mapping key must be a string, number or boolean, not a list or mapping",
            ));
        };
        if name != "<<" && map.map.contains_key(&name) && !map.merged.contains(&name) {
            return Err(self.fail(
                Code::DuplicateKey,
                key_pos,
                format!("the key `{name}` appears twice in the same mapping"),
            ));
        }
        Ok(name)
    }

    /// Entering the value of the key `name` at `key_pos`: its path recorded, except `<<`'s,
    /// whose keys are merged into the mapping from elsewhere.
    fn enter_key(&mut self, name: &str, key_pos: usize) -> usize {
        if name == "<<" {
            self.keys_read.enter_list();
            return 0;
        }
        self.keys_read.enter(name, key_pos)
    }

    fn leave_key(&mut self, name: &str, mark: usize) {
        if name == "<<" {
            self.keys_read.leave_list();
        } else {
            self.keys_read.leave(mark);
        }
    }

    /// Add `name: value`: `<<` merges, an explicit key overrides a merged one, keys are counted.
    fn insert(&mut self, map: &mut Mapping, name: String, key_pos: usize, value: Value) -> Result<()> {
        if name == "<<" {
            merge(&mut map.map, &mut map.merged, value);
            return Ok(());
        }
        if let Some(i) = map.merged.iter().position(|k| *k == name) {
            map.merged.swap_remove(i);
        } else {
            self.keys += 1;
            if self.keys > self.limits.max_keys {
                let (line, column) = self.line_col(key_pos);
                return Err(too_many_keys(self.limits, line, column));
            }
        }
        map.map.insert(name, value);
        Ok(())
    }

    /// Inside a flow collection: white space, line breaks and comments. A line that starts a
    /// node must be indented deeper than the block around (`n`); as with yaml-rust2, js-yaml
    /// and Go's yaml, a line may start less indented with `,`, or with the closing bracket
    /// at column 0, and scalars inside continue on lines of any indentation.
    fn flow_space(&mut self, n: isize) -> Result<()> {
        loop {
            match self.peek() {
                b' ' | b'\t' => self.pos += 1,
                b'#' => {
                    if !self.blank_at(self.pos.wrapping_sub(1)) {
                        return Err(self.invalid(self.pos, "a comment needs white space before its `#`"));
                    }
                    self.pos = self.line_end(self.pos);
                }
                b'\n' => {
                    self.pos += 1;
                    let start = self.pos;
                    let indent = self.indentation();
                    if matches!(self.at(self.white_from(self.pos)), b'\n' | b'#' | 0) {
                        continue;
                    }
                    if indent == 0 && self.is_marker(start) {
                        return Err(self.invalid(start, "a document marker inside a flow collection"));
                    }
                    let lenient = self.peek() == b',' || (indent == 0 && matches!(self.peek(), b']' | b'}'));
                    if indent as isize <= n && !lenient {
                        return Err(self.invalid(
                            self.flow_open,
                            "this flow collection is not closed where it should be: each of its lines must be indented more than the block around it",
                        ));
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    /// `[…]` or `{…}` at `pos`, in a block at indentation `n`.
    fn flow_collection(&mut self, n: isize, props: Props<'a>) -> Result<Value> {
        let open = self.pos;
        let outer = std::mem::replace(&mut self.flow_open, open);
        self.enter()?;
        let is_map = self.peek() == b'{';
        let close = if is_map { b'}' } else { b']' };
        if !is_map {
            self.keys_read.enter_list();
        }
        self.pos += 1;
        let mut items = Vec::new();
        let mut map = Mapping::default();
        loop {
            self.flow_space(n)?;
            match self.peek() {
                b if b == close => break,
                0 => return Err(self.invalid(open, "this flow collection is never closed")),
                _ => {}
            }
            let entry = self.pos;
            let explicit = self.is_explicit_key(self.pos);
            if explicit {
                self.pos += 1;
                self.flow_space(n)?;
            }
            let empty_key = self.is_value_indicator(false) || (explicit && matches!(self.peek(), b',' | b']' | b'}'));
            let (key, json_like) = if empty_key {
                (Value::Null, false)
            } else {
                self.flow_node(n)?
            };
            self.flow_space(n)?;
            let pair = is_map || explicit || self.is_value_indicator(json_like);
            if !pair {
                items.push(key);
            } else {
                // In a list, a `key: value` entry is a mapping of one pair.
                let mut single = Mapping::default();
                let target = if is_map { &mut map } else { &mut single };
                let name = self.key_name(target, key, entry)?;
                let mark = self.enter_key(&name, entry);
                let value = if self.is_value_indicator(json_like) {
                    if !is_map && !explicit && self.src.get(entry..self.pos).is_some_and(|k| k.contains('\n')) {
                        return Err(self.invalid(entry, "a key inside a flow list must be on one line with its `:`"));
                    }
                    self.pos += 1;
                    self.flow_space(n)?;
                    if matches!(self.peek(), b',' | b']' | b'}') {
                        Value::Null
                    } else {
                        self.flow_node(n)?.0
                    }
                } else {
                    Value::Null
                };
                self.leave_key(&name, mark);
                self.insert(target, name, entry, value)?;
                if !is_map {
                    items.push(Value::Object(single.map));
                }
            }
            self.flow_space(n)?;
            match self.peek() {
                b',' => self.pos += 1,
                b if b == close => break,
                0 => return Err(self.invalid(open, "this flow collection is never closed")),
                _ => return Err(self.invalid(self.pos, "expected `,` or the end of the flow collection")),
            }
        }
        self.pos += 1; // the closing bracket
        if !is_map {
            self.keys_read.leave_list();
        }
        self.depth -= 1;
        self.flow_open = outer;
        let value = if is_map {
            Value::Object(map.map)
        } else {
            Value::Array(items)
        };
        Ok(self.anchored(value, props))
    }

    /// `:` starting a value in a flow collection: followed by white space or a flow indicator,
    /// or directly after a quoted key or a collection (`{"a":1}`, JSON's way).
    fn is_value_indicator(&self, json_like: bool) -> bool {
        self.peek() == b':' && (json_like || self.blank_at(self.pos + 1) || is_flow_indicator(self.at(self.pos + 1)))
    }

    /// A node inside a flow collection, and whether it is JSON-like (quoted or a collection:
    /// a `:` may follow it directly).
    fn flow_node(&mut self, n: isize) -> Result<(Value, bool)> {
        let mut props = Props::default();
        self.properties(&mut props, true)?;
        let has_props = props.anchor.is_some() || props.tag.is_some();
        if has_props {
            self.flow_space(n)?;
        }
        let json_like = matches!(self.peek(), b'"' | b'\'' | b'[' | b'{');
        let value = match self.peek() {
            b'*' => self.alias(props)?,
            b'[' | b'{' => self.flow_collection(n, props)?,
            b'"' | b'\'' => {
                let text = self.quoted(n)?;
                self.anchored_scalar(text, false, props)
            }
            b',' | b']' | b'}' if has_props => self.empty(props),
            _ if has_props && self.is_value_indicator(false) => self.empty(props),
            _ if self.plain_start(self.pos, true) => {
                let text = self.plain(n, true, true);
                self.anchored_scalar(text, true, props)
            }
            b if b"|>!&%@`#?".contains(&b) => {
                return Err(self.invalid(
                    self.pos,
                    "a value inside a flow collection cannot start with this character; quote it",
                ))
            }
            _ => return Err(self.invalid(self.pos, "expected a value")),
        };
        Ok((value, json_like))
    }
}

/// Where a block node stands, which decides what may start on its first line.
#[derive(Clone, Copy)]
enum Place {
    /// The document's root; `fresh` when it starts a line (no `---` before it on its line).
    Top { fresh: bool },
    /// After `key:`: a list may start at the key's own indentation.
    Value,
    /// After `- `: a compact list or mapping may start on this line.
    Entry,
    /// After `? ` or its `:`: both.
    Explicit,
}

/// A mapping being read, with the keys `<<` merged in (explicit keys may override them).
#[derive(Default)]
struct Mapping {
    map: Map,
    merged: Vec<String>,
}

/// `<<: *base` (or a list of them) copies keys the mapping does not already have; they are
/// noted in `merged`, so that an explicit key may still override them.
pub(super) fn merge(map: &mut Map, merged: &mut Vec<String>, value: Value) {
    let sources = match value {
        Value::Array(list) => list,
        other => vec![other],
    };
    for source in sources {
        if let Value::Object(source) = source {
            for (k, v) in source {
                if !map.contains_key(&k) {
                    merged.push(k.clone());
                    map.insert(k, v);
                }
            }
        }
    }
}

pub(super) fn count_nodes(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(count_nodes).sum::<usize>(),
        Value::Object(m) => 1 + m.values().map(count_nodes).sum::<usize>(),
        _ => 1,
    }
}
