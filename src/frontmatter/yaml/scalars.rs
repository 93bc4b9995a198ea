//! The text of YAML scalars: plain, single- and double-quoted (with every escape), literal
//! `|` and folded `>` block scalars with their chomping and indentation indicators. Each reads
//! from the reader's position and folds line breaks as YAML 1.2 says (chapter 6.5).

use super::reader::{is_flow_indicator, Reader};
use crate::error::Result;
use crate::text::Own;

impl Reader<'_, '_> {
    /// Whether a plain scalar may start at `p`: not white space, not an indicator, except
    /// `-`, `?` and `:` followed by a character that could continue it.
    pub(super) fn plain_start(&self, p: usize, flow: bool) -> bool {
        match self.at(p) {
            0 | b' ' | b'\t' | b'\n' | b'\r' => false,
            b'-' | b'?' | b':' => !(self.blank_at(p + 1) || (flow && is_flow_indicator(self.at(p + 1)))),
            b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\'' | b'"' | b'%' | b'@'
            | b'`' => false,
            _ => true,
        }
    }

    /// One line of a plain scalar from `pos`: stops before `: `, ` #`, the line's end, and in
    /// flow context before `,[]{}` and `:` followed by one of them. Returns where its text
    /// starts; `pos` is left after its last non-blank character.
    fn plain_line(&mut self, flow: bool) -> usize {
        let start = self.pos;
        let mut p = self.pos;
        let mut end = p;
        loop {
            match self.at(p) {
                0 | b'\n' => break,
                b' ' | b'\t' => {}
                b'#' if p > start && matches!(self.at(p - 1), b' ' | b'\t') => break,
                b':' if self.blank_at(p + 1) || (flow && is_flow_indicator(self.at(p + 1))) => break,
                b',' | b'[' | b']' | b'{' | b'}' if flow => break,
                _ => end = p + 1,
            }
            p += 1;
        }
        self.pos = end;
        start
    }

    /// A plain scalar; with `multi`, continued on following lines indented deeper than `n`
    /// (line breaks fold to a space, empty lines to `\n`), as long as a line does not start a
    /// comment or a document marker.
    pub(super) fn plain(&mut self, n: isize, flow: bool, multi: bool) -> String {
        let start = self.plain_line(flow);
        let mut out = self.src.get(start..self.pos).unwrap_or_default().own();
        if !multi {
            return out;
        }
        loop {
            let end_of_text = self.pos;
            self.skip_inline();
            if self.peek() != b'\n' {
                self.pos = end_of_text;
                break;
            }
            let Some(breaks) = self.fold_lines(n) else {
                self.pos = end_of_text;
                break;
            };
            let start = self.plain_line(flow);
            if self.pos == start {
                self.pos = end_of_text;
                break;
            }
            push_fold(&mut out, breaks);
            out.push_str(self.src.get(start..self.pos).unwrap_or_default());
        }
        out
    }

    /// From a line break, over the empty lines after it, to the next line's text (or the
    /// end): `pos` is left there. Returns that line's start, its indentation and the number
    /// of empty lines passed. Folding in plain and quoted scalars starts here.
    fn next_text_line(&mut self) -> Folded {
        let mut empty = 0;
        loop {
            self.pos += 1; // the line break
            let line = self.pos;
            let indent = self.indentation();
            self.skip_inline();
            if self.peek() != b'\n' {
                let marker = indent == 0 && self.is_marker(line);
                return Folded { indent, empty, marker };
            }
            empty += 1;
        }
    }

    /// `Some(empty lines)` when the line after this break continues a plain scalar: indented
    /// deeper than `n`, not a comment, not a document marker.
    fn fold_lines(&mut self, n: isize) -> Option<usize> {
        let next = self.next_text_line();
        let continues = !matches!(self.peek(), 0 | b'#') && !next.marker && (next.indent as isize) > n;
        continues.then_some(next.empty)
    }

    /// A single- or double-quoted scalar at `pos`; continuation lines must be indented deeper
    /// than `n`.
    pub(super) fn quoted(&mut self, n: isize) -> Result<String> {
        let open = self.pos;
        let quote = self.peek();
        self.pos += 1;
        let mut out = String::new();
        loop {
            let run = self.pos;
            while !matches!(self.peek(), b'\'' | b'"' | b'\\' | b'\n' | b' ' | b'\t' | 0) {
                self.pos += 1;
            }
            out.push_str(self.src.get(run..self.pos).unwrap_or_default());
            match self.peek() {
                0 => return Err(self.invalid(open, "this quoted value is never closed")),
                b'\'' if quote == b'\'' && self.at(self.pos + 1) == b'\'' => {
                    out.push('\'');
                    self.pos += 2;
                }
                b if b == quote => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' if quote == b'"' => {
                    if self.at(self.pos + 1) == b'\n' {
                        self.pos += 1;
                        let empty = self.quoted_fold(n, open)?;
                        out.extend(std::iter::repeat_n('\n', empty));
                    } else {
                        self.escape(&mut out)?;
                    }
                }
                b' ' | b'\t' => {
                    let white = self.pos;
                    self.skip_inline();
                    if self.peek() != b'\n' {
                        out.push_str(self.src.get(white..self.pos).unwrap_or_default());
                    }
                }
                b'\n' => {
                    let empty = self.quoted_fold(n, open)?;
                    push_fold(&mut out, empty);
                }
                _ => {
                    // The other quote character, or `\` in single quotes: text.
                    out.push(char::from(self.peek()));
                    self.pos += 1;
                }
            }
        }
    }

    /// Over a line break inside quotes and the empty lines after it; the next line must be
    /// indented deeper than `n` and not be a document marker. Returns the empty lines.
    fn quoted_fold(&mut self, n: isize, open: usize) -> Result<usize> {
        let next = self.next_text_line();
        if self.peek() == 0 {
            return Err(self.invalid(open, "this quoted value is never closed"));
        }
        if next.marker {
            return Err(self.invalid(self.line_start(self.pos), "a document marker inside a quoted value"));
        }
        if (next.indent as isize) <= n {
            return Err(self.invalid(
                open,
                "this quoted value is not closed where it should be: each of its lines must be indented more than its key",
            ));
        }
        Ok(next.empty)
    }

    /// One escape sequence at `pos` (the `\`), appended to `out`.
    fn escape(&mut self, out: &mut String) -> Result<()> {
        let at = self.pos;
        let c = self.at(at + 1);
        self.pos += 2;
        let simple = match c {
            b'0' => '\0',
            b'a' => '\u{7}',
            b'b' => '\u{8}',
            b't' | b'\t' => '\t',
            b'n' => '\n',
            b'v' => '\u{b}',
            b'f' => '\u{c}',
            b'r' => '\r',
            b'e' => '\u{1b}',
            b' ' => ' ',
            b'"' => '"',
            b'/' => '/',
            b'\\' => '\\',
            b'N' => '\u{85}',
            b'_' => '\u{a0}',
            b'L' => '\u{2028}',
            b'P' => '\u{2029}',
            b'x' | b'u' | b'U' => {
                let digits = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let hex = self.src.get(self.pos..self.pos + digits).unwrap_or_default();
                let code = (hex.len() == digits && hex.bytes().all(|b| b.is_ascii_hexdigit()))
                    .then(|| u32::from_str_radix(hex, 16).ok())
                    .flatten()
                    .and_then(char::from_u32);
                self.pos += digits;
                code.ok_or_else(|| self.invalid(at, "this `\\x`, `\\u` or `\\U` escape is not a character"))?
            }
            _ => return Err(self.invalid(at, "unknown escape; write `\\\\` for a backslash")),
        };
        out.push(simple);
        Ok(())
    }

    /// A literal `|` or folded `>` block scalar at `pos`, whose parent sits at indentation `n`.
    pub(super) fn block_scalar(&mut self, n: isize) -> Result<String> {
        let header = self.pos;
        let literal = self.peek() == b'|';
        self.pos += 1;
        let (mut chomp, mut explicit) = (None, None);
        loop {
            match self.peek() {
                b'-' | b'+' if chomp.is_none() => chomp = Some(self.peek()),
                b'1'..=b'9' if explicit.is_none() => explicit = Some(usize::from(self.peek() - b'0')),
                _ => break,
            }
            self.pos += 1;
        }
        let before = self.pos;
        self.skip_inline();
        if !(self.at_break() || (self.peek() == b'#' && self.pos > before)) {
            return Err(self.invalid(
                self.pos,
                "a block scalar's `|` or `>` may only be followed by `-`, `+`, a digit 1-9 and a comment",
            ));
        }
        self.pos = self.line_end(self.pos);
        let base = usize::try_from(n + 1).unwrap_or(0);
        let indent = match explicit {
            Some(d) => usize::try_from(n).map_or(d - 1, |n| n + d),
            None => self.detect_indent(base, header)?,
        };
        let lines = self.block_lines(indent);
        Ok(assemble(&lines, literal, chomp))
    }

    /// The indentation of a block scalar's first non-empty line (at least `base`); a leading
    /// empty line with more spaces than that is an error.
    fn detect_indent(&self, base: usize, header: usize) -> Result<usize> {
        let mut p = self.pos;
        let mut widest = 0;
        while self.at(p) == b'\n' {
            let line = p + 1;
            p = line;
            while self.at(p) == b' ' {
                p += 1;
            }
            let spaces = p - line;
            match self.at(p) {
                b'\n' => widest = widest.max(spaces),
                0 => return Ok(base.max(widest)),
                b'\t' if spaces < base => {
                    return Err(self.invalid(p, "a tab cannot indent YAML; use spaces"));
                }
                // The first line with text is not the scalar's: only empty lines, the longest
                // of which sets the indentation (YAML 1.2, 8.1.1.1).
                _ if spaces < base => return Ok(base.max(widest)),
                _ => {
                    if widest > spaces {
                        return Err(self.invalid(
                            header,
                            "a leading empty line of this block scalar has more spaces than its first line",
                        ));
                    }
                    return Ok(base.max(spaces));
                }
            }
        }
        Ok(base)
    }

    /// The lines of a block scalar indented by `indent`, from the line break after its header:
    /// `None` for an empty line, else the text after the indentation. Stops before a less
    /// indented line or a document marker; `pos` is left at the end of the last line read.
    fn block_lines(&mut self, indent: usize) -> Vec<Option<&str>> {
        let mut lines = Vec::new();
        while self.peek() == b'\n' {
            let line = self.pos + 1;
            if line >= self.src.len() {
                break; // the block's final line break: no line after it
            }
            let mut p = line;
            while self.at(p) == b' ' {
                p += 1;
            }
            let spaces = p - line;
            let end = self.line_end(p);
            let blank = p == end;
            if spaces == 0 && self.is_marker(line) {
                break;
            }
            if blank && spaces <= indent {
                lines.push(None);
            } else if spaces >= indent {
                lines.push(self.src.get(line + indent..end));
            } else {
                break;
            }
            self.pos = end;
        }
        lines
    }
}

/// The line a fold lands on.
struct Folded {
    /// Its spaces of indentation.
    indent: usize,
    /// Empty lines passed on the way.
    empty: usize,
    /// It is `---` or `...` at column 0.
    marker: bool,
}

/// Folded lines joined: one break becomes a space, `n` empty lines `n` breaks.
fn push_fold(out: &mut String, empty: usize) {
    if empty == 0 {
        out.push(' ');
    } else {
        out.extend(std::iter::repeat_n('\n', empty));
    }
}

/// A block scalar's value from its lines (`None` = empty line), by its style and chomping.
fn assemble(lines: &[Option<&str>], literal: bool, chomp: Option<u8>) -> String {
    let content_end = lines.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
    let mut out = String::new();
    let mut empty = 0;
    let mut previous: Option<&str> = None;
    for line in lines.get(..content_end).unwrap_or_default() {
        let Some(text) = line else {
            empty += 1;
            continue;
        };
        match previous {
            None => out.extend(std::iter::repeat_n('\n', empty)),
            Some(prev) => {
                let more_indented = |t: &str| t.starts_with([' ', '\t']);
                if literal || more_indented(prev) || more_indented(text) {
                    out.extend(std::iter::repeat_n('\n', empty + 1));
                } else {
                    push_fold(&mut out, empty);
                }
            }
        }
        out.push_str(text);
        previous = Some(text);
        empty = 0;
    }
    let trailing = lines.len() - content_end;
    match chomp {
        Some(b'-') => {}
        Some(_) => out.extend(std::iter::repeat_n('\n', usize::from(content_end > 0) + trailing)),
        None if content_end > 0 => out.push('\n'),
        None => {}
    }
    out
}
