//! Stage 3: markdown → events → rewritten events → HTML.
//!
//! `parse` turns the markdown into `event`s; `autolink` finds GFM's bare URLs; observers read facts as the events
//! pass (`facts`, `links`, `words`); [`Rewrite`] applies the nesting limit (`nesting`), the URL
//! policy (`urls`) and the raw-HTML policy (`raw_html`), and gives headings unique ids
//! (`headings`); `html::write` turns the result into HTML.

pub(crate) mod event;
mod facts;
mod headings;
mod nesting;
pub(crate) mod parse;
mod raw_html;
mod urls;

use std::collections::VecDeque;
use std::ops::Range;

use crate::markdown::event::{CowStr, Event, HeadingLevel, Tag, TagEnd};
use crate::strmap::StrSet;

use self::facts::{FirstParagraph, FootnoteIds, ImagesWithoutAlt};
pub(crate) use self::headings::Heading;
use self::headings::HeadingIds;
use self::nesting::NestingLimit;
use self::raw_html::RawHtml;
pub(crate) use self::urls::DroppedUrl;
use self::urls::UrlPolicy;
use crate::autolink::Autolinks;
use crate::html;
use crate::links::{LinkCheck, LinkFacts};
use crate::observe::Observed;
use crate::options::{HtmlMode, Options};
use crate::sanitize::{sanitize, Input, Policy};
use crate::words::WordCount;

/// One heading of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    /// 1 for `#`, 6 for `######`.
    pub level: u8,
    /// The heading's `id`, prefix included.
    pub id: String,
    /// The heading as plain text.
    pub text: String,
}

/// What rendering markdown produces besides the HTML: facts the head and warnings need.
#[derive(Debug, Clone, Default)]
pub(crate) struct Outline {
    /// The headings in order: the table of contents, each with where it starts.
    pub headings: Vec<Heading>,
    /// Plain text of the first paragraph (the description fallback).
    pub first_paragraph: Option<String>,
    /// Links and images that lost their URL to the scheme policy (warned about).
    pub dropped_urls: Vec<DroppedUrl>,
    /// Footnote ids the writer makes.
    pub footnote_ids: Vec<String>,
    /// Whether the markdown holds raw HTML (which then has to be sanitized).
    pub raw_html: bool,
    /// Byte offsets of images written without alternative text.
    pub images_without_alt: Vec<usize>,
    /// Where markdown first nests deeper than `Limits::max_nesting` (flattened from there on).
    pub too_deep: Option<usize>,
    /// Words of the content (see `words`).
    pub words: usize,
    /// Fragment links and links without text.
    pub links: LinkFacts,
}

impl Outline {
    /// Every id the writer generates: headings and footnotes.
    pub(crate) fn generated_ids(&self) -> StrSet {
        self.headings
            .iter()
            .map(|h| h.entry.id.as_str())
            .chain(self.footnote_ids.iter().map(String::as_str))
            .collect()
    }

    /// Whether the content has a level-1 heading.
    pub(crate) fn has_h1(&self) -> bool {
        self.headings.iter().any(|h| h.entry.level == 1)
    }

    /// The table of contents.
    pub(crate) fn into_toc(self) -> Vec<TocEntry> {
        self.headings.into_iter().map(|h| h.entry).collect()
    }
}

/// Where the markdown sits in the file, for `Options::source_positions`.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Origin {
    /// The markdown starts on this 1-based line of the file.
    Line(u32),
    /// The markdown is a front-matter field's value, written on this line.
    Field(u32),
}

/// Render markdown to HTML under `options`' policy. The sanitizer runs only when the document
/// has raw HTML: what the writer makes from markdown alone is safe by construction. `policy` is
/// the compiled allowlist when the caller keeps one (a `Renderer`); otherwise it is compiled
/// here, and only if needed.
pub(crate) fn render(markdown: &str, origin: Origin, options: &Options, policy: Option<&Policy>) -> (String, Outline) {
    let (mut links, mut words) = (LinkCheck::default(), WordCount::default());
    let (mut first, mut alt) = (FirstParagraph::default(), ImagesWithoutAlt::default());
    let mut notes = FootnoteIds::new(&options.id_prefix);
    let parser = parse::Parser::new(markdown, parse::Extensions::new(&options.markdown));
    let events = Autolinks::new(parser, options.markdown.autolinks);
    let observers = ((&mut links, &mut words), (&mut first, (&mut alt, &mut notes)));
    let mut rewrite = Rewrite::new(Observed::new(events, observers), options);
    let lines = options.source_positions.then(|| html::Lines::new(markdown, origin));
    let html = html::write(&mut rewrite, markdown.len(), lines, options);
    // Consumes the rewrite, so the parser's tree (several times the markdown) is freed
    // before the sanitizer makes its copy of the HTML.
    let rewritten = rewrite.into_outline();
    let outline = Outline {
        first_paragraph: first.text,
        footnote_ids: notes.ids,
        images_without_alt: alt.offsets,
        words: words.count(),
        links: links.into_facts(),
        ..rewritten
    };
    if options.html != HtmlMode::Sanitize || !outline.raw_html {
        return (html, outline);
    }
    let html = match policy {
        Some(p) => sanitize(&html, p, Input::Content(&outline.generated_ids())),
        None => sanitize(&html, &Policy::new(options), Input::Content(&outline.generated_ids())),
    };
    (html, outline)
}

/// The rewrite stage: an iterator of events over an iterator of events, each job a part of
/// its own (one adapter per job would cost a layer each: measured at 5–9 % of the whole
/// render per layer, the moves of every event through it).
pub(crate) struct Rewrite<'a, 'o, I> {
    inner: I,
    /// A heading read whole, being handed out, and where it starts in the markdown.
    queue: VecDeque<Event<'a>>,
    queued_at: usize,
    /// Where the event being rewritten starts in the markdown.
    offset: usize,
    nesting: NestingLimit,
    urls: UrlPolicy<'o>,
    raw_html: RawHtml,
    headings: HeadingIds<'o>,
}

impl<'a, 'o, I: Iterator<Item = (Event<'a>, Range<usize>)>> Rewrite<'a, 'o, I> {
    fn new(inner: I, options: &'o Options) -> Self {
        Rewrite {
            inner,
            queue: VecDeque::new(),
            queued_at: 0,
            offset: 0,
            nesting: NestingLimit::new(options.limits.max_nesting),
            urls: UrlPolicy::new(options),
            raw_html: RawHtml::new(options.html),
            headings: HeadingIds::new(options),
        }
    }

    /// What the rewrite found: the headings, the dropped URLs, whether there was raw HTML,
    /// where nesting went too deep.
    fn into_outline(self) -> Outline {
        Outline {
            headings: self.headings.headings,
            dropped_urls: self.urls.dropped,
            raw_html: self.raw_html.seen,
            too_deep: self.nesting.too_deep,
            ..Outline::default()
        }
    }

    /// The next event of the parser, remembering where it starts.
    fn pull(&mut self) -> Option<Event<'a>> {
        let (event, range) = self.inner.next()?;
        self.offset = range.start;
        Some(event)
    }

    /// Read a whole heading, so its id can be made from its text before it is written.
    fn heading(&mut self, level: HeadingLevel, custom_id: Option<CowStr<'a>>) {
        let mut body = Vec::new();
        let mut text = String::new();
        let start = self.offset;
        while let Some(event) = self.pull() {
            if matches!(event, Event::End(TagEnd::Heading(_))) {
                break;
            }
            if let Some(e) = self.rewrite(event) {
                if let Event::Text(t) | Event::Code(t) = &e {
                    text.push_str(t);
                }
                body.push(e);
            }
        }
        self.queued_at = start;
        self.headings
            .write((level, start), custom_id.as_deref(), &text, body, &mut self.queue);
    }

    /// Apply the policies to one event; `None` drops it.
    fn rewrite(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        if !self.nesting.admit(&event, self.offset) {
            // A flattened item still starts a line, so items' text does not run together.
            return matches!(event, Event::Start(Tag::Item)).then_some(Event::SoftBreak);
        }
        let event = self.urls.apply(event, self.offset)?;
        self.raw_html.apply(event)
    }
}

/// Each event with the offset in the markdown where what it belongs to starts.
impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Iterator for Rewrite<'a, '_, I> {
    type Item = (Event<'a>, usize);

    fn next(&mut self) -> Option<(Event<'a>, usize)> {
        loop {
            if let Some(e) = self.queue.pop_front() {
                return Some((e, self.queued_at));
            }
            match self.pull()? {
                Event::Start(Tag::Heading { level, id, .. }) => self.heading(level, id),
                other => {
                    if let Some(e) = self.rewrite(other) {
                        return Some((e, self.offset));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(src: &str, options: &Options) -> (String, Outline) {
        super::render(src, Origin::Line(1), options, None)
    }

    fn escaped(src: &str) -> String {
        let mut o = Options::default();
        o.html = HtmlMode::Escape;
        render(src, &o).0
    }

    #[test]
    fn custom_heading_ids_are_slugged_prefixed_unique_and_followed() {
        let mut o = Options::default();
        o.markdown.heading_ids = true;
        o.markdown.heading_anchors = true;
        o.id_prefix = "u-".into();
        let src = "# One {#start}\n\n## Two {#start .wide data-x=1}\n\n## Three {#Mixed&Case\"x}\n\n[back](#start)";
        let (html, outline) = render(src, &o);
        let ids: Vec<&str> = outline.headings.iter().map(|h| h.entry.id.as_str()).collect();
        assert_eq!(ids, ["u-start", "u-start-1", "u-mixedcasex"]);
        assert!(
            html.contains(r##"<h1 id="u-start">One<a href="#u-start">#</a></h1>"##),
            "{html}"
        );
        assert!(html.contains(r##"<a href="#u-start">back</a>"##), "{html}");
        assert!(!html.contains("wide") && !html.contains("data-x"), "{html}");
        // Off (the default), the braces are text and the id is the slug of all of it.
        let (html, _) = render("## Two {#start}", &Options::default());
        assert_eq!(html, "<h2 id=\"two-start\">Two {#start}</h2>\n");
    }

    #[test]
    fn heading_ids_are_unique_and_collected() {
        let (html, outline) = render("# Intro\n## Intro\n## Intro-1\n### `code` *em*", &Options::default());
        assert!(html.contains(r#"<h1 id="intro">Intro</h1>"#), "{html}");
        assert!(html.contains(r#"<h2 id="intro-1">Intro</h2>"#), "{html}");
        assert!(html.contains(r#"<h2 id="intro-1-1">Intro-1</h2>"#), "{html}");
        let ids: Vec<_> = outline
            .into_toc()
            .into_iter()
            .map(|t| (t.level, t.id, t.text))
            .collect();
        assert_eq!(ids[3], (3, "code-em".into(), "code em".into()));
    }

    #[test]
    fn raw_html_escaped_with_comments_dropped() {
        let html = escaped("Hi <b onclick=x>there</b>\n\n<div>\nblock\n</div>\n\n<!-- secret -->\n");
        assert!(html.contains("&lt;b onclick=x&gt;there&lt;/b&gt;"), "{html}");
        assert!(html.contains("<p>&lt;div&gt;\nblock\n&lt;/div&gt;\n</p>"), "{html}");
        assert!(!html.contains("secret"), "{html}");
    }

    #[test]
    fn raw_html_is_sanitized_by_default_as_a_whole() {
        // The attribute opened in one HTML block closes in the next, with writer output between.
        let (html, o) = render(
            "<div title=\"\n\n<b class=\"x\">*hi* <img src=x onerror=alert(1)></b>",
            &Options::default(),
        );
        assert!(o.raw_html);
        assert_eq!(html, "<div title=\"\n&lt;p&gt;&lt;b class=\"><em>hi</em> <img src=\"x\" decoding=\"async\" fetchpriority=\"high\">\n</div>");
        // An attribute that never closes swallows the rest, in a browser and here.
        let (html, _) = render(
            "ok\n\n<details title=\"\n\nx\" open ontoggle=alert(1)>\n\n*hi*",
            &Options::default(),
        );
        assert_eq!(html, "<p>ok</p>\n");
        let (plain, o) = render("no *raw* html", &Options::default());
        assert!(!o.raw_html);
        assert_eq!(plain, "<p>no <em>raw</em> html</p>\n");
    }

    #[test]
    fn strip_and_trusted_modes() {
        let mut o = Options::default();
        o.html = HtmlMode::Strip;
        assert_eq!(render("a <b>c</b>", &o).0, "<p>a c</p>\n");
        o.html = HtmlMode::Trusted;
        assert_eq!(render("a <b>c</b>", &o).0, "<p>a <b>c</b></p>\n");
    }

    #[test]
    fn unsafe_links_keep_their_text_only() {
        let (html, outline) = render(
            "[click](javascript:alert(1)) ![x](data:image/png;base64,AA) <vbscript:x>",
            &Options::default(),
        );
        assert!(
            !html.contains("javascript") && !html.contains("data:") && !html.contains("href=\"vbscript"),
            "{html}"
        );
        assert!(html.contains("click"));
        let schemes: Vec<_> = outline
            .dropped_urls
            .iter()
            .map(|d| (d.scheme.as_deref(), d.image))
            .collect();
        assert_eq!(
            schemes,
            [
                (Some("javascript"), false),
                (Some("data"), true),
                (Some("vbscript"), false)
            ]
        );
    }

    #[test]
    fn listed_schemes_match_in_any_case_in_markdown_and_raw_html_alike() {
        let mut options = Options::default();
        options.sanitize.link_schemes.push(" FTP ".into());
        let (html, _) = render("[a](ftp://x/a) <a href=\"Ftp://x/b\">b</a>", &options);
        assert_eq!(html, "<p><a href=\"ftp://x/a\">a</a> <a href=\"Ftp://x/b\">b</a></p>\n");
    }

    #[test]
    fn optional_extensions() {
        let mut o = Options::default();
        o.markdown.math = true;
        o.markdown.definition_lists = true;
        o.markdown.heading_anchors = true;
        o.markdown.smart_punctuation = true;
        let (html, _) = render("# Title\n\n$x^2$ and \"quotes\" -- dash\n\nTerm\n: Definition", &o);
        assert!(
            html.contains(r##"<h1 id="title">Title<a href="#title">#</a></h1>"##),
            "{html}"
        );
        assert!(html.contains(r#"<span class="math math-inline">x^2</span>"#), "{html}");
        assert!(html.contains("“quotes” – dash"), "{html}");
        assert!(
            html.contains("<dl>\n<dt>Term</dt>\n<dd>Definition</dd>\n</dl>"),
            "{html}"
        );
        let (plain, _) = render("$x$\n\nTerm\n: Def", &Options::default());
        assert_eq!(plain, "<p>$x$</p>\n<p>Term\n: Def</p>\n");
    }

    #[test]
    fn images_get_sizes_and_one_eager_image_through_both_paths() {
        let mut o = Options::default();
        o.images.insert("/a.png", crate::ImageSize::new(40, 30).unwrap());
        // Markdown only: the writer's rule.
        let (html, _) = render("![a](/a.png) ![b](/a.png)", &o);
        assert_eq!(
            html,
            "<p><img src=\"/a.png\" alt=\"a\" width=\"40\" height=\"30\" decoding=\"async\" fetchpriority=\"high\"> \
             <img src=\"/a.png\" alt=\"b\" width=\"40\" height=\"30\" loading=\"lazy\" decoding=\"async\"></p>\n"
        );
        // A raw image first: it is the page's first image, the markdown one is lazy; an
        // author's own size and loading are kept.
        let (html, _) = render(
            "<img src=\"/a.png\"> ![m](/a.png) <img src=/a.png width=1 loading=eager>",
            &o,
        );
        assert_eq!(
            html,
            "<p><img src=\"/a.png\" width=\"40\" height=\"30\" decoding=\"async\" fetchpriority=\"high\"> \
             <img src=\"/a.png\" alt=\"m\" width=\"40\" height=\"30\" decoding=\"async\" loading=\"lazy\"> \
             <img src=\"/a.png\" width=\"1\" loading=\"eager\" decoding=\"async\"></p>\n"
        );
    }

    #[test]
    fn words_reach_the_meta_and_the_json_ld() {
        let page = crate::render(
            "---\ntitle: T\ndate: 2025-01-26\n---\n# Title\n\n一二三 and `some code` ![not counted](x.png)",
            &Options::default(),
        )
        .unwrap();
        assert_eq!((page.meta.word_count, page.meta.reading_minutes), (7, 1));
        assert!(page.head.contains(r#""wordCount":7"#), "{}", page.head);
        let undated = crate::render("# Title", &Options::default()).unwrap();
        assert!(!undated.head.contains("wordCount"), "{}", undated.head);
    }

    #[test]
    fn first_paragraph_is_plain_text() {
        let (_, o) = render(
            "# T\n\nSome *emphasis* and `code`\nwrapped &amp; more.\n\nSecond.",
            &Options::default(),
        );
        assert_eq!(
            o.first_paragraph.as_deref(),
            Some("Some emphasis and code wrapped & more.")
        );
    }
}
