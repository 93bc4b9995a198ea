//! The one place for options: the whole policy of a render, with safe defaults.
//!
//! Start from `Options::default()` and change what you need. (From JavaScript the same options
//! are a plain object with camelCase keys, `{ site: { baseUrl: "https://example.com" } }`, read
//! by the binding.)

use crate::text::Own;
use crate::NameMap;
use std::num::NonZeroU32;

/// Everything a render can be told. Safe by default: raw HTML in markdown is sanitized by an
/// allowlist, unsafe URL schemes are dropped, hostile front matter is bounded by [`Limits`].
///
/// ```
/// let mut options = pagemark::Options::default();
/// options.site.base_url = Some("https://example.com".into());
/// options.site.title_template = Some("%s | Example".into());
/// let page = pagemark::render("---\ntitle: Hello\nurl: /hello\n---\nHi.", &options).unwrap();
/// assert!(page.head.contains(r#"<link rel="canonical" href="https://example.com/hello">"#));
/// assert!(page.head.contains("<title>Hello | Example</title>"));
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// Facts about the site the page belongs to.
    pub site: Site,
    /// This page's URL when its front matter names none (the `fields.canonical` list:
    /// `canonical`, `canonical_url`, `url`, `permalink`): relative to `site.base_url`, or absolute.
    /// It becomes the canonical link, `og:url` and the breadcrumbs' source. For a build tool,
    /// which knows where it writes each page; none by default (a page then has no canonical URL
    /// unless its front matter gives one).
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.site.base_url = Some("https://example.com/docs/".into());
    /// options.url = Some("guide/install/".into());
    /// let page = pagemark::render("# Install", &options).unwrap();
    /// assert_eq!(page.meta.canonical.as_deref(), Some("https://example.com/docs/guide/install/"));
    /// // The front matter's own URL wins.
    /// let page = pagemark::render("---\nurl: /setup/\n---\n# Install", &options).unwrap();
    /// assert_eq!(page.meta.canonical.as_deref(), Some("https://example.com/setup/"));
    /// ```
    pub url: Option<String>,
    /// What happens to raw HTML written in the markdown.
    pub html: HtmlMode,
    /// Whether `html` is the content alone or a complete article.
    pub layout: Layout,
    /// Front-matter fields that hold the content when the body is blank, first present wins.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.content_fields = vec!["text".into()];
    /// let page = pagemark::render("---\ntext: \"*hi*\"\n---\n", &options).unwrap();
    /// assert!(page.html.contains("<em>hi</em>"));
    /// ```
    pub content_fields: Vec<String>,
    /// Where each piece of `meta` is looked up in the front matter.
    pub fields: FieldMap,
    /// Markdown extensions.
    pub markdown: MarkdownOptions,
    /// Prefix for every generated id and the `#fragment` links that point at them, e.g.
    /// `"user-content-"`, so content ids cannot clobber the host page's.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.id_prefix = "user-content-".into();
    /// let html = pagemark::render_markdown("# Intro\n[up](#intro)", &options).unwrap();
    /// assert!(html.contains(r#"id="user-content-intro""#));
    /// assert!(html.contains(r##"href="#user-content-intro""##));
    /// ```
    pub id_prefix: String,
    /// The line that ends the excerpt in the body (`excerpt` is the text before it).
    pub excerpt_separator: String,
    /// Add `nofollow ugc` to the `rel` of external links (user-generated content).
    pub nofollow_external: bool,
    /// Resolve relative link and image URLs in the content against `site.base_url` (for
    /// feeds, emails and pages served elsewhere).
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.site.base_url = Some("https://example.com/blog/".into());
    /// options.absolute_urls = true;
    /// let html = pagemark::render_markdown("[a](post) ![i](/i.png) [#](#top)", &options).unwrap();
    /// assert!(html.contains(r#"href="https://example.com/blog/post""#));
    /// assert!(html.contains(r#"src="https://example.com/i.png""#));
    /// assert!(html.contains(r##"href="#top""##));
    /// ```
    pub absolute_urls: bool,
    /// Mark every block made from markdown (paragraphs, headings, lists and items, block
    /// quotes and alerts, code blocks, tables and rows, rules, footnote definitions, definition
    /// lists) with `data-line`: the 1-based line of the original file where the block starts,
    /// front matter counted; for content taken from a front-matter field, that field's line.
    /// For an editor's scroll sync. Off by default, and the output is then unchanged.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.source_positions = true;
    /// let page = pagemark::render("---\ntitle: T\n---\n# Hi\n\nText\n", &options).unwrap();
    /// assert_eq!(page.html, "<h1 data-line=\"4\" id=\"hi\">Hi</h1>\n<p data-line=\"6\">Text</p>\n");
    /// ```
    pub source_positions: bool,
    /// The allowlist applied to raw HTML (`html: Sanitize`) and by `sanitize_html`.
    pub sanitize: SanitizeOptions,
    /// Which JSON-LD the head carries.
    pub structured_data: StructuredData,
    /// Bounds on hostile input.
    pub limits: Limits,
    /// Reading speed for `meta.reading_minutes`, in words a minute (each Chinese or Japanese
    /// character counts as a word). Default 230, the average adult's silent reading of
    /// non-fiction (Brysbaert 2019, 238); zero is refused by its type.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.words_per_minute = std::num::NonZeroU32::new(100).unwrap();
    /// let page = pagemark::render(&"word ".repeat(250), &options).unwrap();
    /// assert_eq!((page.meta.word_count, page.meta.reading_minutes), (250, 3));
    /// ```
    pub words_per_minute: NonZeroU32,
    /// Width and height of images, by URL (as written in the markdown, or resolved against
    /// `site.base_url`): markdown images and raw `<img>` without both attributes get them, so
    /// the page does not shift as images load. Empty by default.
    ///
    /// Whatever this map holds, the first image of the content loads at once with
    /// `fetchpriority="high"` (it is often the largest paint) and the others lazily.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.images.insert("/cover.png", pagemark::ImageSize::new(1200, 630).unwrap());
    /// let html = pagemark::render_markdown("![Cover](/cover.png)\n\n![Plot](/plot.png)", &options).unwrap();
    /// assert!(html.contains(r#"<img src="/cover.png" alt="Cover" width="1200" height="630" decoding="async" fetchpriority="high">"#), "{html}");
    /// assert!(html.contains(r#"<img src="/plot.png" alt="Plot" loading="lazy" decoding="async">"#), "{html}");
    /// ```
    pub images: NameMap<ImageSize>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            site: Site::default(),
            url: None,
            html: HtmlMode::default(),
            layout: Layout::default(),
            content_fields: vec!["content".own(), "answer".own(), "body".own()],
            fields: FieldMap::default(),
            markdown: MarkdownOptions::default(),
            id_prefix: String::new(),
            excerpt_separator: "<!--more-->".own(),
            nofollow_external: false,
            absolute_urls: false,
            source_positions: false,
            structured_data: StructuredData::default(),
            sanitize: SanitizeOptions::default(),
            limits: Limits::default(),
            words_per_minute: NonZeroU32::new(230).unwrap_or(NonZeroU32::MIN),
            images: NameMap::new(),
        }
    }
}

/// An image's intrinsic size in CSS pixels, for [`Options::images`]. Neither may be zero (an
/// image of no area is a mistake in the map, refused when the options are read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImageSize {
    /// Width in pixels.
    pub width: NonZeroU32,
    /// Height in pixels.
    pub height: NonZeroU32,
}

impl ImageSize {
    /// `None` when either side is zero.
    pub fn new(width: u32, height: u32) -> Option<Self> {
        Some(ImageSize {
            width: NonZeroU32::new(width)?,
            height: NonZeroU32::new(height)?,
        })
    }
}

/// Facts about the site, used by the head and for absolute URLs.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Site {
    /// The site's name: `og:site_name` and the JSON-LD publisher.
    pub name: Option<String>,
    /// Absolute base URL (`https://example.com`); relative URLs in the head are joined to it.
    /// Without it there is no canonical URL (and a warning says so).
    pub base_url: Option<String>,
    /// `<title>` template where `%s` stands for the page title, e.g. `"%s | Example"`.
    pub title_template: Option<String>,
    /// `og:locale` and `<html lang>`-style locale, e.g. `"en_US"`.
    pub locale: Option<String>,
    /// The site's Twitter/X handle, `@example`.
    pub twitter_site: Option<String>,
    /// Image used when the page names none.
    pub default_image: Option<String>,
    /// The publisher's logo for JSON-LD.
    pub logo: Option<String>,
    /// Author used when the page names none.
    pub default_author: Option<String>,
}

impl Site {
    /// `url` joined to the base URL; `None` without a base URL (a relative URL in the head
    /// would mean nothing to a crawler) or when `url`'s scheme is not http(s).
    pub(crate) fn absolute(&self, url: &str) -> Option<String> {
        crate::url::join(self.base_url.as_deref()?, url)
    }
}

/// What to do with raw HTML inside the markdown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum HtmlMode {
    /// Keep what the [`SanitizeOptions`] allowlist allows, drop the rest. Safe; the default.
    /// The whole output is sanitized at once (raw HTML arrives in fragments that only make sense
    /// together), and only when the document has raw HTML at all.
    #[default]
    Sanitize,
    /// Show it as text: `<b>` appears literally. Safe.
    Escape,
    /// Remove it. Safe.
    Strip,
    /// Pass it through untouched. **Unsafe** for content you did not write yourself: only for
    /// an author's own files at build time.
    Trusted,
}

/// The JSON-LD in the head.
///
/// Google shows no rich result for a site-written single answer (QAPage is for forums where
/// users answer) nor, since May 2026, for FAQs: so those are only emitted when asked for.
///
/// ```
/// let mut options = pagemark::Options::default();
/// options.structured_data = pagemark::StructuredData::QaPage;
/// let page = pagemark::render("---\nquestion: Why?\nanswer: Because.\n---\n", &options).unwrap();
/// assert!(page.head.contains(r#""@type":"QAPage""#));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum StructuredData {
    /// `Article` for a dated page (`WebPage` otherwise) and a `BreadcrumbList` from the URL.
    #[default]
    Auto,
    /// A `QAPage` whose question is the `question` field and whose answer is the content.
    QaPage,
    /// A `FAQPage` with the question and its answer.
    FaqPage,
    /// No JSON-LD at all.
    Off,
}

/// The shape of `Page::html`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Layout {
    /// `Article` when the content came from a front-matter field (a Q&A page), else `Content`.
    #[default]
    Auto,
    /// A complete `<article>`: headline, byline with the formatted date, question, content.
    /// The headline is the header's `<h1>` unless the content has an h1 of its own (a page has
    /// one h1; the header then keeps the byline).
    Article,
    /// The rendered content alone.
    Content,
}

/// Markdown extensions; GFM's are on by default.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct MarkdownOptions {
    /// GFM tables.
    pub tables: bool,
    /// `~~strikethrough~~`.
    pub strikethrough: bool,
    /// `- [x] task` lists.
    pub tasklists: bool,
    /// `[^1]` footnotes.
    pub footnotes: bool,
    /// GFM's extended autolinks: bare `www.example.com`, `https://example.com` and
    /// `name@example.com` in text become links (under the same URL policy as written links).
    ///
    /// ```
    /// let html = pagemark::render_markdown("See www.example.com.", &Default::default()).unwrap();
    /// assert!(html.contains(r#"<a href="http://www.example.com""#), "{html}");
    /// ```
    pub autolinks: bool,
    /// GitHub alerts: `> [!NOTE]`, `> [!WARNING]`, … become `<blockquote class="markdown-alert …">`.
    pub alerts: bool,
    /// `$inline$` and `$$display$$` math, emitted as `<span class="math math-inline">` for KaTeX
    /// or MathJax to pick up.
    pub math: bool,
    /// Definition lists (`term` / `: definition`).
    pub definition_lists: bool,
    /// A `#` link inside each heading, pointing at its id.
    pub heading_anchors: bool,
    /// Curly quotes, dashes and ellipses.
    pub smart_punctuation: bool,
    /// `## Title {#my-id}` sets the heading's id (slugged, `id_prefix` applied, made unique;
    /// the table of contents and `#` links follow it). Only the `#id` form is used: classes
    /// and other attributes in the braces are dropped, never written.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.markdown.heading_ids = true;
    /// let html = pagemark::render_markdown("## Install {#setup .big}", &options).unwrap();
    /// assert_eq!(html, "<h2 id=\"setup\">Install</h2>\n");
    /// ```
    pub heading_ids: bool,
    /// `^superscript^` as `<sup>`. pulldown-cmark's extension: like `_emphasis_`, not inside a
    /// word (`x^2^` stays as written).
    pub superscript: bool,
    /// `~subscript~` as `<sub>` (`~~strikethrough~~` stays strikethrough); not inside a word.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// (options.markdown.superscript, options.markdown.subscript) = (true, true);
    /// let html = pagemark::render_markdown("a ^sup^ and a ~sub~, ~~struck~~", &options).unwrap();
    /// assert_eq!(html, "<p>a <sup>sup</sup> and a <sub>sub</sub>, <del>struck</del></p>\n");
    /// ```
    pub subscript: bool,
}

impl Default for MarkdownOptions {
    fn default() -> Self {
        MarkdownOptions {
            tables: true,
            strikethrough: true,
            tasklists: true,
            footnotes: true,
            autolinks: true,
            alerts: true,
            math: false,
            definition_lists: false,
            heading_anchors: false,
            smart_punctuation: false,
            heading_ids: false,
            superscript: false,
            subscript: false,
        }
    }
}

/// Where each resolved value is looked up in the front matter: a list of dotted paths, the
/// first present wins (CMSs spell the same field several ways: `seo.title`, `title`).
///
/// ```
/// let mut options = pagemark::Options::default();
/// options.fields.title = vec!["meta.heading".into()];
/// let page = pagemark::render("---\nmeta:\n  heading: Custom\n---\nx", &options).unwrap();
/// assert_eq!(page.meta.title.as_deref(), Some("Custom"));
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct FieldMap {
    /// `<title>`; falls back to the first `# h1`.
    pub title: Vec<String>,
    /// The article headline (og:title, JSON-LD, the article's `h1`).
    pub headline: Vec<String>,
    /// Meta description; falls back to the first paragraph.
    pub description: Vec<String>,
    /// Meta keywords: a `"a, b"` string or a list.
    pub keywords: Vec<String>,
    /// The page URL, joined to `site.baseUrl`.
    pub canonical: Vec<String>,
    /// Author: a string, `{name, url}`, or a list of them.
    pub author: Vec<String>,
    /// Date published.
    pub date_published: Vec<String>,
    /// Date modified.
    pub date_modified: Vec<String>,
    /// Image: a string or `{src, alt, width, height}`.
    pub image: Vec<String>,
    /// Section (`article:section`).
    pub section: Vec<String>,
    /// The question of a Q&A page.
    pub question: Vec<String>,
    /// moment-style format of the visible date, e.g. `MMM DD, YYYY`.
    pub date_format: Vec<String>,
    /// Text before the visible date, e.g. `Posted on`.
    pub posted_on_text: Vec<String>,
}

/// Owned copies of a default list.
fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).own()).collect()
}

impl Default for FieldMap {
    fn default() -> Self {
        FieldMap {
            title: owned(&["seo.title", "title", "article_title"]),
            headline: owned(&["article_title", "title", "seo.title"]),
            description: owned(&["seo.page_description", "description", "summary", "excerpt"]),
            keywords: owned(&["seo.page_keywords", "keywords", "tags"]),
            canonical: owned(&["canonical", "canonical_url", "url", "permalink"]),
            author: owned(&["author", "authors"]),
            date_published: owned(&["date", "publishDate", "published"]),
            date_modified: owned(&["lastmod", "updated", "modified"]),
            image: owned(&["image", "cover", "og_image", "seo.image"]),
            section: owned(&["subject", "category", "categories"]),
            question: owned(&["question"]),
            date_format: owned(&["date_format"]),
            posted_on_text: owned(&["post_on_text", "posted_on_text"]),
        }
    }
}

/// Bounds on untrusted input. Exceeding one is an error, never a hang or a trap.
///
/// ```
/// let mut options = pagemark::Options::default();
/// options.limits.max_input_bytes = 10;
/// let err = pagemark::render("a long enough document", &options).unwrap_err();
/// assert_eq!(err.code.as_str(), "input-too-large");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Limits {
    /// Largest source accepted, in bytes. Default 16 MiB.
    pub max_input_bytes: usize,
    /// Deepest nesting of front-matter maps and lists. Default 64.
    pub max_depth: usize,
    /// Most nodes that YAML aliases may expand to in total ("billion laughs"). Default 10 000.
    pub max_alias_nodes: usize,
    /// Most keys in the whole front matter. Default 10 000.
    pub max_keys: usize,
    /// Deepest nesting of markdown block quotes, lists and emphasis written as HTML; deeper
    /// levels are flattened (their content kept) with a `too-deep-markdown` warning, not an
    /// error. Default 100 (markdown-it's `maxNesting`).
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.limits.max_nesting = 2;
    /// let page = pagemark::render("> > > deep", &options).unwrap();
    /// assert_eq!(page.html, "<blockquote>\n<blockquote>\n<p>deep</p>\n</blockquote>\n</blockquote>\n");
    /// assert!(page.warnings.iter().any(|w| w.code == "too-deep-markdown" && w.column == Some(5)));
    /// ```
    pub max_nesting: usize,
}

impl Limits {
    /// `input-too-large` when `input` is over `max_input_bytes`: checked before any work.
    pub(crate) fn check_input(&self, input: &str) -> crate::Result<()> {
        if input.len() > self.max_input_bytes {
            return Err(crate::Error::new(
                crate::Code::InputTooLarge,
                format!(
                    "the input is {} bytes, over the limit of {} bytes",
                    input.len(),
                    self.max_input_bytes
                ),
            ));
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 16 * 1024 * 1024,
            max_depth: 64,
            max_alias_nodes: 10_000,
            max_keys: 10_000,
            max_nesting: 100,
        }
    }
}

/// The sanitizer's allowlist: what raw HTML may keep. A tag not listed is removed and its
/// content kept; some are never allowed whatever is listed (`script`, `style`, `iframe`,
/// `object`, `embed`, `form`, `base`, `meta`, `link`, `svg`, `math`, `template`, the raw-text
/// elements) and nor are `on*` event handlers or `style` attributes. Asking for one of those,
/// or for a URL scheme that runs script, is an `invalid-options` error when a [`crate::Renderer`]
/// is made or a render runs, never a setting silently dropped. Names are matched
/// case-insensitively. Markdown's own links and images follow the same URL schemes.
///
/// ```
/// let mut options = pagemark::Options::default();
/// options.sanitize.add_tags.push("mark".into());
/// options.sanitize.remove_tags.push("img".into());
/// let html = pagemark::render_markdown("<mark>hi</mark> <img src=x.png> <script>x</script>", &options).unwrap();
/// assert_eq!(html, "<p><mark>hi</mark>  </p>\n");
///
/// options.sanitize.add_tags.push("script".into());
/// let error = pagemark::render_markdown("x", &options).unwrap_err();
/// assert_eq!(error.code, pagemark::Code::InvalidOptions);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SanitizeOptions {
    /// Tags kept. Default: GitHub's list for user content plus the article layout's elements:
    /// `a abbr article b bdi bdo blockquote br caption cite code col colgroup dd del details
    /// dfn div dl dt em figcaption figure h1`–`h6 header hr i img input ins kbd li mark ol p pre
    /// q rp rt ruby s samp section small span strike strong sub summary sup table tbody td
    /// tfoot th thead time tr tt u ul var wbr`. Replacing it replaces the whole list; to change
    /// a few, use `add_tags` and `remove_tags`.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.sanitize.tags = vec!["p".into(), "em".into()];
    /// let html = pagemark::sanitize_html("<p><em>a</em> <strong>b</strong></p>", &options).unwrap();
    /// assert_eq!(html, "<p><em>a</em> b</p>");
    /// ```
    pub tags: Vec<String>,
    /// Tags added to `tags`. Default: none. A tag both here and in `remove_tags` is refused.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.sanitize.add_tags.push("aside".into());
    /// assert_eq!(pagemark::sanitize_html("<aside>note</aside>", &options).unwrap(), "<aside>note</aside>");
    /// ```
    pub add_tags: Vec<String>,
    /// Tags taken out of `tags` (their content stays). Default: none.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.sanitize.remove_tags.push("details".into());
    /// let html = pagemark::sanitize_html("<details><summary>More</summary>text</details>", &options).unwrap();
    /// assert_eq!(html, "<summary>More</summary>text");
    /// ```
    pub remove_tags: Vec<String>,
    /// Attributes kept per tag; `"*"` applies to every tag. Default: `*`: `id title lang dir
    /// class`; `a`: `href`; `img`: `src alt width height loading decoding fetchpriority`; `ol`:
    /// `start type reversed`; `li`: `value`; `td`: `align colspan rowspan`; `th`: the same and
    /// `scope`; `col`, `colgroup`: `span`; `details`: `open`; `input`: `type checked
    /// disabled`; `time`: `datetime`; `q`, `blockquote`: `cite`; `del`, `ins`: `cite datetime`.
    /// Event handlers (`on*`), `style` and namespaced attributes (`xlink:href`) are refused.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.sanitize.attributes.insert("a", vec![]);
    /// let html = pagemark::sanitize_html(r#"<a href="/x" title="t">x</a>"#, &options).unwrap();
    /// assert_eq!(html, r#"<a title="t">x</a>"#);
    /// ```
    pub attributes: NameMap<Vec<String>>,
    /// Attributes added per tag to `attributes`. Default: none.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.sanitize.add_attributes.insert("abbr", vec!["data-term".into()]);
    /// let html = pagemark::sanitize_html(r#"<abbr data-term="x" data-y="z">HTML</abbr>"#, &options).unwrap();
    /// assert_eq!(html, r#"<abbr data-term="x">HTML</abbr>"#);
    /// ```
    pub add_attributes: NameMap<Vec<String>>,
    /// Classes kept in `class` attributes (others are removed from it); `prefix-*` keeps every
    /// class with that prefix. Default: `language-* markdown-alert* footnote-* math*
    /// pagemark-*`, the classes the writer itself makes.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.sanitize.classes.push("note".into());
    /// let html = pagemark::sanitize_html(r#"<p class="note big language-rust">x</p>"#, &options).unwrap();
    /// assert_eq!(html, r#"<p class="note language-rust">x</p>"#);
    /// ```
    pub classes: Vec<String>,
    /// URL schemes allowed in links (`href`, `cite`), without their `:`; relative URLs and
    /// `#fragments` always are. Default: `http https mailto tel`. `javascript`, `vbscript` and
    /// `livescript` are refused.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.sanitize.link_schemes.push("ftp".into());
    /// let html = pagemark::render_markdown("[files](ftp://example.com/x)", &options).unwrap();
    /// assert_eq!(html, "<p><a href=\"ftp://example.com/x\">files</a></p>\n");
    /// ```
    pub link_schemes: Vec<String>,
    /// URL schemes allowed in image sources, without their `:`; relative URLs always are.
    /// Default: `http https`. A dropped image keeps its alternative text.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.sanitize.image_schemes = vec!["https".into()];
    /// let html = pagemark::render_markdown("![a](http://example.com/a.png)", &options).unwrap();
    /// assert_eq!(html, "<p>a</p>\n");
    /// ```
    pub image_schemes: Vec<String>,
}

impl Default for SanitizeOptions {
    fn default() -> Self {
        // GitHub's allowlist for user content, plus the article layout's semantic elements.
        let tags = "a abbr article b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl \
                    dt em figcaption figure h1 h2 h3 h4 h5 h6 header hr i img input ins kbd li mark ol p pre q rp rt \
                    ruby s samp section small span strike strong sub summary sup table tbody td tfoot th thead time \
                    tr tt u ul var wbr";
        let tags = tags.split_whitespace().map(str::to_owned).collect();
        let mut attributes = NameMap::new();
        for (tag, attrs) in [
            ("*", &["id", "title", "lang", "dir", "class"][..]),
            ("a", &["href"]),
            (
                "img",
                &["src", "alt", "width", "height", "loading", "decoding", "fetchpriority"],
            ),
            ("ol", &["start", "type", "reversed"]),
            ("li", &["value"]),
            ("td", &["align", "colspan", "rowspan"]),
            ("th", &["align", "colspan", "rowspan", "scope"]),
            ("col", &["span"]),
            ("colgroup", &["span"]),
            ("details", &["open"]),
            ("input", &["type", "checked", "disabled"]),
            ("time", &["datetime"]),
            ("q", &["cite"]),
            ("blockquote", &["cite"]),
            ("del", &["cite", "datetime"]),
            ("ins", &["cite", "datetime"]),
        ] {
            attributes.push_absent(tag.own(), owned(attrs));
        }
        SanitizeOptions {
            tags,
            add_tags: Vec::new(),
            remove_tags: Vec::new(),
            attributes,
            add_attributes: NameMap::new(),
            classes: owned(&["language-*", "markdown-alert*", "footnote-*", "math*", "pagemark-*"]),
            link_schemes: owned(&["http", "https", "mailto", "tel"]),
            image_schemes: owned(&["http", "https"]),
        }
    }
}
