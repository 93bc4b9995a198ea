//! SEO warnings for a live CMS preview: each a stable code, a sentence, and where possible the
//! line and column in the original source of what to fix.

use serde_json::{Map, Value};

use crate::document::{lookup, Meta, Warning};
use crate::markdown::Outline;
use crate::options::Options;
use crate::text::line_col;

/// Byte offsets where each line starts, for many offset → line/column lookups.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> Self {
        LineStarts(
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        )
    }

    fn position(&self, text: &str, offset: usize) -> (u32, u32) {
        let line = self.0.partition_point(|&start| start <= offset).max(1);
        let start = self.0.get(line - 1).copied().unwrap_or(0);
        let (_, column) = line_col(&text[start..], offset - start);
        (u32::try_from(line).unwrap_or(u32::MAX), column)
    }
}
use crate::url::http_host;

/// What the checks look at.
pub(crate) struct Page<'a> {
    /// The original source (positions are computed in it).
    pub source: &'a str,
    pub data: &'a Map<String, Value>,
    /// 1-based line where the body starts.
    pub content_line: u32,
    /// The markdown rendered and the field it came from (`None`: the body).
    pub content: &'a str,
    pub content_field: Option<&'a str>,
    pub outline: &'a Outline,
    pub meta: &'a Meta,
    /// Whether the article layout adds an `h1` of its own.
    pub article_h1: bool,
}

pub(crate) fn check(p: &Page<'_>, options: &Options, warnings: &mut Vec<Warning>) {
    let f = &options.fields;
    let m = p.meta;
    let at_field = |paths: &[String]| field_position(p.source, p.content_line, p.data, paths);
    let mut warn = |code: &'static str, message: String, position: Option<(u32, u32)>| {
        warnings.push(Warning {
            code,
            message,
            line: position.map(|(l, _)| l),
            column: position.map(|(_, c)| c),
        });
    };

    match m.title.as_deref() {
        None => warn(
            "title-missing",
            "the page has no title: add `title` to the front matter".into(),
            None,
        ),
        Some(t) if t.chars().count() > 60 => warn(
            "title-too-long",
            format!(
                "the title is {} characters; search results cut it after about 60",
                t.chars().count()
            ),
            at_field(&f.title),
        ),
        _ => {}
    }
    match m.description.as_deref() {
        None => warn(
            "description-missing",
            "the page has no description: add `description`".into(),
            None,
        ),
        Some(d) => {
            let n = d.chars().count();
            if n < 50 {
                warn(
                    "description-too-short",
                    format!("the description is {n} characters; aim for 50 to 160"),
                    at_field(&f.description),
                );
            } else if n > 160 {
                warn(
                    "description-too-long",
                    format!("the description is {n} characters; search results cut it after about 160"),
                    at_field(&f.description),
                );
            }
        }
    }
    if options.site.base_url.is_none() && f.canonical.iter().any(|k| lookup(p.data, k).is_some()) {
        warn(
            "no-base-url",
            "the page has a URL but no `site.baseUrl` is set, so there is no canonical URL".into(),
            at_field(&f.canonical),
        );
    }
    if let Some(raw) = f.date_published.iter().find_map(|k| lookup(p.data, k)) {
        if m.date_published.is_none() {
            warn(
                "unparseable-date",
                format!("the date {raw} is not a YYYY-MM-DD date"),
                at_field(&f.date_published),
            );
        }
    }

    // Headings: one h1, no skipped levels. Positions come from one index of line starts, so
    // a document with thousands of headings stays linear; built only when a warning needs it.
    let lines = std::cell::OnceCell::new();
    let content_at = |offset: usize| -> Option<(u32, u32)> {
        match p.content_field {
            None => {
                let (l, c) = lines
                    .get_or_init(|| LineStarts::new(p.content))
                    .position(p.content, offset);
                Some((l + p.content_line - 1, c))
            }
            Some(field) => field_position(p.source, p.content_line, p.data, &[field.to_owned()]),
        }
    };
    let mut h1s = usize::from(p.article_h1);
    let mut previous = u8::from(p.article_h1);
    for (entry, &offset) in p.outline.toc.iter().zip(&p.outline.heading_offsets) {
        if entry.level == 1 {
            h1s += 1;
            if h1s == 2 {
                warn(
                    "multiple-h1",
                    "the page has more than one h1; use ## for sections".into(),
                    content_at(offset),
                );
            }
        }
        if previous > 0 && entry.level > previous + 1 {
            warn(
                "heading-level-skipped",
                format!("\"{}\" is an h{} right after an h{}", entry.text, entry.level, previous),
                content_at(offset),
            );
        }
        previous = entry.level;
    }

    if let Some(offset) = p.outline.too_deep {
        warn(
            "too-deep-markdown",
            "markdown nests deeper than `limits.maxNesting` from here: the deeper block quotes, lists and emphasis are written as plain content".into(),
            content_at(offset),
        );
    }
    for &offset in &p.outline.images_without_alt {
        warn(
            "image-missing-alt",
            "an image has no alternative text: write it between ![ and ]".into(),
            content_at(offset),
        );
    }
    if let Some(image) = &m.image {
        if image.alt.is_none() {
            warn(
                "og-image-missing-alt",
                "the page image has no alt text: give it as `image: {src, alt}`".into(),
                at_field(&f.image),
            );
        }
        if http_host(&image.src).is_none() {
            warn(
                "relative-image-url",
                "the page image is a relative URL and no `site.baseUrl` is set: social cards need an absolute URL"
                    .into(),
                at_field(&f.image),
            );
        }
    }

    let mut seen = std::collections::HashSet::new();
    let duplicates: Vec<&str> = m
        .keywords
        .iter()
        .filter(|k| !seen.insert(k.to_lowercase()))
        .map(String::as_str)
        .collect();
    if !duplicates.is_empty() {
        warn(
            "duplicate-keywords",
            format!("repeated keywords: {}", duplicates.join(", ")),
            at_field(&f.keywords),
        );
    }
}

/// Where the first present of `paths` is written in the front matter: the line and column of
/// its (last) key. Found by reading the lines, the way a person would look for it.
fn field_position(source: &str, content_line: u32, data: &Map<String, Value>, paths: &[String]) -> Option<(u32, u32)> {
    let path = paths.iter().find(|p| lookup(data, p).is_some())?;
    let mut line_no = 0u32;
    let mut segments = path.split('.').peekable();
    let mut want = segments.next()?;
    let mut min_indent = 0usize;
    for line in source.lines() {
        line_no += 1;
        if line_no >= content_line {
            return None;
        }
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let key = trimmed.trim_start_matches(['"', '\'']);
        let is_key = key.starts_with(want) && {
            let after = key[want.len()..].trim_start_matches(['"', '\'']).trim_start();
            after.starts_with(':') || after.starts_with('=')
        };
        if line_no > 1 && is_key && indent >= min_indent {
            match segments.next() {
                Some(next) => {
                    want = next;
                    min_indent = indent + 1;
                }
                None => return Some((line_no, u32::try_from(indent).unwrap_or(0) + 1)),
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(source: &str, options: &Options) -> Vec<(&'static str, Option<u32>)> {
        crate::render(source, options)
            .unwrap()
            .warnings
            .iter()
            .map(|w| (w.code, w.line))
            .collect()
    }

    #[test]
    fn reports_each_problem_where_it_is() {
        let src = "---\ntitle: A title that goes on and on well past the sixty characters a result shows\ndescription: Short.\nkeywords: [a, b, A]\nimage: /cover.png\ndate: 26 Jan\nurl: /x\n---\n# One\n\n# Two\n\n#### Deep\n\n![](/i.png)\n";
        let found = codes(src, &Options::default());
        for expected in [
            ("title-too-long", Some(2)),
            ("description-too-short", Some(3)),
            ("no-base-url", Some(7)),
            ("unparseable-date", Some(6)),
            ("multiple-h1", Some(11)),
            ("heading-level-skipped", Some(13)),
            ("image-missing-alt", Some(15)),
            ("og-image-missing-alt", Some(5)),
            ("relative-image-url", Some(5)),
            ("duplicate-keywords", Some(4)),
        ] {
            assert!(found.contains(&expected), "{expected:?} not in {found:?}");
        }
    }

    #[test]
    fn nested_fields_are_found() {
        let src = "---\nseo:\n  title: T\n  page_description: d\n---\nbody";
        assert!(codes(src, &Options::default()).contains(&("description-too-short", Some(4))));
    }

    #[test]
    fn a_good_page_has_no_seo_warnings() {
        let mut o = Options::default();
        o.site.base_url = Some("https://example.com".into());
        let src = "---\ntitle: A good title\ndescription: A description long enough to be useful in a search result.\nimage: {src: /c.png, alt: Cover}\nurl: /good\n---\n# Good\n\n## Part\n";
        assert_eq!(codes(src, &o), []);
    }
}
