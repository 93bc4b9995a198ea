//! Stage 2: the document model. Picks the content (the body, or a content field when the body
//! is blank) and resolves every value the head and the article are built from, by the field
//! mapping of `Options::fields`.

use crate::text::Own;
use std::borrow::Cow;

use crate::value::{Map, Value};

use crate::date::{iso8601, Date};
use crate::error::WarningCode;
use crate::markdown::Outline;
use crate::options::Options;
use crate::text::{collapse_whitespace, truncate_words};
use crate::url::join;

/// Something worth telling the author; never an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Stable code, e.g. `WarningCode::DescriptionTooLong` (`"description-too-long"`).
    pub code: WarningCode,
    /// A sentence a person understands.
    pub message: String,
    /// 1-based line in the original source, when known.
    pub line: Option<u32>,
    /// 1-based column in the original source, when known.
    pub column: Option<u32>,
}

impl Warning {
    pub(crate) fn new(code: WarningCode, message: impl Into<String>) -> Self {
        Warning {
            code,
            message: message.into(),
            line: None,
            column: None,
        }
    }
}

/// An author: a name and, when given, a profile URL and an X/Twitter handle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    /// Display name.
    pub name: String,
    /// Profile URL (absolute when `site.baseUrl` is set).
    pub url: Option<String>,
    /// `@handle`, only when the front matter gives a valid one (never made up from the name).
    pub twitter: Option<String>,
}

/// A translation of the page: `<link rel="alternate" hreflang>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternate {
    /// Language tag, e.g. `fr` or `pt-BR` (`x-default` allowed).
    pub lang: String,
    /// Absolute URL of that version.
    pub url: String,
}

/// The page image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// Image URL, absolute when `site.baseUrl` is set.
    pub src: String,
    /// Alternative text.
    pub alt: Option<String>,
    /// Width in pixels.
    pub width: Option<u32>,
    /// Height in pixels.
    pub height: Option<u32>,
}

/// Every value the head and the article were built from, resolved: what a CMS shows as the
/// page's SEO summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The `<title>` text, after `site.titleTemplate`.
    pub title: Option<String>,
    /// The article headline (og:title, JSON-LD, the article's `h1`).
    pub headline: Option<String>,
    /// Meta description, plain text.
    pub description: Option<String>,
    /// Meta keywords.
    pub keywords: Vec<String>,
    /// Absolute canonical URL (needs `site.baseUrl`).
    pub canonical: Option<String>,
    /// Authors.
    pub author: Vec<Author>,
    /// Date published, ISO 8601 as written.
    pub date_published: Option<String>,
    /// Date modified, ISO 8601 as written.
    pub date_modified: Option<String>,
    /// The published date as the byline shows it (`date_format`).
    pub date_text: Option<String>,
    /// Text before the byline date, e.g. `Posted on`.
    pub posted_on_text: Option<String>,
    /// The page image.
    pub image: Option<Image>,
    /// `article:section`.
    pub section: Option<String>,
    /// The question of a Q&A page.
    pub question: Option<String>,
    /// `article` when the page is dated, else `website`.
    pub page_type: &'static str,
    /// `og:locale`.
    pub locale: Option<String>,
    /// Meta robots, e.g. `noindex` for drafts.
    pub robots: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// Translations, from a `translations` or `alternates` field.
    pub alternates: Vec<Alternate>,
    /// Words of the content (each Chinese or Japanese character counts as one).
    pub word_count: usize,
    /// Minutes to read the content at `Options::words_per_minute`, rounded up.
    pub reading_minutes: u32,
}

/// Where the rendered content came from.
pub(crate) struct Content<'a> {
    pub markdown: Cow<'a, str>,
    /// The front-matter field the content was taken from, when the body was blank.
    pub field: Option<&'a str>,
}

/// The body, or the first present content field when the body is blank (whitespace and
/// `&nbsp;` only). A field written on one line with literal `\n` / `\t` escapes (a folded YAML
/// scalar) has them turned into real characters.
pub(crate) fn select_content<'a>(
    body: &'a str,
    data: &'a Map,
    options: &'a Options,
    warnings: &mut Vec<Warning>,
) -> Content<'a> {
    if !is_blank(body) {
        return Content {
            markdown: Cow::Borrowed(body),
            field: None,
        };
    }
    for name in &options.content_fields {
        let Some(Value::String(text)) = lookup(data, name) else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        let markdown = if !text.contains('\n')
            && (crate::text::find_str(text, "\\n").is_some() || crate::text::find_str(text, "\\t").is_some())
        {
            warnings.push(Warning::new(
                WarningCode::EscapedNewlines,
                format!("`{name}` is written on one line with literal \\n escapes; they were read as line breaks"),
            ));
            Cow::Owned(crate::text::decode_literal_escapes(text))
        } else {
            Cow::Borrowed(text.as_str())
        };
        warnings.push(Warning::new(
            WarningCode::ContentFromField,
            format!("the body is blank, so the content was taken from the `{name}` field"),
        ));
        return Content {
            markdown,
            field: Some(name),
        };
    }
    Content {
        markdown: Cow::Borrowed(body),
        field: None,
    }
}

/// Only whitespace and `&nbsp;`s (the seed's body). Reads from the start and stops at the
/// first other character, instead of searching the whole body for the entities.
fn is_blank(body: &str) -> bool {
    let mut rest = body.trim_start();
    while !rest.is_empty() {
        match rest.strip_prefix("&nbsp;").or_else(|| rest.strip_prefix("&#160;")) {
            Some(after) => rest = after.trim_start(),
            None => return false,
        }
    }
    true
}

/// `map.get(key)`, by comparing keys when the map is small: front matters have a dozen keys,
/// and most lookups are for fields a page does not have, where hashing the key cost more than
/// the comparisons (measured with serde_json's SipHash map; ours hashes with foldhash).
fn key<'a>(map: &'a Map, key: &str) -> Option<&'a Value> {
    if map.len() <= 16 {
        map.iter().find_map(|(k, v)| (k == key).then_some(v))
    } else {
        map.get(key)
    }
}

/// A dotted path (`seo.title`) into the front matter. Null and empty strings count as absent.
// Out of line: LLVM copied it into 15 callers, 1.2 KB of code before wasm-opt (session 15).
#[inline(never)]
pub(crate) fn lookup<'a>(data: &'a Map, path: &str) -> Option<&'a Value> {
    // Paths are short: a byte loop finds the dots faster than `split`'s memchr set-up, and
    // this runs for every candidate path of every field (about fifty per render).
    let mut map = data;
    let mut rest = path;
    let value = loop {
        let dot = rest.bytes().position(|b| b == b'.');
        let value = key(map, dot.and_then(|d| rest.get(..d)).unwrap_or(rest))?;
        match dot.and_then(|d| rest.get(d + 1..)) {
            Some(tail) => {
                map = value.as_object()?;
                rest = tail;
            }
            None => break value,
        }
    };
    match value {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::Array(a) if a.is_empty() => None,
        v => Some(v),
    }
}

fn first<'a>(data: &'a Map, paths: &[String]) -> Option<&'a Value> {
    paths.iter().find_map(|p| lookup(data, p))
}

/// A scalar as one line of plain text.
fn scalar_text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => collapse_whitespace(s),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

fn first_text(data: &Map, paths: &[String]) -> Option<String> {
    paths.iter().find_map(|p| lookup(data, p).and_then(scalar_text))
}

/// Markdown (a description written with `*emphasis*` or `&amp;`) as plain text: rendered,
/// tags stripped, entities decoded once.
///
/// A one-line value with none of markdown's marks is its own text: most descriptions are, and
/// they skip the parser.
pub(crate) fn markdown_to_text(markdown: &str) -> String {
    if is_plain_line(markdown) {
        collapse_whitespace(markdown)
    } else {
        rendered_text(markdown)
    }
}

fn rendered_text(markdown: &str) -> String {
    use crate::markdown::event::{Event, TagEnd};
    let mut out = String::with_capacity(markdown.len());
    let parser = crate::markdown::parse::Parser::new(markdown, crate::markdown::parse::Extensions::default());
    for (event, _) in parser {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock | TagEnd::BlockQuote(_),
            ) => out.push(' '),
            _ => {}
        }
    }
    collapse_whitespace(&out)
}

/// No byte that could start markdown syntax inline (emphasis, code, links, HTML, entities,
/// escapes) or at the line's start (lists, headings, quotes, breaks, setext), and one line.
fn is_plain_line(s: &str) -> bool {
    let starts_block = s
        .trim_start_matches([' ', '\t'])
        .bytes()
        .next()
        .is_some_and(|b| matches!(b, b'-' | b'+' | b'=' | b'>' | b'#' | b'0'..=b'9'));
    !starts_block
        && !s.bytes().any(|b| {
            matches!(
                b,
                b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'&' | b'\\' | b'~' | b'|' | b'!' | b'\n' | b'\r'
            )
        })
}

/// Resolve the model from the front matter, the rendered content's outline and the site.
pub(crate) fn resolve(data: &Map, outline: &Outline, options: &Options) -> Meta {
    let f = &options.fields;
    let site = &options.site;
    let base = site.base_url.as_deref();
    // Without a base URL, a page's own URLs stay relative (still cleaned) rather than dropped.
    let absolute = |url: &str| -> Option<String> {
        match base {
            Some(_) => site.absolute(url),
            None => crate::url::clean_url(url, crate::url::HTTP).map(Cow::into_owned),
        }
    };

    let first_h1 = outline
        .headings
        .iter()
        .find(|h| h.entry.level == 1)
        .map(|h| h.entry.text.clone());
    let title = first_text(data, &f.title).or_else(|| first_h1.clone());
    let headline = first_text(data, &f.headline).or(first_h1).or_else(|| title.clone());
    let title = title.map(|t| match &site.title_template {
        Some(tpl) if crate::text::find_str(tpl, "%s").is_some() => crate::text::replace_str(tpl, "%s", &t),
        _ => t,
    });

    let description = match first(data, &f.description) {
        Some(Value::String(s)) => Some(markdown_to_text(s)).filter(|s| !s.is_empty()),
        Some(v) => scalar_text(v),
        None => outline.first_paragraph.as_deref().map(|p| truncate_words(p, 160)),
    };

    let keywords = first(data, &f.keywords).map(keyword_list).unwrap_or_default();

    let canonical = base
        .zip(first_text(data, &f.canonical).or_else(|| options.url.clone()))
        .and_then(|(b, url)| join(b, &url));

    let mut author = first(data, &f.author)
        .map(|v| authors(v, &absolute))
        .unwrap_or_default();
    if author.is_empty() {
        if let Some(name) = site
            .default_author
            .as_deref()
            .map(collapse_whitespace)
            .filter(|n| !n.is_empty())
        {
            author.push(Author {
                name,
                url: None,
                twitter: None,
            });
        }
    }

    let published_raw = first_text(data, &f.date_published);
    let date_published = published_raw.as_deref().and_then(iso8601);
    let date_modified = first_text(data, &f.date_modified).as_deref().and_then(iso8601);
    let date_text = published_raw.as_deref().and_then(Date::parse).map(|d| {
        let pattern = first_text(data, &f.date_format).unwrap_or_else(|| "MMMM D, YYYY".own());
        d.format(&pattern)
    });

    let image = first(data, &f.image).and_then(|v| image(v, &absolute)).or_else(|| {
        site.default_image.as_deref().and_then(&absolute).map(|src| Image {
            src,
            alt: None,
            width: None,
            height: None,
        })
    });

    let section = first(data, &f.section).and_then(|v| match v {
        Value::Array(a) => a.first().and_then(scalar_text),
        v => scalar_text(v),
    });

    let draft = matches!(data.get("draft"), Some(Value::Bool(true)));
    let robots = data
        .get("robots")
        .and_then(scalar_text)
        .or_else(|| draft.then(|| "noindex".own()));

    Meta {
        title,
        headline,
        description,
        keywords,
        canonical,
        author,
        page_type: if date_published.is_some() { "article" } else { "website" },
        date_published,
        date_modified,
        date_text,
        posted_on_text: first_text(data, &f.posted_on_text),
        image,
        section,
        question: first_text(data, &f.question),
        locale: site.locale.clone(),
        robots,
        site_name: site.name.clone(),
        alternates: ["translations", "alternates"]
            .iter()
            .find_map(|k| lookup(data, k))
            .map(|v| alternates(v, base))
            .unwrap_or_default(),
        word_count: outline.words,
        reading_minutes: crate::words::reading_minutes(outline.words, options.words_per_minute),
    }
}

/// `{fr: /fr/page}` or `[{lang: fr, url: /fr/page}]`, joined to the base; http(s) only.
fn alternates(v: &Value, base: Option<&str>) -> Vec<Alternate> {
    let entry = |lang: Option<String>, url: Option<String>| -> Option<Alternate> {
        let lang = lang.filter(|l| l.len() <= 35 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))?;
        let url = url?;
        let url = match base {
            Some(b) => join(b, &url)?,
            None => url,
        };
        crate::url::http_host(&url)?;
        Some(Alternate { lang, url })
    };
    let mut out = Vec::new();
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                out.extend(entry(Some(k.clone()), scalar_text(v)));
            }
        }
        Value::Array(a) => {
            for o in a.iter().filter_map(Value::as_object) {
                let first = |keys: [&str; 3]| keys.iter().find_map(|k| o.get(k).and_then(scalar_text));
                out.extend(entry(
                    first(["lang", "hreflang", "language"]),
                    first(["url", "href", "permalink"]),
                ));
            }
        }
        _ => {}
    }
    out
}

/// `@name`: letters, digits and `_`, at most 15, as X/Twitter allows.
pub(crate) fn is_handle(h: &str) -> bool {
    h.strip_prefix('@')
        .is_some_and(|n| !n.is_empty() && n.len() <= 15 && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
}

/// `"a, b"` or `[a, b]`, trimmed, empty entries dropped.
fn keyword_list(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |k: String| {
        if !k.is_empty() {
            out.push(k);
        }
    };
    match v {
        Value::String(s) => s.split(',').for_each(|k| add(collapse_whitespace(k))),
        Value::Array(a) => a.iter().filter_map(scalar_text).for_each(add),
        v => scalar_text(v).into_iter().for_each(add),
    }
    out
}

/// The authors of `v` (a name, an object, or a list of either). Pushed into one list rather
/// than collected at each level: the nested collects were 1.3 KB of the module before
/// wasm-opt (session 16).
fn authors(v: &Value, absolute: &dyn Fn(&str) -> Option<String>) -> Vec<Author> {
    let mut out = Vec::new();
    add_authors(v, absolute, &mut out);
    out
}

fn add_authors(v: &Value, absolute: &dyn Fn(&str) -> Option<String>, out: &mut Vec<Author>) {
    let author = match v {
        Value::Array(list) => {
            for a in list {
                add_authors(a, absolute, out);
            }
            return;
        }
        Value::Object(o) => {
            let url = o.get("url").and_then(scalar_text).and_then(|u| absolute(&u));
            let twitter = ["twitter", "x"]
                .iter()
                .find_map(|k| o.get(k).and_then(scalar_text))
                .map(|h| if h.starts_with('@') { h } else { format!("@{h}") })
                .filter(|h| is_handle(h));
            o.get("name")
                .and_then(scalar_text)
                .map(|name| Author { name, url, twitter })
        }
        v => scalar_text(v).map(|name| Author {
            name,
            url: None,
            twitter: None,
        }),
    };
    out.extend(author);
}

fn image(v: &Value, absolute: &dyn Fn(&str) -> Option<String>) -> Option<Image> {
    let dimension = |o: &Map, k: &str| o.get(k).and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok());
    match v {
        Value::String(s) => absolute(s.trim()).map(|src| Image {
            src,
            alt: None,
            width: None,
            height: None,
        }),
        Value::Object(o) => {
            let src = ["src", "url"].iter().find_map(|k| o.get(k).and_then(scalar_text))?;
            Some(Image {
                src: absolute(&src)?,
                alt: o.get("alt").and_then(scalar_text),
                width: dimension(o, "width"),
                height: dimension(o, "height"),
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::json;

    #[test]
    fn a_body_of_spaces_and_nbsp_entities_is_blank() {
        for blank in ["", " \n\t", "&nbsp;", "\n&nbsp;\n", " &nbsp; &#160;&nbsp;\u{a0}\n"] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for text in ["x", "&nbsp;x", "&nbsp", "&#160", "&nbsp;&amp;", " &nbsp; . ", "&NBSP;"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }

    /// The fast path of `markdown_to_text` gives what the parser gives, on every line of the
    /// corpus and fixtures it accepts, and declines every line with markdown in it.
    #[test]
    fn plain_lines_read_as_the_parser_reads_them() {
        let mut lines: Vec<String> = [
            "Plain words.",
            "  two  spaces\t",
            "2025 was a year",
            "a # b",
            "x - y",
            "- item",
            "#tag",
            "C'est l'été — déjà",
            "a\u{a0}b",
            "100% (ok)",
            "a: b; c, d.",
            "",
            "   ",
        ]
        .map(str::to_owned)
        .to_vec();
        let mut dirs = vec!["tests/fixtures".to_owned(), "tests/fixtures/frontmatter".to_owned()];
        dirs.extend(["qa", "docs", "html"].map(|s| format!("benches/corpus/{s}")));
        for dir in dirs {
            for entry in std::fs::read_dir(dir).unwrap().flatten().take(300) {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                lines.extend(text.lines().map(str::to_owned));
            }
        }
        let mut plain = 0;
        for line in &lines {
            let slow = rendered_text(line);
            if is_plain_line(line) {
                plain += 1;
                assert_eq!(collapse_whitespace(line), slow, "{line:?}");
            } else if ["`", "*", "[", "&", "<", "\\"].iter().any(|m| line.contains(m)) {
                assert!(!is_plain_line(line));
            }
        }
        assert!(plain > lines.len() / 3, "{plain} of {}", lines.len());
    }

    fn data(v: Value) -> Map {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn blank_body_takes_the_content_field_and_unescapes() {
        let d = data(json!({"answer": "Intro:\\n\\n1. **A**: a"}));
        let o = Options::default();
        let mut w = Vec::new();
        let c = select_content(" &nbsp;\n", &d, &o, &mut w);
        assert_eq!(c.markdown, "Intro:\n\n1. **A**: a");
        assert_eq!(c.field, Some("answer"));
        assert_eq!(
            w.iter().map(|w| w.code).collect::<Vec<_>>(),
            ["escaped-newlines", "content-from-field"]
        );
    }

    #[test]
    fn a_field_with_real_newlines_keeps_its_backslashes() {
        let d = data(json!({"content": "line one\nuse \\n in C"}));
        let o = Options::default();
        let c = select_content("", &d, &o, &mut Vec::new());
        assert_eq!(c.markdown, "line one\nuse \\n in C");
    }

    #[test]
    fn a_real_body_wins() {
        let d = data(json!({"answer": "x"}));
        let o = Options::default();
        let c = select_content("Body", &d, &o, &mut Vec::new());
        assert_eq!((c.markdown.as_ref(), c.field), ("Body", None));
    }

    #[test]
    fn resolves_authors_images_and_keywords() {
        let mut o = Options::default();
        o.site.base_url = Some("https://example.com".into());
        let d = data(json!({
            "title": "T", "author": [{"name": "Ann", "url": "/ann"}, "Bob"],
            "image": {"src": "/i.png", "alt": "An image", "width": 1200, "height": 630},
            "tags": ["a", " b ", ""], "url": "/t", "date": "2025-01-26", "draft": true,
        }));
        let m = resolve(&d, &Outline::default(), &o);
        assert_eq!(
            m.author,
            vec![
                Author {
                    name: "Ann".into(),
                    url: Some("https://example.com/ann".into()),
                    twitter: None
                },
                Author {
                    name: "Bob".into(),
                    url: None,
                    twitter: None
                }
            ]
        );
        assert_eq!(m.image.unwrap().src, "https://example.com/i.png");
        assert_eq!(m.keywords, ["a", "b"]);
        assert_eq!(m.canonical.as_deref(), Some("https://example.com/t"));
        assert_eq!(
            (m.page_type, m.robots.as_deref(), m.date_text.as_deref()),
            ("article", Some("noindex"), Some("January 26, 2025"))
        );
    }

    #[test]
    fn description_markdown_becomes_plain_text() {
        let d = data(json!({"description": "Fast *and* AT&amp;T <b>safe</b>"}));
        let m = resolve(&d, &Outline::default(), &Options::default());
        assert_eq!(m.description.as_deref(), Some("Fast and AT&T safe"));
    }
}
