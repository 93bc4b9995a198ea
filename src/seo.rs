//! SEO warnings for a live CMS preview: each a stable code, a sentence, and where possible the
//! line and column in the original source of what to fix.

use crate::text::Own;
use crate::value::Map;

use crate::document::{lookup, Meta, Warning};
use crate::error::WarningCode;
use crate::frontmatter::Positions;
use crate::markdown::Outline;
use crate::options::{HtmlMode, Options};
use crate::text::LineStarts;

use crate::url::http_host;

/// What the checks look at.
pub(crate) struct Page<'a> {
    pub data: &'a Map,
    /// Where each key of `data` is written.
    pub positions: &'a Positions,
    /// 1-based line where the body starts.
    pub content_line: u32,
    /// The markdown rendered and the field it came from (`None`: the body).
    pub content: &'a str,
    pub content_field: Option<&'a str>,
    pub outline: &'a Outline,
    /// The content's HTML (the ids `#fragment` links may reach).
    pub html: &'a str,
    pub meta: &'a Meta,
    /// Whether the article layout adds an `h1` of its own.
    pub article_h1: bool,
}

/// Run every check on the page, in the order an author reads the file: front matter first.
pub(crate) fn check(p: &Page<'_>, options: &Options, warnings: &mut Vec<Warning>) {
    let mut c = Checks {
        p,
        options,
        warnings,
        lines: std::cell::OnceCell::new(),
    };
    c.title_and_description();
    c.front_matter_urls_and_dates();
    c.page_image();
    c.keywords();
    c.headings();
    c.content();
    c.links();
}

/// One page's checks, each group a method; positions are looked up only when a warning needs
/// one.
struct Checks<'c, 'p> {
    p: &'c Page<'p>,
    options: &'c Options,
    warnings: &'c mut Vec<Warning>,
    /// Line starts of the content, built on the first position asked of it, so a document with
    /// thousands of warnings stays linear.
    lines: std::cell::OnceCell<LineStarts>,
}

impl Checks<'_, '_> {
    // Out of line: LLVM copied it into 18 callers, 1.9 KB of code before wasm-opt (session 15).
    #[inline(never)]
    fn warn(&mut self, code: WarningCode, message: String, position: Option<(u32, u32)>) {
        self.warnings.push(Warning {
            code,
            message,
            line: position.map(|(l, _)| l),
            column: position.map(|(_, c)| c),
        });
    }

    /// Where the first of `paths` present in the front matter is written.
    // Out of line: LLVM copied it into 8 callers, 1.4 KB of code before wasm-opt (session 15).
    #[inline(never)]
    fn at_field(&self, paths: &[String]) -> Option<(u32, u32)> {
        let path = paths.iter().find(|p| lookup(self.p.data, p).is_some())?;
        self.p.positions.get(path)
    }

    /// The line and column in the original file of a byte offset in the content; the
    /// content field's own position when the content came from one.
    fn content_at(&self, offset: usize) -> Option<(u32, u32)> {
        let p = self.p;
        match p.content_field {
            None => {
                let (l, c) = self
                    .lines
                    .get_or_init(|| LineStarts::new(p.content))
                    .position(p.content, offset);
                Some((l + p.content_line - 1, c))
            }
            Some(field) => self.at_field(&[field.own()]),
        }
    }

    fn title_and_description(&mut self) {
        let (f, m) = (&self.options.fields, self.p.meta);
        match m.title.as_deref() {
            None => self.warn(
                WarningCode::TitleMissing,
                "the page has no title: add `title` to the front matter".own(),
                None,
            ),
            Some(t) if t.chars().count() > 60 => self.warn(
                WarningCode::TitleTooLong,
                format!(
                    "the title is {} characters; search results cut it after about 60",
                    t.chars().count()
                ),
                self.at_field(&f.title),
            ),
            _ => {}
        }
        let Some(n) = m.description.as_deref().map(|d| d.chars().count()) else {
            return self.warn(
                WarningCode::DescriptionMissing,
                "the page has no description: add `description`".own(),
                None,
            );
        };
        if n < 50 {
            self.warn(
                WarningCode::DescriptionTooShort,
                format!("the description is {n} characters; aim for 50 to 160"),
                self.at_field(&f.description),
            );
        } else if n > 160 {
            self.warn(
                WarningCode::DescriptionTooLong,
                format!("the description is {n} characters; search results cut it after about 160"),
                self.at_field(&f.description),
            );
        }
    }

    fn front_matter_urls_and_dates(&mut self) {
        let (f, p) = (&self.options.fields, self.p);
        if self.options.site.base_url.is_none() && f.canonical.iter().any(|k| lookup(p.data, k).is_some()) {
            self.warn(
                WarningCode::NoBaseUrl,
                "the page has a URL but no `site.baseUrl` is set, so there is no canonical URL".own(),
                self.at_field(&f.canonical),
            );
        }
        if let Some(raw) = f.date_published.iter().find_map(|k| lookup(p.data, k)) {
            if p.meta.date_published.is_none() {
                self.warn(
                    WarningCode::UnparseableDate,
                    format!("the date {raw} is not a YYYY-MM-DD date"),
                    self.at_field(&f.date_published),
                );
            }
        }
    }

    fn page_image(&mut self) {
        let Some(image) = &self.p.meta.image else {
            return;
        };
        let at = self.at_field(&self.options.fields.image);
        if image.alt.is_none() {
            self.warn(
                WarningCode::OgImageMissingAlt,
                "the page image has no alt text: give it as `image: {src, alt}`".own(),
                at,
            );
        }
        if http_host(&image.src).is_none() {
            self.warn(
                WarningCode::RelativeImageUrl,
                "the page image is a relative URL and no `site.baseUrl` is set: social cards need an absolute URL"
                    .into(),
                at,
            );
        }
    }

    fn keywords(&mut self) {
        // Case folded per character, with the runs the heading slugs use (`str::to_lowercase`
        // brings a 4 KB routine and core's 11 KB table into the module), and final sigma
        // folded as Unicode's case folding does, so `ΟΔΟΣ` repeats `οδος`.
        let mut seen = crate::strmap::StrSet::default();
        let duplicates: Vec<&str> = self
            .p
            .meta
            .keywords
            .iter()
            .filter(|k| !seen.insert_owned(crate::text::fold_case(k)))
            .map(String::as_str)
            .collect();
        if !duplicates.is_empty() {
            self.warn(
                WarningCode::DuplicateKeywords,
                format!("repeated keywords: {}", duplicates.join(", ")),
                self.at_field(&self.options.fields.keywords),
            );
        }
    }

    /// One h1, no skipped levels.
    fn headings(&mut self) {
        let p = self.p;
        let mut h1s = usize::from(p.article_h1);
        let mut previous = u8::from(p.article_h1);
        for crate::markdown::Heading { entry, offset } in &p.outline.headings {
            let offset = *offset;
            if entry.level == 1 {
                h1s += 1;
                if h1s == 2 {
                    self.warn(
                        WarningCode::MultipleH1,
                        "the page has more than one h1; use ## for sections".own(),
                        self.content_at(offset),
                    );
                }
            }
            if previous > 0 && entry.level > previous + 1 {
                self.warn(
                    WarningCode::HeadingLevelSkipped,
                    format!("\"{}\" is an h{} right after an h{}", entry.text, entry.level, previous),
                    self.content_at(offset),
                );
            }
            previous = entry.level;
        }
    }

    fn content(&mut self) {
        let outline = self.p.outline;
        if let Some(offset) = outline.too_deep {
            self.warn(
                WarningCode::TooDeepMarkdown,
                "markdown nests deeper than `limits.maxNesting` from here: the deeper block quotes, lists and emphasis are written as plain content".own(),
                self.content_at(offset),
            );
        }
        for &offset in &outline.images_without_alt {
            self.warn(
                WarningCode::ImageMissingAlt,
                "an image has no alternative text: write it between ![ and ]".own(),
                self.content_at(offset),
            );
        }
    }

    fn links(&mut self) {
        let outline = self.p.outline;
        for dropped in &outline.dropped_urls {
            let (what, option) = if dropped.image {
                ("an image", "sanitize.imageSchemes")
            } else {
                ("a link", "sanitize.linkSchemes")
            };
            let scheme = dropped.scheme.as_deref().unwrap_or_default();
            self.warn(
                WarningCode::UnsafeUrlDropped,
                format!(
                    "{what} to a `{scheme}:` URL was dropped (its text is kept): `{option}` does not allow `{scheme}`"
                ),
                self.content_at(dropped.offset),
            );
        }
        for &offset in &outline.links.empty {
            self.warn(
                WarningCode::EmptyLinkText,
                "a link has no text: write what it leads to between [ and ]".own(),
                self.content_at(offset),
            );
        }
        if outline.links.fragments.is_empty() {
            return;
        }
        let ids = crate::links::ids_in(self.p.html);
        let prefix = &self.options.id_prefix;
        // Where each link lands, the way the rewrite stage and then the sanitizer send it: the
        // id prefix first; then, when the sanitizer ran, the raw-HTML prefix for an id the
        // writer did not make (raw HTML's ids get it too).
        let sanitized = self.options.html == HtmlMode::Sanitize && outline.raw_html;
        let generated = if sanitized {
            outline.generated_ids()
        } else {
            Default::default()
        };
        let raw_prefix = crate::sanitize::raw_id_prefix(self.options);
        for (offset, fragment) in &outline.links.fragments {
            let mut target = format!("{prefix}{fragment}");
            if sanitized {
                target = crate::sanitize::raw_html_id(&target, generated.contains(&target), raw_prefix);
            }
            // `#top` scrolls to the top of a page with no element of that id (HTML's
            // "indicated part of the document").
            let found = crate::text::eq_ascii_case(fragment.as_bytes(), b"top") || ids.contains(target.as_str());
            if !found {
                self.warn(
                    WarningCode::BrokenFragmentLink,
                    format!("the link to #{fragment} matches no heading or footnote id on the page"),
                    self.content_at(*offset),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(source: &str, options: &Options) -> Vec<(&'static str, Option<u32>)> {
        crate::render(source, options)
            .unwrap()
            .warnings
            .iter()
            .map(|w| (w.code.as_str(), w.line))
            .collect()
    }

    /// Keywords repeat whatever their case, in any script; the warning names the repeats as
    /// written.
    #[test]
    fn keywords_repeat_in_any_case() {
        let page = crate::render(
            "---\nkeywords: [Ärzte, ÄRZTE, ärzte, Ärztin, οδος, ΟΔΟΣ]\n---\n",
            &Options::default(),
        )
        .unwrap();
        let repeats: Vec<&str> = page
            .warnings
            .iter()
            .filter(|w| w.code == WarningCode::DuplicateKeywords)
            .map(|w| w.message.as_str())
            .collect();
        assert_eq!(repeats, ["repeated keywords: ÄRZTE, ärzte, ΟΔΟΣ"]);
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
    fn link_warnings_name_the_line() {
        let src = "---\ntitle: Links\n---\n# Intro\n\n[ok](#intro) [top](#TOP) [note](#fn-n)[^n]\n\n[gone](#nowhere) [](/empty)\n\n[x](javascript:alert(1)) ![y](data:image/png;base64,AA)\n\n[^n]: A note.\n";
        let page = crate::render(src, &Options::default()).unwrap();
        let found: Vec<_> = page
            .warnings
            .iter()
            .filter(|w| w.code.as_str().contains("link") || w.code.as_str().contains("url"))
            .map(|w| (w.code.as_str(), w.line, w.column))
            .collect();
        assert_eq!(
            found,
            [
                ("unsafe-url-dropped", Some(10), Some(1)),
                ("unsafe-url-dropped", Some(10), Some(26)),
                ("empty-link-text", Some(8), Some(18)),
                ("broken-fragment-link", Some(8), Some(1)),
            ]
        );
        let messages: Vec<&str> = page.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("`javascript:`") && m.contains("sanitize.linkSchemes")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("`data:`") && m.contains("sanitize.imageSchemes")),
            "{messages:?}"
        );
        assert!(messages.iter().any(|m| m.contains("#nowhere")), "{messages:?}");
    }

    #[test]
    fn fragments_follow_prefixes_raw_ids_and_custom_ids() {
        let mut o = Options::default();
        o.markdown.heading_ids = true;
        let src = "## Setup {#install}\n\n<a id=\"raw\"></a>\n\n[a](#install) [b](#raw) [c](#setup)";
        let broken: Vec<_> = codes(src, &o)
            .into_iter()
            .filter(|(c, _)| *c == "broken-fragment-link")
            .collect();
        assert_eq!(broken, [("broken-fragment-link", Some(5))]);
        // Trusted raw HTML keeps its ids unprefixed, while the link gets the prefix: broken.
        o.id_prefix = "u-".into();
        o.html = HtmlMode::Trusted;
        let found = codes(
            "<p id=raw></p>\n\n# Hi\n\n[a](#hi) [b](#raw) [c](#caf%C3%A9)\n\n## Café",
            &o,
        );
        let broken: Vec<_> = found
            .into_iter()
            .filter(|(c, _)| *c == "broken-fragment-link")
            .collect();
        assert_eq!(broken, [("broken-fragment-link", Some(5))]);
    }

    #[test]
    fn nested_fields_are_found() {
        let src = "---\nseo:\n  title: T\n  page_description: d\n---\nbody";
        assert!(codes(src, &Options::default()).contains(&("description-too-short", Some(4))));
        // Under a TOML table, and where a line-by-line search would stop at another `title`.
        let src = "+++\ntitle = 'A page title long enough'\n[seo]\npage_description = 'd'\n+++\nbody";
        assert!(codes(src, &Options::default()).contains(&("description-too-short", Some(4))));
        let src = "---\nauthor:\n  page_description: Dr\nseo: {page_description: d}\n---\nbody";
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
