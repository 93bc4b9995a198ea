//! Small text helpers shared by every stage: positions, escaping, whitespace.

/// 1-based line and column (in characters) of a byte offset in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = text.get(..offset).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    (to_u32(line), to_u32(column))
}

/// Byte offsets where each line starts, for many offset → line/column lookups.
pub(crate) struct LineStarts(Vec<usize>);

impl LineStarts {
    pub(crate) fn new(text: &str) -> Self {
        LineStarts(
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        )
    }

    /// The 1-based line of `offset`.
    pub(crate) fn line(&self, offset: usize) -> u32 {
        u32::try_from(self.0.partition_point(|&start| start <= offset).max(1)).unwrap_or(u32::MAX)
    }

    pub(crate) fn position(&self, text: &str, offset: usize) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.0.get(line as usize - 1).copied().unwrap_or(0);
        let (_, column) = line_col(text.get(start..).unwrap_or_default(), offset - start);
        (line, column)
    }
}
fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `n` as a `u32`, saturating: positions past 4 GiB (beyond every limit) read as the last one.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The byte offset of the first `needle` in `hay`. Ours rather than `str::find(&str)`: core's
/// Two-Way searcher was 4 KB of the module before wasm-opt, with a copy of its setup at each
/// of 52 calls (session 16), for needles of two to twelve bytes. Candidates are found by
/// core's word-at-a-time `memchr` (`str::find(char)`) on the needle's first punctuation byte
/// other than `<`, `>` and `"` (the `=` of ` id=`, the `!` of `<!--`), which is rare in the
/// text searched where a space or `<` is not: anchored on its first byte, the HTML of the
/// `big` corpus set rendered 12 % slower. Linear: each candidate is compared once. An empty
/// needle is never found (`str::find` finds it at 0).
#[inline(never)]
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let bytes = needle.as_bytes();
    let anchor_at = bytes
        .iter()
        .position(|b| b.is_ascii_punctuation() && !matches!(b, b'<' | b'>' | b'"'))
        .unwrap_or(0);
    let anchor = *bytes.get(anchor_at)?;
    let next = |from: usize| match hay.get(from..) {
        Some(rest) if anchor.is_ascii() => rest.find(char::from(anchor)),
        _ => hay.as_bytes().get(from..)?.iter().position(|&b| b == anchor),
    };
    let mut from = anchor_at;
    while let Some(i) = next(from) {
        let at = from + i - anchor_at;
        if hay.as_bytes().get(at..)?.starts_with(bytes) {
            return Some(at);
        }
        from += i + 1;
    }
    None
}

/// `hay` with every `from` replaced by `to`, from the left (as `str::replace` does).
pub(crate) fn replace_str(hay: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(hay.len());
    let mut rest = hay;
    while let Some(at) = find_str(rest, from) {
        out.push_str(rest.get(..at).unwrap_or_default());
        out.push_str(to);
        rest = rest.get(at + from.len()..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// CRLF and lone CR become LF, as a browser's input stream and every front-matter format read
/// them; borrowed when there is no CR.
pub(crate) fn normalize_newlines(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\r') {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(replace_str(s, "\r\n", "\n").replace('\r', "\n"))
}

/// `String::push_str` out of line, for the writers' many calls with literal markup: inlined,
/// each call was its own capacity check and copy, about 60 bytes of the module apiece (the
/// HTML writer's 83 calls were 1.4 KB of the gzipped module, session 15), at no measured cost
/// in speed.
pub(crate) trait Put {
    fn put(&mut self, s: &str);
}

impl Put for String {
    #[inline(never)]
    fn put(&mut self, s: &str) {
        self.push_str(s);
    }
}

/// `a.eq_ignore_ascii_case(b)` out of line: inlined, with the lists it is matched against
/// unrolled, its 12 callers were 51 copies of the loop (0.3 KB of the gzipped module, session
/// 15).
#[inline(never)]
pub(crate) fn eq_ascii_case(a: &[u8], b: &[u8]) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// `str::to_owned` out of line, for the same reason as [`Put`]: inlined, each copy of a
/// string was its own allocation and copy; the ~60 callers took 0.9 KB of the gzipped module
/// (session 15).
pub(crate) trait Own {
    fn own(&self) -> String;
}

impl Own for str {
    #[inline(never)]
    fn own(&self) -> String {
        self.to_owned()
    }
}

/// Escape text for an HTML text node or a double-quoted attribute value: `& < > "`, once.
/// A CR (only an entity like `&#13;` can bring one) is written as LF, which is what it becomes
/// when the HTML is parsed again, and NUL as U+FFFD.
pub(crate) fn escape_html(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len());
    let mut last = 0;
    for (i, &b) in bytes.iter().enumerate() {
        // Every byte to replace is below `?`: one comparison skips the rest.
        if b > b'>' {
            continue;
        }
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\r' => "\n",
            // CommonMark and the HTML parser both read NUL as U+FFFD.
            b'\0' => "\u{fffd}",
            _ => continue,
        };
        out.push_str(s.get(last..i).unwrap_or_default());
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(s.get(last..).unwrap_or_default());
}

/// `s` with its case folded for comparing (keywords, link labels): lower case, final sigma as
/// sigma and sharp s as `ss`, as Unicode's full case folding does (so `ẞ`, `ß` and `SS` match).
pub(crate) fn fold_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_case_into(&mut out, s);
    out
}

/// [`fold_case`], appended to `out`.
pub(crate) fn fold_case_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            'ς' => out.push('σ'),
            'ß' | 'ẞ' => out.push_str("ss"),
            c => crate::lowercase::push_lowercase(out, c),
        }
    }
}

/// Plain text for an attribute or a head tag: control characters become spaces, every run of
/// whitespace (U+00A0 included) becomes one space, and the ends are trimmed.
///
/// Most values are already single-spaced: one byte scan proves it and the copy is one memcpy;
/// otherwise word by word.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    if is_collapsed(s) {
        return s.own();
    }
    let mut out = String::with_capacity(s.len());
    for word in s
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// No control character, no run of spaces, no space at either end, and no byte that may start
/// a non-ASCII space or control (`0xC2`: U+0080–U+00BF; `0xE1`–`0xE3`: U+1680, U+2000–U+206F,
/// U+3000; such text takes the slow path even when it has none).
fn is_collapsed(s: &str) -> bool {
    let mut after_space = true;
    for &b in s.as_bytes() {
        // Printable ASCII other than space (`!`..=`~`), the common case, in one comparison.
        if b.wrapping_sub(b'!') < 0x5e {
            after_space = false;
            continue;
        }
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            0..=0x1f | 0x7f | 0xc2 | 0xe1..=0xe3 => return false,
            _ => after_space = false,
        }
    }
    !after_space || s.is_empty()
}

/// `\n` and `\t` written as two characters (a CMS that stored a multi-line field on one
/// line) read as a line break and a tab, in one pass: the same result as replacing `\n`, then
/// `\t`.
pub(crate) fn decode_literal_escapes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('\\') {
        let (before, from) = rest.split_at_checked(at).unwrap_or((rest, ""));
        out.push_str(before);
        match from.as_bytes().get(1) {
            Some(b'n') => out.push('\n'),
            Some(b't') => out.push('\t'),
            _ => {
                out.push('\\');
                rest = from.get(1..).unwrap_or_default();
                continue;
            }
        }
        rest = from.get(2..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// Cut `s` to at most `max` characters at a word boundary, adding `…` when cut.
pub(crate) fn truncate_words(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.own();
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    let at_word = match cut.rfind(' ') {
        Some(i) if i > 0 => cut.get(..i).unwrap_or_default(),
        _ => &cut,
    };
    let mut out = at_word.trim_end_matches([',', ';', ':', '.', ' ', '-']).own();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `find_str` and `replace_str` against `str::find` and `str::replace` (the slow
    /// references), on every needle the crate searches for and on overlapping, repeated,
    /// non-ASCII and absent cases.
    #[test]
    fn find_str_finds_what_str_find_does() {
        let hays = [
            "",
            "-",
            "--",
            "-->",
            "<!-- a -- b --> c -->",
            "<<!--<!---->",
            "é<!--ü-->",
            "a id=b id=\"c\"",
            " id= id=",
            "x://y://",
            "\\n\\t\\|a\\\\|",
            "%s%%s",
            "a__b_",
            "\r\n\r\r\n",
            "]]]>]]>",
            "??>?>",
            "</SCRIPT></script>",
            "ééé",
            "日本語<!--more-->",
            "\\",
        ];
        let needles = [
            "-->",
            "<!--",
            " id=",
            "://",
            "\\n",
            "\\t",
            "\\|",
            "%s",
            "__",
            "\r\n",
            "]]>",
            "?>",
            "</script>",
            "<!--more-->",
            "é",
            "ü-",
            "-",
            "x",
            "\\\\|",
        ];
        for hay in hays {
            for needle in needles {
                assert_eq!(find_str(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
                assert_eq!(
                    replace_str(hay, needle, "[]"),
                    hay.replace(needle, "[]"),
                    "{hay:?} {needle:?}"
                );
            }
            assert_eq!(find_str(hay, ""), None);
        }
    }

    #[test]
    fn literal_escapes_decode_like_two_replaces() {
        for s in [
            "a\\nb",
            "\\\\n",
            "\\\\t",
            "x\\",
            "\\",
            "\\q\\t\\n",
            "no escapes",
            "é\\nü",
        ] {
            assert_eq!(
                decode_literal_escapes(s),
                s.replace("\\n", "\n").replace("\\t", "\t"),
                "{s:?}"
            );
        }
    }

    #[test]
    fn whitespace_collapses_to_single_spaces() {
        assert_eq!(collapse_whitespace("  a\t\u{a0}b\u{0}\u{85}c \n"), "a b c");
        assert_eq!(collapse_whitespace("\u{3000}"), "");
        for s in [
            "",
            "a b",
            " a",
            "a ",
            "a  b",
            "a\u{a0}b",
            "日本 語",
            "a\u{2003}b",
            "é ü",
            "a\u{7f}b",
        ] {
            let slow: Vec<&str> = s
                .split(|c: char| c.is_whitespace() || c.is_control())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(collapse_whitespace(s), slow.join(" "), "{s:?}");
        }
    }

    #[test]
    fn positions_count_characters() {
        assert_eq!(line_col("ab\ncdé f", 8), (2, 5));
        assert_eq!(line_col("x", 0), (1, 1));
    }

    #[test]
    fn escapes_once() {
        let mut out = String::new();
        escape_html(&mut out, r#"a & "b" <c>"#);
        assert_eq!(out, "a &amp; &quot;b&quot; &lt;c&gt;");
    }

    #[test]
    fn collapses_controls_and_nbsp() {
        assert_eq!(collapse_whitespace(" a\u{0}\u{a0} b\r\n\tc "), "a b c");
    }

    #[test]
    fn truncates_at_a_word() {
        assert_eq!(truncate_words("one two three", 10), "one two…");
        assert_eq!(truncate_words("short", 10), "short");
    }
}
