//! Scanners both passes share: link destinations, titles and labels, character references,
//! backslash escapes, raw HTML and autolinks. Each takes the text at the construct's start and
//! answers with how many bytes it spans, or `None`.

use std::borrow::Cow;

/// Bytes of a line ending at the start of `b`: `\n`, `\r\n` or `\r`.
pub(super) fn eol(b: &[u8]) -> Option<usize> {
    match b {
        [b'\n', ..] => Some(1),
        [b'\r', b'\n', ..] => Some(2),
        [b'\r', ..] => Some(1),
        _ => None,
    }
}

/// Spaces and tabs at the start of `b`.
pub(super) fn spaces(b: &[u8]) -> usize {
    b.iter().take_while(|&&c| c == b' ' || c == b'\t').count()
}

/// Whether only spaces and tabs come before the first line ending of `b` (or its end).
pub(super) fn blank_to_eol(b: &[u8]) -> bool {
    b.iter()
        .take_while(|&&c| c != b'\n' && c != b'\r')
        .all(|&c| c == b' ' || c == b'\t')
}

/// Whether `b` holds nothing but spaces and tabs (and line endings).
pub(super) fn is_blank(b: &[u8]) -> bool {
    b.iter().all(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
}

/// Spaces, tabs and at most one line ending, as between a link's destination and its title.
fn space_and_one_eol(b: &[u8]) -> usize {
    let mut i = spaces(b);
    if let Some(n) = b.get(i..).and_then(eol) {
        i += n;
        i += spaces(b.get(i..).unwrap_or_default());
    }
    i
}

/// Whitespace a link reference definition or an inline link may have between its parts: spaces,
/// tabs and at most one line ending. Returns the bytes, and whether a line ending was among them.
pub(super) fn link_space(b: &[u8]) -> (usize, bool) {
    let n = space_and_one_eol(b);
    (
        n,
        b.get(..n).is_some_and(|s| s.iter().any(|&c| c == b'\n' || c == b'\r')),
    )
}

/// A character reference at the start of `s` (`&amp;`, `&#35;`, `&#x22;`): its text and length.
pub(crate) fn char_ref(s: &str) -> Option<(Cow<'static, str>, usize)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'&') {
        return None;
    }
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let from = if hex { 3 } else { 2 };
        let digits = b
            .get(from..)?
            .iter()
            .take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() })
            .count();
        if digits == 0 || digits > if hex { 6 } else { 7 } || b.get(from + digits) != Some(&b';') {
            return None;
        }
        let code = u32::from_str_radix(s.get(from..from + digits)?, if hex { 16 } else { 10 }).ok()?;
        let c = char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}');
        return Some((Cow::Owned(c.to_string()), from + digits + 1));
    }
    let len = b.get(1..)?.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    if len == 0 || b.get(1 + len) != Some(&b';') {
        return None;
    }
    let value = crate::entities::named(s.get(1..1 + len)?)?;
    Some((value, len + 2))
}

/// `s` with backslash escapes and character references resolved (link destinations and titles,
/// code fences' info strings).
pub(super) fn unescape(s: &str) -> Cow<'_, str> {
    if !s.bytes().any(|b| b == b'\\' || b == b'&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['\\', '&']) {
        out.push_str(rest.get(..i).unwrap_or_default());
        let at = rest.get(i..).unwrap_or_default();
        let b = at.as_bytes();
        if b.first() == Some(&b'\\') && b.get(1).is_some_and(u8::is_ascii_punctuation) {
            out.push_str(at.get(1..2).unwrap_or_default());
            rest = at.get(2..).unwrap_or_default();
        } else if let Some((text, n)) = char_ref(at) {
            out.push_str(&text);
            rest = at.get(n..).unwrap_or_default();
        } else {
            out.push_str(at.get(..1).unwrap_or_default());
            rest = at.get(1..).unwrap_or_default();
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A link destination at the start of `s`: its length and its text, unescaped.
pub(super) fn link_destination(s: &str) -> Option<(usize, Cow<'_, str>)> {
    let b = s.as_bytes();
    if b.first() == Some(&b'<') {
        let mut i = 1;
        loop {
            match b.get(i)? {
                b'>' => return Some((i + 1, unescape(s.get(1..i)?))),
                b'\n' | b'\r' | b'<' => return None,
                b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => i += 2,
                _ => i += 1,
            }
        }
    }
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                i += 2;
                continue;
            }
            b'(' => {
                depth += 1;
                // cmark's limit, so nesting stays linear to check.
                if depth > 32 {
                    return None;
                }
            }
            b')' if depth == 0 => break,
            b')' => depth -= 1,
            c if c <= b' ' || c == 0x7f => break,
            _ => {}
        }
        i += 1;
    }
    if i == 0 || depth != 0 {
        return None;
    }
    Some((i, unescape(s.get(..i)?)))
}

/// A link title at the start of `s` (`"…"`, `'…'` or `(…)`, no blank line inside): its length
/// and its text, unescaped.
pub(super) fn link_title(s: &str) -> Option<(usize, Cow<'_, str>)> {
    let b = s.as_bytes();
    let close = match b.first()? {
        b'"' => b'"',
        b'\'' => b'\'',
        b'(' => b')',
        _ => return None,
    };
    let mut i = 1;
    loop {
        match *b.get(i)? {
            c if c == close => return Some((i + 1, unescape(s.get(1..i)?))),
            b'(' if close == b')' => return None,
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => i += 2,
            b'\n' | b'\r' => {
                i += eol(b.get(i..)?)?;
                let after = spaces(b.get(i..)?);
                if b.get(i + after..).and_then(eol).is_some() {
                    return None;
                }
            }
            _ => i += 1,
        }
    }
}

/// A link label at the start of `s` (`[…]`: no unescaped bracket, at most 999 characters, not
/// blank): its length with the brackets, and the text between them.
pub(super) fn link_label(s: &str) -> Option<(usize, &str)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'[') {
        return None;
    }
    let mut i = 1;
    loop {
        match *b.get(i)? {
            b']' => break,
            b'[' => return None,
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => i += 2,
            _ => i += 1,
        }
        if i > 1000 {
            return None;
        }
    }
    let inner = s.get(1..i)?;
    if is_blank(inner.as_bytes()) {
        return None;
    }
    Some((i + 1, inner))
}

/// A label as references are matched: case folded, inner whitespace one space, trimmed.
pub(super) fn normalize_label(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for word in label.split(|c: char| c.is_ascii_whitespace()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        crate::text::fold_case_into(&mut out, word);
    }
    out
}

/// An autolink at the start of `s` (`<scheme:…>` or `<user@host>`): its length, the text
/// between the brackets, and whether it is an email address.
pub(super) fn autolink(s: &str) -> Option<(usize, &str, bool)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'<') {
        return None;
    }
    let end = 1 + b.get(1..)?.iter().position(|&c| c == b'>' || c == b'<' || c <= b' ')?;
    if b.get(end) != Some(&b'>') {
        return None;
    }
    let inner = s.get(1..end)?;
    if is_uri(inner.as_bytes()) {
        return Some((end + 1, inner, false));
    }
    is_email(inner.as_bytes()).then_some((end + 1, inner, true))
}

fn is_uri(b: &[u8]) -> bool {
    let scheme = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-'))
        .count();
    (2..=32).contains(&scheme) && b.first().is_some_and(u8::is_ascii_alphabetic) && b.get(scheme) == Some(&b':')
}

fn is_email(b: &[u8]) -> bool {
    let Some(at) = b.iter().position(|&c| c == b'@') else {
        return false;
    };
    let (user, host) = (b.get(..at).unwrap_or_default(), b.get(at + 1..).unwrap_or_default());
    let user_ok = !user.is_empty()
        && user
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&c));
    user_ok
        && !host.is_empty()
        && host.split(|&c| c == b'.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
                && l.first() != Some(&b'-')
                && l.last() != Some(&b'-')
        })
}

/// Raw inline HTML at the start of `s`: an open or closing tag, a comment, a processing
/// instruction, a declaration or a CDATA section. Returns its length.
pub(super) fn inline_html(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.first() != Some(&b'<') {
        return None;
    }
    match b.get(1)? {
        b'!' => {
            if b.get(2..4) == Some(b"--") {
                let rest = s.get(4..)?;
                if rest.starts_with('>') {
                    return Some(5);
                }
                if rest.starts_with("->") {
                    return Some(6);
                }
                return crate::text::find_str(rest, "-->").map(|i| 4 + i + 3);
            }
            if b.get(2..9) == Some(b"[CDATA[") {
                return crate::text::find_str(s.get(9..)?, "]]>").map(|i| 9 + i + 3);
            }
            if b.get(2).is_some_and(u8::is_ascii_alphabetic) {
                return s.get(2..)?.find('>').map(|i| 2 + i + 1);
            }
            None
        }
        b'?' => crate::text::find_str(s.get(2..)?, "?>").map(|i| 2 + i + 2),
        b'/' => {
            let name = tag_name(b.get(2..)?);
            if name == 0 {
                return None;
            }
            let i = 2 + name;
            let i = i + whitespace(b.get(i..)?);
            (b.get(i) == Some(&b'>')).then_some(i + 1)
        }
        _ => open_tag(b),
    }
}

/// An open tag at the start of `b` (which starts with `<`): its length.
pub(super) fn open_tag(b: &[u8]) -> Option<usize> {
    let name = tag_name(b.get(1..)?);
    if name == 0 {
        return None;
    }
    let mut i = 1 + name;
    loop {
        let ws = whitespace(b.get(i..)?);
        let at = i + ws;
        match b.get(at)? {
            b'>' => return Some(at + 1),
            b'/' => return (b.get(at + 1) == Some(&b'>')).then_some(at + 2),
            _ if ws == 0 => return None,
            _ => {}
        }
        i = at + attribute(b.get(at..)?)?;
    }
}

/// Whitespace as tags allow it: spaces, tabs and line endings.
fn whitespace(b: &[u8]) -> usize {
    b.iter()
        .take_while(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        .count()
}

/// A tag name: an ASCII letter, then letters, digits and hyphens.
pub(super) fn tag_name(b: &[u8]) -> usize {
    if !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return 0;
    }
    b.iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
        .count()
}

/// An attribute: its name and an optional value.
fn attribute(b: &[u8]) -> Option<usize> {
    if !b
        .first()
        .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'_' | b':'))
    {
        return None;
    }
    let mut i = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b':' | b'-'))
        .count();
    let ws = whitespace(b.get(i..)?);
    if b.get(i + ws) != Some(&b'=') {
        return Some(i);
    }
    i += ws + 1;
    i += whitespace(b.get(i..)?);
    match *b.get(i)? {
        q @ (b'"' | b'\'') => {
            let len = b.get(i + 1..)?.iter().position(|&c| c == q)?;
            Some(i + len + 2)
        }
        _ => {
            let len = b
                .get(i..)?
                .iter()
                .take_while(|&&c| {
                    !matches!(
                        c,
                        b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'=' | b'<' | b'>' | b'`'
                    )
                })
                .count();
            (len > 0).then_some(i + len)
        }
    }
}
