//! URL policy: decide, the way a browser would read it, whether a URL may appear in the output.

use std::borrow::Cow;

/// The schemes of absolute web URLs, for the head.
pub(crate) const HTTP: &[&str] = &["http", "https"];

/// Schemes no option can allow: they run script.
const NEVER: &[&str] = &["javascript", "vbscript", "livescript"];

/// The URL cleaned for output, or `None` when its scheme is not in `schemes` (lower-case, as
/// [`scheme_list`] makes an option's list: browsers read schemes case-insensitively). Relative
/// URLs are always allowed.
pub(crate) fn clean_url<'u, S: AsRef<str>>(url: &'u str, schemes: &[S]) -> Option<Cow<'u, str>> {
    clean_url_where(url, |scheme| schemes.iter().any(|a| a.as_ref() == scheme))
}

/// An option's list of schemes as [`clean_url`] compares them: trimmed and lower-cased, once
/// per renderer or render rather than per URL.
pub(crate) fn scheme_list(schemes: &[String]) -> Vec<String> {
    schemes.iter().map(|s| s.trim().to_ascii_lowercase()).collect()
}

/// Why `scheme`, as an option lists it, could never match a URL, if it could not: one that
/// runs script, or text that is not a scheme (`https:` with its colon, `http https`).
pub(crate) fn unusable_scheme(scheme: &str) -> Option<&'static str> {
    let scheme = scheme.trim();
    if NEVER
        .iter()
        .any(|n| crate::text::eq_ascii_case(n.as_bytes(), scheme.as_bytes()))
    {
        return Some("it runs script");
    }
    let valid = !scheme.is_empty() && scheme_chars(scheme) == scheme.len();
    (!valid).then_some("a scheme is a letter, then letters, digits, `+`, `-` or `.`, written without its `:`")
}

/// The URL cleaned for output, or `None` when `allowed` rejects its scheme; the schemes that
/// run script are rejected whatever `allowed` says.
///
/// Browsers drop tab, CR and LF anywhere in a URL and trim leading control characters and
/// spaces before reading the scheme, so `jav&#9;ascript:` and `\u{1}javascript:` are
/// `javascript:` to them; see [`scheme`] for how the scheme itself is read.
pub(crate) fn clean_url_where(url: &str, allowed: impl Fn(&str) -> bool) -> Option<Cow<'_, str>> {
    let cleaned = normalize(url);
    match scheme(&cleaned) {
        None => Some(cleaned),
        Some(s) if !NEVER.contains(&s.as_str()) && allowed(&s) => Some(cleaned),
        Some(_) => None,
    }
}

/// The URL as a browser reads it: trimmed, controls removed, the rest percent-encoded.
fn normalize(url: &str) -> Cow<'_, str> {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    if trimmed.bytes().all(is_url_safe) {
        Cow::Borrowed(trimmed)
    } else {
        Cow::Owned(encode(trimmed))
    }
}

/// The scheme a browser would read in `url`, lower-cased (`None` for a relative URL): what a
/// warning names when the policy drops a URL.
pub(crate) fn scheme_of(url: &str) -> Option<String> {
    scheme(&normalize(url))
}

/// `%XX` escapes decoded, as a browser decodes a fragment before it looks for the id; a byte
/// sequence that is not UTF-8 is kept as escapes.
pub(crate) fn percent_decode(s: &str) -> Cow<'_, str> {
    if !s.contains('%') {
        return Cow::Borrowed(s);
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let hex = |j: usize| b.get(j).and_then(|d| char::from(*d).to_digit(16));
        match (c, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push(u8::try_from(hi * 16 + lo).unwrap_or(b'?'));
                i += 3;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    match String::from_utf8(out) {
        Ok(decoded) => Cow::Owned(decoded),
        Err(_) => Cow::Borrowed(s),
    }
}

/// Characters a URL keeps as they are (what CommonMark's reference renderer keeps): the rest
/// is percent-encoded, and tab, CR, LF and other controls are removed, as browsers remove them.
fn is_url_safe(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-_.!~*'();/?:@&=+$,%#".contains(&b)
}

/// The upper-case hex digit of a nibble (`n < 16`), as percent-encoding writes it.
fn hex_digit(n: u8) -> char {
    char::from_digit(u32::from(n), 16).map_or('0', |c| c.to_ascii_uppercase())
}

fn encode(url: &str) -> String {
    let mut out = String::with_capacity(url.len() + 8);
    for c in url.chars() {
        match c {
            c if c.is_ascii() && is_url_safe(c as u8) => out.push(c),
            c if c.is_control() => {}
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push('%');
                    out.push(hex_digit(b >> 4));
                    out.push(hex_digit(b & 15));
                }
            }
        }
    }
    out
}

/// The scheme the way a browser's URL parser reads it: an ASCII letter, then letters, digits,
/// `+`, `-` or `.`, then `:`. Anything else before the first `:` makes the URL relative (a path
/// like `foo):` or `java script:x`), for the browser too.
fn scheme(url: &str) -> Option<String> {
    let len = scheme_chars(url);
    (len > 0 && url.as_bytes().get(len) == Some(&b':')).then(|| url.get(..len).unwrap_or_default().to_ascii_lowercase())
}

/// How many leading bytes of `s` a scheme may span: an ASCII letter, then letters, digits,
/// `+`, `-` or `.` (0 when `s` does not start with a letter).
fn scheme_chars(s: &str) -> usize {
    let b = s.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return 0;
    }
    b.iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        .count()
}

/// An absolute http(s) link to a host other than `site_host`, or a protocol-relative one.
pub(crate) fn is_external(url: &str, site_host: Option<&str>) -> bool {
    match http_host(url) {
        Some(host) => site_host != Some(host.as_str()),
        None => url.starts_with("//"),
    }
}

/// The host of an absolute http(s) URL, lower-cased, without port or credentials.
pub(crate) fn http_host(url: &str) -> Option<String> {
    let lower = url.get(..8)?.to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        url.get(8..).unwrap_or_default()
    } else if lower.starts_with("http://") {
        url.get(7..).unwrap_or_default()
    } else {
        return None;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    Some(host.to_ascii_lowercase())
}

/// Join a site-relative URL to an absolute base (`https://example.com/blog/`). Absolute http(s)
/// URLs pass through; anything else (other schemes, protocol-relative) gives `None`.
pub(crate) fn join(base: &str, url: &str) -> Option<String> {
    let url = clean_url(url.trim(), HTTP)?;
    if http_host(&url).is_some() {
        return Some(url.into_owned());
    }
    if url.starts_with("//") || scheme(&url).is_some() {
        return None;
    }
    let base = clean_url(base.trim(), HTTP)?;
    http_host(&base)?;
    let origin_end = base
        .get(8.min(base.len())..)
        .unwrap_or_default()
        .find('/')
        .map_or(base.len(), |i| i + 8);
    let origin = base.get(..origin_end).unwrap_or_default();
    if url.starts_with('/') {
        return Some(format!("{origin}{url}"));
    }
    let dir = match base.get(origin_end..).unwrap_or_default().rfind('/') {
        Some(i) => base.get(..origin_end + i + 1).unwrap_or_default(),
        None => return Some(format!("{origin}/{url}")),
    };
    Some(format!("{dir}{url}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &[&str] = &["http", "https", "mailto", "tel"];

    #[test]
    fn drops_script_schemes_however_written() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " \u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "file:///etc/passwd",
        ] {
            assert_eq!(clean_url(bad, LINK), None, "{bad:?}");
        }
        assert_eq!(clean_url("mailto:a@b.c", HTTP), None);
        assert_eq!(clean_url("javascript:x", &["javascript"]), None, "never allowed");
    }

    #[test]
    fn keeps_safe_urls() {
        for good in [
            "https://a.b/c?d#e",
            "/rel/path",
            "rel",
            "#frag",
            "?q=1",
            "mailto:a@b.c",
            "tel:+1",
            "a/b:c",
        ] {
            assert_eq!(clean_url(good, LINK).as_deref(), Some(good), "{good:?}");
        }
        assert_eq!(
            clean_url("/a b/é\\[x]`", LINK).as_deref(),
            Some("/a%20b/%C3%A9%5C%5Bx%5D%60")
        );
        assert_eq!(
            clean_url("java script:alert(1)", LINK).as_deref(),
            Some("java%20script:alert(1)"),
            "relative for a browser too"
        );
    }

    #[test]
    fn schemes_and_decoding() {
        assert_eq!(scheme_of(" Java\tScript:x").as_deref(), Some("javascript"));
        assert_eq!(scheme_of("/a:b"), None);
        assert_eq!(percent_decode("caf%C3%A9%20x"), "café x");
        assert_eq!(percent_decode("%FF%zz"), "%FF%zz");
    }

    #[test]
    fn hosts_and_joins() {
        assert_eq!(
            http_host("HTTPS://user@Example.com:8080/x").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            join("https://example.com", "/a/b").as_deref(),
            Some("https://example.com/a/b")
        );
        assert_eq!(
            join("https://example.com/blog/", "post").as_deref(),
            Some("https://example.com/blog/post")
        );
        assert_eq!(
            join("https://example.com/blog/", "https://other.org/x").as_deref(),
            Some("https://other.org/x")
        );
        assert_eq!(join("https://example.com", "javascript:alert(1)"), None);
        assert_eq!(join("not a url", "/a"), None);
    }
}
