//! # pagemark
//!
//! A raw markdown file with front matter, as authors and CMSs store it, in; sanitized HTML and
//! the page's SEO head tags out. The same crate compiles to WebAssembly for browsers and Node
//! (see `src/bindings/`, the only code that knows about JavaScript).
//!
//! The pipeline, one module per stage, data flowing one way:
//! source → [`frontmatter`] (data + body) → [`document`] (content + model) → `markdown` (events
//! → rewritten events → `html` writer) → `article` layout → `head` tags.
//!
//! ```
//! let source = "---\ntitle: Hello\ndescription: A first page.\nurl: /hello\n---\n# Hello\n\nWorld.";
//! let mut options = pagemark::Options::default();
//! options.site.base_url = Some("https://example.com".into());
//! let page = pagemark::render(source, &options).unwrap();
//! assert!(page.html.contains("<h1 id=\"hello\">Hello</h1>"));
//! assert!(page.head.contains("<meta name=\"description\" content=\"A first page.\">"));
//! assert_eq!(page.meta.canonical.as_deref(), Some("https://example.com/hello"));
//! ```

// No input may make the library panic (in wasm a panic traps the instance): no unwrap, expect,
// panic, indexing or string slicing (`&s[a..b]` panics inside a character) outside tests;
// lookups use `get` and return errors or fall back.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::string_slice
    )
)]
#![warn(missing_docs)]
// `Options` is `#[non_exhaustive]`: `let mut o = Options::default(); o.x = …` is its idiom.
#![allow(clippy::field_reassign_with_default)]

mod article;
mod autolink;
mod bindings;
mod date;
pub mod document;
mod entities;
mod error;
pub mod frontmatter;
mod head;
mod html;
mod images;
mod json;
mod links;
mod lowercase;
mod markdown;
mod namemap;
mod observe;
mod options;
mod sanitize;
mod seo;
mod strmap;
mod text;
mod update;
mod url;
mod value;
mod words;

pub use document::{Author, Image, Meta, Warning};
pub use error::{Code, Error, Result, WarningCode};
pub use frontmatter::{Format, Parsed, Positions};
pub use head::HeadTag;
pub use markdown::TocEntry;
pub use namemap::NameMap;
pub use options::{
    FieldMap, HtmlMode, ImageSize, Layout, Limits, MarkdownOptions, Options, SanitizeOptions, Site, StructuredData,
};
pub use update::Update;
pub use value::{Map, Number, Value};

/// A rendered page: everything a site, a CMS preview or a build step needs.
#[derive(Debug, Clone)]
pub struct Page {
    /// The article HTML, safe to insert with `innerHTML`.
    pub html: String,
    /// The head tags as HTML.
    pub head: String,
    /// The same head tags as data.
    pub head_tags: Vec<HeadTag>,
    /// The resolved values the head was built from.
    pub meta: Meta,
    /// The front matter as parsed (dates as written).
    pub front_matter: Map,
    /// The headings of the content.
    pub toc: Vec<TocEntry>,
    /// Things worth telling the author.
    pub warnings: Vec<Warning>,
}

/// Parse the front matter and split off the body. See [`frontmatter::parse`].
pub fn parse(source: &str, options: &Options) -> Result<Parsed> {
    frontmatter::parse(source, options)
}

/// Render a whole source file: front matter, content, article, head.
///
/// ```
/// let seed = "---\ndate: 2025-01-26\ndate_format: MMM DD, YYYY\npost_on_text: Posted on\n\
///             title: Q?\nanswer: >-\n  Intro\\n\\n1. **One**: a\n---\n\n&nbsp;";
/// let page = pagemark::render(seed, &Default::default()).unwrap();
/// assert!(page.html.contains("Posted on <time datetime=\"2025-01-26\">Jan 26, 2025</time>"));
/// assert!(page.html.contains("<ol>\n<li><strong>One</strong>: a</li>\n</ol>"));
/// ```
pub fn render(source: &str, options: &Options) -> Result<Page> {
    sanitize::check_allowlist(&options.sanitize)?;
    let parsed = frontmatter::split_source(source, options)?;
    Ok(render_parsed(parsed, options, None))
}

/// Render markdown alone (no front matter) to safe HTML.
///
/// ```
/// let html = pagemark::render_markdown("*hi* <kbd>K</kbd><script>x</script>", &Default::default()).unwrap();
/// assert_eq!(html, "<p><em>hi</em> <kbd>K</kbd></p>\n");
/// ```
pub fn render_markdown(markdown: &str, options: &Options) -> Result<String> {
    sanitize::check_allowlist(&options.sanitize)?;
    options.limits.check_input(markdown)?;
    Ok(markdown::render(markdown, markdown::Origin::Line(1), options, None).0)
}

/// Sanitize HTML by the allowlist in `options.sanitize` (what `html: Sanitize` applies to raw
/// HTML in markdown).
///
/// ```
/// let html = pagemark::sanitize_html("<a href=\"javascript:alert(1)\" onclick=x>hi</a><img src=x onerror=y>", &Default::default()).unwrap();
/// assert_eq!(html, "<a>hi</a><img src=\"x\" loading=\"lazy\" decoding=\"async\">");
/// ```
pub fn sanitize_html(html: &str, options: &Options) -> Result<String> {
    sanitize::check_allowlist(&options.sanitize)?;
    options.limits.check_input(html)?;
    Ok(sanitize::sanitize(
        html,
        &sanitize::Policy::new(options),
        sanitize::Input::Fragment,
    ))
}

fn render_parsed(parsed: frontmatter::Split<'_>, options: &Options, policy: Option<&sanitize::Policy>) -> Page {
    let mut warnings = Vec::new();
    let content = document::select_content(&parsed.body, &parsed.front.data, options, &mut warnings);
    let origin = match content.field {
        Some(field) => markdown::Origin::Field(parsed.front.positions.get(field).map_or(1, |(line, _)| line)),
        None => markdown::Origin::Line(parsed.content_line),
    };
    let (content_html, outline) = markdown::render(&content.markdown, origin, options, policy);
    let meta = document::resolve(&parsed.front.data, &outline, options);
    let article = match options.layout {
        Layout::Article => true,
        Layout::Auto => content.field.is_some(),
        Layout::Content => false,
    };
    // The article's header repeats the headline as its h1 only when the content has none: a
    // page has one h1.
    let header_h1 = article && meta.headline.is_some() && !outline.has_h1();
    seo::check(
        &seo::Page {
            data: &parsed.front.data,
            positions: &parsed.front.positions,
            content_line: parsed.content_line,
            content: &content.markdown,
            content_field: content.field,
            outline: &outline,
            html: &content_html,
            meta: &meta,
            article_h1: header_h1,
        },
        options,
        &mut warnings,
    );
    let answer = matches!(
        options.structured_data,
        StructuredData::QaPage | StructuredData::FaqPage
    )
    .then(|| document::markdown_to_text(&content.markdown));
    let head_tags = head::build(&meta, options, &parsed.front.data, answer.as_deref());
    let html = if article {
        article::wrap(&meta, &content_html, header_h1)
    } else {
        content_html
    };
    Page {
        html,
        head: head::to_html(&head_tags),
        head_tags,
        meta,
        front_matter: parsed.front.data,
        toc: outline.into_toc(),
        warnings,
    }
}

/// Options checked once and reused for every render: the live-preview case, one render per
/// keystroke.
///
/// ```
/// let renderer = pagemark::Renderer::new(Default::default()).unwrap();
/// for text in ["# a", "# ab", "# abc"] {
///     assert_eq!(renderer.render(text).unwrap().toc[0].text, text[2..]);
/// }
/// ```
#[derive(Debug, Clone)]
pub struct Renderer {
    options: Options,
    policy: sanitize::Policy,
    /// What [`Renderer::update`] last described.
    shown: update::Shown,
}

impl Default for Renderer {
    /// A renderer for the default options, which the allowlist check always accepts.
    fn default() -> Self {
        Renderer::checked(Options::default())
    }
}

impl Renderer {
    /// A renderer for these options; the sanitizer's allowlist is checked and compiled here,
    /// once. An allowlist asking for what is never allowed (`script`, an `on*` attribute) is an
    /// `invalid-options` error, not silently dropped.
    ///
    /// ```
    /// let mut options = pagemark::Options::default();
    /// options.sanitize.add_tags.push("script".into());
    /// let error = pagemark::Renderer::new(options).unwrap_err();
    /// assert_eq!(error.code, pagemark::Code::InvalidOptions);
    /// ```
    pub fn new(options: Options) -> Result<Self> {
        sanitize::check_allowlist(&options.sanitize)?;
        Ok(Renderer::checked(options))
    }

    fn checked(options: Options) -> Self {
        let policy = sanitize::Policy::new(&options);
        Renderer {
            options,
            policy,
            shown: update::Shown::default(),
        }
    }

    /// The options this renderer uses.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// [`render`] with this renderer's options.
    pub fn render(&self, source: &str) -> Result<Page> {
        let parsed = frontmatter::split_source(source, &self.options)?;
        Ok(render_parsed(parsed, &self.options, Some(&self.policy)))
    }

    /// Render `source` and say what changed since the last update: for a live preview, which
    /// then patches only the nodes the edit touched (the first update describes everything).
    /// After an error nothing is remembered, so the next update is against the last page shown.
    ///
    /// ```
    /// let mut renderer = pagemark::Renderer::default();
    /// renderer.update("# Title\n\nOne.\n\nTwo.\n").unwrap();
    /// let update = renderer.update("# Title\n\nOne.\n\nTwo, edited.\n").unwrap();
    /// assert_eq!((update.start, update.delete_count), (4, 1));
    /// assert_eq!(update.nodes, ["<p>Two, edited.</p>"]);
    /// assert!(update.toc.is_none());
    /// ```
    pub fn update(&mut self, source: &str) -> Result<Update<'_>> {
        let page = self.render(source)?;
        Ok(self.shown.update(page))
    }

    /// [`parse`] with this renderer's options.
    pub fn parse(&self, source: &str) -> Result<Parsed> {
        parse(source, &self.options)
    }

    /// [`render_markdown`] with this renderer's options.
    pub fn render_markdown(&self, markdown: &str) -> Result<String> {
        self.options.limits.check_input(markdown)?;
        Ok(markdown::render(markdown, markdown::Origin::Line(1), &self.options, Some(&self.policy)).0)
    }

    /// [`sanitize_html`] with this renderer's options.
    pub fn sanitize_html(&self, html: &str) -> Result<String> {
        self.options.limits.check_input(html)?;
        Ok(sanitize::sanitize(html, &self.policy, sanitize::Input::Fragment))
    }
}
