//! The lexical layer of the TOML reader: a byte position in the block, white space, comments,
//! line ends, keys and the four kinds of strings.
//!
//! Every character TOML treats specially is ASCII, and a UTF-8 text never holds an ASCII byte
//! inside a longer character, so the reader walks bytes and copies runs of them whole.

use crate::error::Code;
use crate::text::Own;

/// A failure before it has a line and column: the code, the sentence, and the byte offset in
/// the block where it happened.
#[derive(Debug)]
pub(super) struct Fail {
    pub code: Code,
    pub message: String,
    pub at: usize,
}

/// A key with the byte offset where it was written, for errors that point at it.
pub(super) struct Key {
    pub name: String,
    pub at: usize,
}

impl Key {
    /// For the impossible case of a key of no parts (`Cursor::key` reads at least one).
    pub const EMPTY: Key = Key {
        name: String::new(),
        at: 0,
    };
}

pub(super) struct Cursor<'a> {
    src: &'a str,
    pub pos: usize,
}

/// Control characters are not allowed in comments and strings (TOML 1.1, "Comment"): all of
/// U+0000–U+001F but the tab, and DEL.
fn is_control(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7f
}

fn is_bare_key(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `src`, after a byte order mark (TOML allows one there).
    pub fn new(src: &'a str) -> Self {
        let pos = if src.starts_with('\u{feff}') { 3 } else { 0 };
        Cursor { src, pos }
    }

    pub fn peek(&self) -> Option<u8> {
        self.peek_at(0)
    }

    pub fn peek_at(&self, n: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + n).copied()
    }

    pub fn rest(&self) -> &'a str {
        self.src.get(self.pos..).unwrap_or_default()
    }

    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.src.get(start..end).unwrap_or_default()
    }

    pub fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        self.pos += usize::from(found);
        found
    }

    pub fn fail(&self, message: impl Into<String>) -> Fail {
        self.fail_at(self.pos, message)
    }

    pub fn fail_at(&self, at: usize, message: impl Into<String>) -> Fail {
        Fail {
            code: Code::InvalidToml,
            message: message.into(),
            at,
        }
    }

    /// Consumes `b`, or fails saying `what` was expected there.
    pub fn expect(&mut self, b: u8, what: &str) -> Result<(), Fail> {
        if self.eat(b) {
            Ok(())
        } else {
            Err(self.fail(format!("expected {what}")))
        }
    }

    /// Spaces and tabs.
    pub fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// A line feed, or a CR LF pair: `true` when one was consumed.
    pub fn newline(&mut self) -> bool {
        let len = match (self.peek(), self.peek_at(1)) {
            (Some(b'\n'), _) => 1,
            (Some(b'\r'), Some(b'\n')) => 2,
            _ => 0,
        };
        self.pos += len;
        len > 0
    }

    /// A `#` comment up to (not including) the line end, when there is one.
    pub fn comment(&mut self) -> Result<(), Fail> {
        if !self.eat(b'#') {
            return Ok(());
        }
        while let Some(b) = self.peek() {
            if b == b'\n' || (b == b'\r' && self.peek_at(1) == Some(b'\n')) {
                break;
            }
            if is_control(b) {
                return Err(self.fail("a comment may not hold a control character"));
            }
            self.pos += 1;
        }
        Ok(())
    }

    /// The end of a line: white space, an optional comment, then a line end or the end.
    pub fn line_end(&mut self) -> Result<(), Fail> {
        self.skip_ws();
        self.comment()?;
        if self.newline() || self.peek().is_none() {
            Ok(())
        } else {
            Err(self.fail("expected the end of the line"))
        }
    }

    /// White space, comments and line ends, as allowed between an array's or (since TOML 1.1)
    /// an inline table's items.
    // Out of line: LLVM copied it into 6 callers, 1.4 KB of code before wasm-opt (session 15).
    #[inline(never)]
    pub fn skip_trivia(&mut self) -> Result<(), Fail> {
        loop {
            self.skip_ws();
            self.comment()?;
            if !self.newline() {
                return Ok(());
            }
        }
    }

    /// A key, dotted or not, with the white space around it: `a . "b" . 'c'`.
    pub fn key(&mut self) -> Result<Vec<Key>, Fail> {
        let mut parts = Vec::new();
        loop {
            self.skip_ws();
            let at = self.pos;
            let name = self.simple_key()?;
            parts.push(Key { name, at });
            self.skip_ws();
            if !self.eat(b'.') {
                return Ok(parts);
            }
        }
    }

    fn simple_key(&mut self) -> Result<String, Fail> {
        let quote = self.peek();
        if let Some(q @ (b'"' | b'\'')) = quote {
            if self.rest().as_bytes().starts_with(&[q, q, q]) {
                return Err(self.fail("a key may not be a multi-line string"));
            }
            self.pos += 1;
            return self.string_body(q, false);
        }
        let start = self.pos;
        while self.peek().is_some_and(is_bare_key) {
            self.pos += 1;
        }
        if start == self.pos {
            return Err(self.fail("expected a key (letters, digits, `_`, `-`, or a quoted string)"));
        }
        Ok(self.slice(start, self.pos).own())
    }

    /// A string value at its opening quote: basic or literal, one line or multi-line.
    pub fn string(&mut self) -> Result<String, Fail> {
        let Some(q) = self.peek() else {
            return Err(self.fail("expected a string"));
        };
        let multiline = self.rest().as_bytes().starts_with(&[q, q, q]);
        self.pos += if multiline { 3 } else { 1 };
        // A line end right after the opening delimiter is not part of the string.
        if multiline {
            self.newline();
        }
        self.string_body(q, multiline)
    }

    /// The rest of a string after its opening quote(s): escapes resolved in a basic string
    /// (`"`), everything as written in a literal one (`'`).
    fn string_body(&mut self, quote: u8, multiline: bool) -> Result<String, Fail> {
        let mut out = String::new();
        loop {
            self.plain_run(&mut out, quote);
            match self.peek() {
                Some(q) if q == quote => {
                    if self.closing_quotes(&mut out, quote, multiline)? {
                        return Ok(out);
                    }
                }
                Some(b'\\') if quote == b'"' => self.escape(&mut out, multiline)?,
                Some(b'\\') => {
                    out.push('\\');
                    self.pos += 1;
                }
                _ => self.string_break(&mut out, multiline)?,
            }
        }
    }

    /// Copies bytes up to the next quote, backslash or control character.
    fn plain_run(&mut self, out: &mut String, quote: u8) {
        let start = self.pos;
        while let Some(b) = self.peek() {
            if b == quote || b == b'\\' || is_control(b) {
                break;
            }
            self.pos += 1;
        }
        out.push_str(self.slice(start, self.pos));
    }

    /// At a line end, a control character or the end of the block inside a string.
    fn string_break(&mut self, out: &mut String, multiline: bool) -> Result<(), Fail> {
        let at = self.pos;
        if multiline && self.newline() {
            // As written: CR LF stays (the front-matter stage normalizes every string after).
            out.push_str(self.slice(at, self.pos));
            return Ok(());
        }
        Err(match self.peek() {
            None => self.fail("the string is never closed"),
            Some(b'\n' | b'\r') => self.fail_at(at, "a one-line string must close on its line"),
            Some(_) => self.fail_at(at, "a string may not hold a control character: write it as an escape"),
        })
    }

    /// At a quote of the string's kind: `true` when it closes the string. In a multi-line string
    /// one or two quotes are content, and up to two more may stand right before the closing three.
    fn closing_quotes(&mut self, out: &mut String, quote: u8, multiline: bool) -> Result<bool, Fail> {
        if !multiline {
            self.pos += 1;
            return Ok(true);
        }
        let mut run = 0;
        while self.peek_at(run) == Some(quote) {
            run += 1;
        }
        if run > 5 {
            return Err(self.fail_at(self.pos + 5, "too many quotes at the end of a multi-line string"));
        }
        let content = if run >= 3 { run - 3 } else { run };
        out.extend(std::iter::repeat_n(char::from(quote), content));
        self.pos += run;
        Ok(run >= 3)
    }

    /// At a backslash in a basic string.
    fn escape(&mut self, out: &mut String, multiline: bool) -> Result<(), Fail> {
        let at = self.pos;
        self.pos += 1;
        let simple = match self.peek() {
            Some(b'b') => Some('\u{8}'),
            Some(b't') => Some('\t'),
            Some(b'n') => Some('\n'),
            Some(b'f') => Some('\u{c}'),
            Some(b'r') => Some('\r'),
            Some(b'e') => Some('\u{1b}'),
            Some(b'"') => Some('"'),
            Some(b'\\') => Some('\\'),
            _ => None,
        };
        if let Some(c) = simple {
            self.pos += 1;
            out.push(c);
            return Ok(());
        }
        match self.peek() {
            Some(b'x') => self.unicode(out, 2, at),
            Some(b'u') => self.unicode(out, 4, at),
            Some(b'U') => self.unicode(out, 8, at),
            Some(b' ' | b'\t' | b'\n' | b'\r') if multiline => self.line_ending_backslash(at),
            _ => Err(self.fail_at(
                at,
                "unknown escape: use \\b \\t \\n \\f \\r \\e \\\" \\\\ \\xHH \\uHHHH or \\UHHHHHHHH",
            )),
        }
    }

    /// `\xHH`, `\uHHHH`, `\UHHHHHHHH`: exactly `digits` hex digits naming a Unicode scalar value.
    fn unicode(&mut self, out: &mut String, digits: usize, at: usize) -> Result<(), Fail> {
        let hex = self.slice(self.pos + 1, self.pos + 1 + digits);
        let code = (hex.len() == digits && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(hex, 16).ok())
            .flatten()
            .and_then(char::from_u32)
            .ok_or_else(|| {
                self.fail_at(
                    at,
                    format!("an escape needs {digits} hex digits naming a Unicode scalar value"),
                )
            })?;
        out.push(code);
        self.pos += 1 + digits;
        Ok(())
    }

    /// A backslash that ends a line in a multi-line basic string drops the line end and every
    /// white space and line end after it.
    fn line_ending_backslash(&mut self, at: usize) -> Result<(), Fail> {
        self.skip_ws();
        if !self.newline() {
            return Err(self.fail_at(at, "a backslash followed by white space must end the line"));
        }
        loop {
            self.skip_ws();
            if !self.newline() {
                return Ok(());
            }
        }
    }
}
