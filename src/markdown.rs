//! Stage 3: markdown → events → rewritten events → HTML.
//!
//! pulldown-cmark parses; [`Rewrite`] is an iterator adapter that gives headings unique ids
//! (collecting the table of contents on the way), applies the URL policy to links and images,
//! and applies the raw-HTML policy; `html::write` turns the result into HTML.

use std::collections::VecDeque;

use foldhash::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Parser, Tag, TagEnd};

use crate::autolink::Autolinks;
use crate::html;
use crate::links::{LinkCheck, LinkFacts};
use crate::observe::Observed;
use crate::options::{HtmlMode, MarkdownOptions, Options};
use crate::sanitize::{sanitize, Input, Policy};
use crate::url::clean_url;
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
    pub toc: Vec<TocEntry>,
    /// Plain text of the first paragraph (the description fallback).
    pub first_paragraph: Option<String>,
    /// Links and images that lost their URL to the scheme policy.
    pub dropped_urls: Vec<DroppedUrl>,
    /// Footnote ids the writer makes.
    pub footnote_ids: Vec<String>,
    /// Whether the markdown holds raw HTML (which then has to be sanitized).
    pub raw_html: bool,
    /// Byte offset in the markdown of each heading, parallel to `toc`.
    pub heading_offsets: Vec<usize>,
    /// Byte offsets of images written without alternative text.
    pub images_without_alt: Vec<usize>,
    /// Where markdown first nests deeper than `Limits::max_nesting` (flattened from there on).
    pub too_deep: Option<usize>,
    /// Words of the content (see `words`).
    pub words: usize,
    /// Fragment links and links without text.
    pub links: LinkFacts,
}

/// A link or image whose URL the scheme policy dropped (its text is kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DroppedUrl {
    /// Where the link or image starts in the markdown.
    pub offset: usize,
    /// The scheme that is not allowed, lower-cased.
    pub scheme: Option<String>,
    pub image: bool,
}

impl Outline {
    /// Every id the writer generates: headings and footnotes.
    pub(crate) fn generated_ids(&self) -> HashSet<String> {
        self.toc
            .iter()
            .map(|t| t.id.clone())
            .chain(self.footnote_ids.iter().cloned())
            .collect()
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
    let parser = Parser::new_ext(markdown, parser_options(&options.markdown)).into_offset_iter();
    let events = Autolinks::new(parser, options.markdown.autolinks);
    let events = Observed::new(events, (&mut links, &mut words));
    let mut rewrite = Rewrite::new(events, options);
    let lines = options.source_positions.then(|| html::Lines::new(markdown, origin));
    let html = html::write(&mut rewrite, markdown.len(), lines, options);
    // Consumes the rewrite, so pulldown-cmark's tree (several times the markdown) is freed
    // before the sanitizer makes its copy of the HTML.
    let mut outline = rewrite.into_outline();
    (outline.words, outline.links) = (words.count(), links.into_facts());
    if options.html != HtmlMode::Sanitize || !outline.raw_html {
        return (html, outline);
    }
    let html = match policy {
        Some(p) => sanitize(&html, p, Input::Content(&outline.generated_ids())),
        None => sanitize(&html, &Policy::new(options), Input::Content(&outline.generated_ids())),
    };
    (html, outline)
}

fn parser_options(m: &MarkdownOptions) -> pulldown_cmark::Options {
    use pulldown_cmark::Options as O;
    let mut o = O::empty();
    for (on, flag) in [
        (m.alerts, O::ENABLE_GFM),
        (m.math, O::ENABLE_MATH),
        (m.definition_lists, O::ENABLE_DEFINITION_LIST),
        (m.tables, O::ENABLE_TABLES),
        (m.strikethrough, O::ENABLE_STRIKETHROUGH),
        (m.tasklists, O::ENABLE_TASKLISTS),
        (m.footnotes, O::ENABLE_FOOTNOTES),
        (m.smart_punctuation, O::ENABLE_SMART_PUNCTUATION),
        (m.heading_ids, O::ENABLE_HEADING_ATTRIBUTES),
        (m.superscript, O::ENABLE_SUPERSCRIPT),
        (m.subscript, O::ENABLE_SUBSCRIPT),
    ] {
        if on {
            o |= flag;
        }
    }
    o
}

/// The rewrite stage: an iterator of events over an iterator of events.
pub(crate) struct Rewrite<'a, I> {
    inner: I,
    queue: VecDeque<Event<'a>>,
    /// Where the queued events start in the markdown (the heading they make up).
    queued_at: usize,
    html_mode: HtmlMode,
    id_prefix: &'a str,
    /// Base for relative URLs, when `absolute_urls` is on.
    base_url: Option<&'a str>,
    link_schemes: &'a [String],
    image_schemes: &'a [String],
    heading_anchors: bool,
    /// Ids given so far, with the next suffix to try.
    ids: HashMap<String, usize>,
    /// Footnote names met so far.
    footnotes_seen: HashSet<String>,
    /// For each open link or image: whether its tag was dropped (so is its end).
    dropped: Vec<bool>,
    /// The first paragraph's text while it is being read.
    paragraph: Option<String>,
    /// Where the event being rewritten starts in the markdown.
    offset: usize,
    /// Inside an image: its offset and whether alt text was seen.
    image: Option<(usize, bool)>,
    /// Open block quotes, lists and inline emphasis (see `nesting_step`).
    depth: usize,
    max_nesting: usize,
    outline: Outline,
}

/// How an event changes the nesting that `Limits::max_nesting` bounds: `1` opens a level, `-1`
/// closes one. List items follow their list, so an `<li>` is never written without its list.
fn nesting_step(event: &Event<'_>) -> i8 {
    match event {
        Event::Start(
            Tag::BlockQuote(_)
            | Tag::List(_)
            | Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript,
        ) => 1,
        Event::End(
            TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript,
        ) => -1,
        _ => 0,
    }
}

impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Rewrite<'a, I> {
    fn into_outline(self) -> Outline {
        self.outline
    }

    fn new(inner: I, options: &'a Options) -> Self {
        Rewrite {
            inner,
            queue: VecDeque::new(),
            queued_at: 0,
            html_mode: options.html,
            id_prefix: &options.id_prefix,
            base_url: options.site.base_url.as_deref().filter(|_| options.absolute_urls),
            link_schemes: &options.sanitize.link_schemes,
            image_schemes: &options.sanitize.image_schemes,
            heading_anchors: options.markdown.heading_anchors,
            ids: HashMap::default(),
            footnotes_seen: HashSet::default(),
            dropped: Vec::new(),
            paragraph: None,
            offset: 0,
            image: None,
            depth: 0,
            max_nesting: options.limits.max_nesting,
            outline: Outline::default(),
        }
    }

    /// The next event of the parser, remembering where it starts.
    fn pull(&mut self) -> Option<Event<'a>> {
        let (event, range) = self.inner.next()?;
        self.offset = range.start;
        Some(event)
    }

    /// Read a whole heading, so its id can be made from its text before it is written. An id
    /// the author gave (`## Title {#my-id}`, with `markdown.heading_ids`) replaces the slug of
    /// the text but is made the same way: slugged, prefixed and unique.
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
        let text = crate::text::collapse_whitespace(&text);
        let unique = self.unique_id(slug(custom_id.as_deref().unwrap_or(&text)));
        let id = format!("{}{unique}", self.id_prefix);
        self.outline.heading_offsets.push(start);
        self.queued_at = start;
        self.outline.toc.push(TocEntry {
            level: level as u8,
            id: id.clone(),
            text,
        });
        self.queue.push_back(Event::Start(Tag::Heading {
            level,
            id: Some(id.clone().into()),
            classes: Vec::new(),
            attrs: Vec::new(),
        }));
        self.queue.extend(body);
        if self.heading_anchors {
            self.queue.push_back(Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url: clean_url(&format!("#{id}"), crate::url::HTTP)
                    .unwrap_or_default()
                    .into_owned()
                    .into(),
                title: "".into(),
                id: "".into(),
            }));
            self.queue.push_back(Event::Text("#".into()));
            self.queue.push_back(Event::End(TagEnd::Link));
        }
        self.queue.push_back(Event::End(TagEnd::Heading(level)));
    }

    fn unique_id(&mut self, base: String) -> String {
        let base = if base.is_empty() { "section".to_owned() } else { base };
        let Some(&first) = self.ids.get(&base) else {
            self.ids.insert(base.clone(), 1);
            return base;
        };
        // `-1`, `-2`, … from where the last search for this base stopped (an id written in
        // the markdown as `a-1` may already be taken), so n identical headings stay linear.
        let mut n = first;
        loop {
            let candidate = format!("{base}-{n}");
            n += 1;
            if !self.ids.contains_key(&candidate) {
                if let Some(next) = self.ids.get_mut(&base) {
                    *next = n;
                }
                self.ids.insert(candidate.clone(), 1);
                return candidate;
            }
        }
    }

    /// Counts nesting; `false` for the tags of levels deeper than `max_nesting`, which are left
    /// out with their content kept. Browsers cap the tree's depth anyway (Chromium at 512), and
    /// 500 000 nested block quotes would be 13 MB of tags for 1 MB of `> `.
    fn within_nesting(&mut self, event: &Event<'a>) -> bool {
        match nesting_step(event) {
            1 => {
                self.depth += 1;
                if self.depth > self.max_nesting {
                    self.outline.too_deep.get_or_insert(self.offset);
                    return false;
                }
                true
            }
            -1 => {
                let within = self.depth <= self.max_nesting;
                self.depth = self.depth.saturating_sub(1);
                within
            }
            _ => !matches!(event, Event::Start(Tag::Item) | Event::End(TagEnd::Item)) || self.depth <= self.max_nesting,
        }
    }

    /// Apply the policies to one event; `None` drops it.
    fn rewrite(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        self.track_first_paragraph(&event);
        self.track_image_alt(&event);
        if !self.within_nesting(&event) {
            // A flattened item still starts a line, so items' text does not run together.
            return matches!(event, Event::Start(Tag::Item)).then_some(Event::SoftBreak);
        }
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let written = match link_type {
                    LinkType::Email => CowStr::from(format!("mailto:{dest_url}")),
                    _ => dest_url,
                };
                let dest = self
                    .url(&written, self.link_schemes)
                    .map(|url| self.prefix_fragment(&url));
                self.dropped.push(dest.is_none());
                let Some(dest_url) = dest else {
                    self.drop_url(&written, false);
                    return None;
                };
                Some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = self.url(&dest_url, self.image_schemes).map(CowStr::from);
                self.dropped.push(dest.is_none());
                let Some(dest_url) = dest else {
                    self.drop_url(&dest_url, true);
                    return None;
                };
                Some(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Link | TagEnd::Image) => match self.dropped.pop() {
                Some(true) => None,
                _ => Some(event),
            },
            Event::Html(raw) | Event::InlineHtml(raw) => match self.html_mode {
                HtmlMode::Trusted => Some(Event::Html(raw)),
                HtmlMode::Sanitize => {
                    self.outline.raw_html = true;
                    Some(Event::Html(raw))
                }
                HtmlMode::Escape => {
                    let visible = strip_comments(&raw);
                    (!visible.trim().is_empty()).then(|| Event::Text(visible.into()))
                }
                HtmlMode::Strip => None,
            },
            // Escaped block HTML reads as a paragraph; stripped block HTML leaves nothing.
            Event::Start(Tag::HtmlBlock) => match self.html_mode {
                HtmlMode::Trusted | HtmlMode::Sanitize => Some(event),
                HtmlMode::Escape => Some(Event::Start(Tag::Paragraph)),
                HtmlMode::Strip => None,
            },
            Event::End(TagEnd::HtmlBlock) => match self.html_mode {
                HtmlMode::Trusted | HtmlMode::Sanitize => Some(event),
                HtmlMode::Escape => Some(Event::End(TagEnd::Paragraph)),
                HtmlMode::Strip => None,
            },
            Event::Start(Tag::FootnoteDefinition(ref name)) | Event::FootnoteReference(ref name) => {
                if self.footnotes_seen.insert(name.to_string()) {
                    self.outline.footnote_ids.push(html::footnote_id(self.id_prefix, name));
                }
                Some(event)
            }
            other => Some(other),
        }
    }

    /// The URL as it may appear, or `None` when the scheme policy drops it (`trusted` mode
    /// applies no policy).
    fn url(&self, url: &str, schemes: &[String]) -> Option<String> {
        let cleaned = match self.html_mode {
            HtmlMode::Trusted => crate::url::clean_url_where(url, |_| true),
            _ => clean_url(url, schemes),
        }?;
        match self.base_url {
            Some(base) if !cleaned.starts_with('#') => {
                Some(crate::url::join(base, &cleaned).unwrap_or_else(|| cleaned.into_owned()))
            }
            _ => Some(cleaned.into_owned()),
        }
    }

    fn drop_url(&mut self, url: &str, image: bool) {
        self.outline.dropped_urls.push(DroppedUrl {
            offset: self.offset,
            scheme: crate::url::scheme_of(url),
            image,
        });
    }

    fn prefix_fragment(&self, url: &str) -> CowStr<'a> {
        match url.strip_prefix('#') {
            Some(frag) if !self.id_prefix.is_empty() && !frag.is_empty() => format!("#{}{frag}", self.id_prefix).into(),
            _ => url.to_owned().into(),
        }
    }

    fn track_image_alt(&mut self, event: &Event<'a>) {
        match (event, &mut self.image) {
            (Event::Start(Tag::Image { .. }), None) => self.image = Some((self.offset, false)),
            (Event::Text(t) | Event::Code(t), Some((_, seen))) if !t.trim().is_empty() => *seen = true,
            (Event::End(TagEnd::Image), Some((at, seen))) => {
                if !*seen {
                    self.outline.images_without_alt.push(*at);
                }
                self.image = None;
            }
            _ => {}
        }
    }

    fn track_first_paragraph(&mut self, event: &Event<'a>) {
        if self.outline.first_paragraph.is_some() {
            return;
        }
        match (event, self.paragraph.as_mut()) {
            (Event::Start(Tag::Paragraph), None) => self.paragraph = Some(String::new()),
            (Event::Text(t) | Event::Code(t), Some(p)) => p.push_str(t),
            (Event::SoftBreak | Event::HardBreak, Some(p)) => p.push(' '),
            (Event::End(TagEnd::Paragraph), Some(_)) => {
                let text = self.paragraph.take().map(|p| crate::text::collapse_whitespace(&p));
                self.outline.first_paragraph = text.filter(|t| !t.is_empty());
            }
            _ => {}
        }
    }
}

/// Each event with the offset in the markdown where what it belongs to starts.
impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Iterator for Rewrite<'a, I> {
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

/// GitHub's heading slug: lower-case, letters, digits, `-` and `_` kept, spaces to `-`,
/// everything else removed.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '_' || c == '-' {
            out.extend(c.to_lowercase());
        } else if c == ' ' {
            out.push('-');
        }
    }
    out
}

/// Raw HTML with its `<!-- comments -->` removed: comments are never content.
fn strip_comments(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = rest.find("<!--") {
        out.push_str(rest.get(..start).unwrap_or_default());
        match rest.get(start + 4..).unwrap_or_default().find("-->") {
            Some(end) => rest = rest.get(start + 4 + end + 3..).unwrap_or_default(),
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
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
        let ids: Vec<&str> = outline.toc.iter().map(|t| t.id.as_str()).collect();
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
    fn slugs_like_github() {
        assert_eq!(slug("Hello, World!"), "hello-world");
        assert_eq!(slug("Ünïcode Straße 2"), "ünïcode-straße-2");
        assert_eq!(slug("a  b"), "a--b");
    }

    #[test]
    fn heading_ids_are_unique_and_collected() {
        let (html, outline) = render("# Intro\n## Intro\n## Intro-1\n### `code` *em*", &Options::default());
        assert!(html.contains(r#"<h1 id="intro">Intro</h1>"#), "{html}");
        assert!(html.contains(r#"<h2 id="intro-1">Intro</h2>"#), "{html}");
        assert!(html.contains(r#"<h2 id="intro-1-1">Intro-1</h2>"#), "{html}");
        let ids: Vec<_> = outline
            .toc
            .iter()
            .map(|t| (t.level, t.id.as_str(), t.text.as_str()))
            .collect();
        assert_eq!(ids[3], (3, "code-em", "code em"));
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
        o.images.insert("/a.png".into(), crate::ImageSize::new(40, 30).unwrap());
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
