//! The HTML writer: consumes rewritten events and writes HTML5. It trusts its events: URLs and
//! raw HTML were already decided on by the rewrite stage, so everything it writes itself is
//! escaped and attribute values are always double-quoted.

use crate::strmap::StrMap;

use crate::markdown::event::{Alignment, BlockQuoteKind, CodeBlockKind, Event, Tag, TagEnd};

use crate::images::{self, Sizes};
use crate::markdown::Origin;
use crate::options::{ImageSize, Options};
use crate::text::{escape_html, LineStarts, Put};
use crate::url::http_host;

/// The id of a footnote's definition (the writer makes it; the sanitizer must recognise it).
pub(crate) fn footnote_id(prefix: &str, name: &str) -> String {
    format!("{prefix}fn-{name}")
}

/// Lines of the file for `Options::source_positions`: offsets in the markdown to the line of
/// the file they are on.
pub(crate) enum Lines {
    /// The markdown starts on line `first` of the file.
    Body { starts: LineStarts, first: u32 },
    /// Every block is the front-matter field's, on this line.
    Field(u32),
}

impl Lines {
    pub(crate) fn new(markdown: &str, origin: Origin) -> Self {
        match origin {
            Origin::Line(first) => Lines::Body {
                starts: LineStarts::new(markdown),
                first,
            },
            Origin::Field(line) => Lines::Field(line),
        }
    }

    fn line(&self, offset: usize) -> u32 {
        match self {
            Lines::Body { starts, first } => starts.line(offset).saturating_add(first.saturating_sub(1)),
            Lines::Field(line) => *line,
        }
    }
}

/// Write `events` (each with where it starts in the markdown) as HTML. `size_hint` (the
/// markdown's length) sizes the buffer up front; with `lines`, blocks carry `data-line`.
pub(crate) fn write<'a>(
    events: impl Iterator<Item = (Event<'a>, usize)>,
    size_hint: usize,
    lines: Option<Lines>,
    options: &Options,
) -> String {
    let mut w = Writer {
        lines,
        offset: 0,
        out: String::with_capacity(size_hint + size_hint / 2),
        options,
        site_host: options.site.base_url.as_deref().and_then(http_host),
        table_alignments: Vec::new(),
        table_cell: 0,
        in_table_head: false,
        table_body_open: false,
        image_depth: 0,
        image_size: None,
        sizes: Sizes::new(options),
        images_written: 0,
        footnotes: StrMap::default(),
    };
    for (event, offset) in events {
        w.offset = offset;
        w.event(event);
    }
    w.out
}

/// The `rel` of a link to another site.
pub(crate) fn external_rel(options: &Options) -> &'static str {
    if options.nofollow_external {
        "noopener noreferrer nofollow ugc"
    } else {
        "noopener noreferrer"
    }
}

struct Writer<'o> {
    out: String,
    lines: Option<Lines>,
    /// Where the event being written starts in the markdown.
    offset: usize,
    options: &'o Options,
    site_host: Option<String>,
    table_alignments: Vec<Alignment>,
    table_cell: usize,
    in_table_head: bool,
    /// `<tbody>` is written with the first body row: a table of only a head has none (GFM).
    table_body_open: bool,
    /// Inside `![alt](…)`, children are alt text, not markup.
    image_depth: usize,
    /// The open image's size from `Options::images`.
    image_size: Option<ImageSize>,
    sizes: Sizes,
    /// Images started so far, the open one included.
    images_written: usize,
    /// Footnote name → its number, in order of first use.
    footnotes: StrMap<usize>,
}

impl Writer<'_> {
    fn text(&mut self, s: &str) {
        escape_html(&mut self.out, s);
    }

    /// A block-level tag starts on its own line.
    fn block(&mut self, html: &str) {
        self.newline();
        self.out.put(html);
    }

    /// A block made from markdown starts on its own line, marked with its line.
    fn open_block(&mut self, html: &str) {
        self.newline();
        let at = self.out.len();
        self.out.put(html);
        self.mark(at);
    }

    /// With source positions, `data-line` on the element whose tag starts at `at` in the output
    /// (after its name, before any other attribute).
    fn mark(&mut self, at: usize) {
        let Some(lines) = &self.lines else { return };
        let name = self.out.get(at + 1..).unwrap_or_default();
        let end = at + 1 + name.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let attribute = format!(" data-line=\"{}\"", lines.line(self.offset));
        if self.out.is_char_boundary(end) {
            self.out.insert_str(end, &attribute);
        }
    }

    fn newline(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.put("\n");
        }
    }

    fn event(&mut self, event: Event<'_>) {
        if self.image_depth > 0 {
            return self.alt_text(event);
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t),
            Event::Code(t) => {
                self.out.put("<code>");
                self.text(&t);
                self.out.put("</code>");
            }
            Event::InlineMath(t) => {
                self.out.put(r#"<span class="math math-inline">"#);
                self.text(&t);
                self.out.put("</span>");
            }
            Event::DisplayMath(t) => {
                self.out.put(r#"<span class="math math-display">"#);
                self.text(&t);
                self.out.put("</span>");
            }
            // Raw HTML reaches the writer only in the `Trusted` and `Sanitize` modes; in the
            // latter, `markdown::render` sanitizes the whole output afterwards.
            Event::Html(t) | Event::InlineHtml(t) => self.out.put(&t),
            Event::SoftBreak => self.out.put("\n"),
            Event::HardBreak => self.out.put("<br>\n"),
            Event::Rule => self.open_block("<hr>\n"),
            Event::FootnoteReference(name) => {
                let n = self.footnote_number(&name);
                // The href is a URL (percent-encoded like every other); the id is plain text.
                let href = format!("#{}", footnote_id(&self.options.id_prefix, &name));
                let href = crate::url::clean_url(&href, crate::url::HTTP).unwrap_or_default();
                self.out.put(r#"<sup class="footnote-reference"><a href=""#);
                escape_html(&mut self.out, &href);
                self.out.put("\">");
                self.out.put(&n.to_string());
                self.out.put("</a></sup>");
            }
            Event::TaskListMarker(checked) => {
                self.out.put(if checked {
                    r#"<input type="checkbox" disabled checked> "#
                } else {
                    r#"<input type="checkbox" disabled> "#
                });
            }
        }
    }

    fn footnote_number(&mut self, name: &str) -> usize {
        let next = self.footnotes.len() + 1;
        self.footnotes.get_or_insert_with(name, || next).map_or(next, |n| *n)
    }

    /// Inside an image only the text is kept, for the `alt` attribute.
    fn alt_text(&mut self, event: Event<'_>) {
        match event {
            Event::Start(Tag::Image { .. }) => self.image_depth += 1,
            Event::End(TagEnd::Image) => {
                self.image_depth -= 1;
                if self.image_depth == 0 {
                    self.out.put("\"");
                    let first = self.images_written == 1;
                    images::write_attributes(&mut self.out, self.image_size.take(), first, |_| false);
                    self.out.put(">");
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            Event::SoftBreak | Event::HardBreak => self.out.put(" "),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.open_block("<p>"),
            Tag::Heading { level, id, .. } => {
                self.newline();
                let at = self.out.len();
                self.out.put("<");
                self.out.put(level.tag_name());
                if let Some(id) = id {
                    self.out.put(" id=\"");
                    self.text(&id);
                    self.out.put("\"");
                }
                self.out.put(">");
                self.mark(at);
            }
            Tag::BlockQuote(kind) => {
                self.newline();
                let at = self.out.len();
                let class = kind.map(|k| match k {
                    BlockQuoteKind::Note => "note",
                    BlockQuoteKind::Tip => "tip",
                    BlockQuoteKind::Important => "important",
                    BlockQuoteKind::Warning => "warning",
                    BlockQuoteKind::Caution => "caution",
                });
                match class {
                    Some(c) => {
                        self.out.put("<blockquote class=\"markdown-alert markdown-alert-");
                        self.out.put(c);
                        self.out.put("\">\n");
                    }
                    None => self.out.put("<blockquote>\n"),
                }
                self.mark(at);
            }
            Tag::CodeBlock(kind) => {
                self.newline();
                let at = self.out.len();
                let lang = match &kind {
                    CodeBlockKind::Fenced(info) => info
                        .split(|c: char| c.is_whitespace() || c == ',' || c == '{')
                        .next()
                        .unwrap_or(""),
                    CodeBlockKind::Indented => "",
                };
                if lang.is_empty() {
                    self.out.put("<pre><code>");
                } else {
                    self.out.put("<pre><code class=\"language-");
                    self.text(lang);
                    self.out.put("\">");
                }
                self.mark(at);
            }
            Tag::HtmlBlock => self.newline(),
            Tag::List(Some(1)) => self.open_block("<ol>\n"),
            Tag::List(Some(start)) => self.open_block(&format!("<ol start=\"{start}\">\n")),
            Tag::List(None) => self.open_block("<ul>\n"),
            Tag::Item => self.open_block("<li>"),
            Tag::FootnoteDefinition(name) => {
                self.newline();
                let at = self.out.len();
                let n = self.footnote_number(&name);
                self.out.put("<div class=\"footnote-definition\" id=\"");
                escape_html(&mut self.out, &footnote_id(&self.options.id_prefix, &name));
                self.out.put("\"><sup class=\"footnote-definition-label\">");
                self.out.put(&n.to_string());
                self.out.put("</sup>\n");
                self.mark(at);
            }
            Tag::DefinitionList => self.open_block("<dl>\n"),
            Tag::DefinitionListTitle => self.open_block("<dt>"),
            Tag::DefinitionListDefinition => self.open_block("<dd>"),
            Tag::Table(alignments) => {
                self.table_alignments = alignments;
                self.open_block("<table>");
            }
            Tag::TableHead => {
                self.in_table_head = true;
                self.table_cell = 0;
                self.out.put("<thead>");
                let at = self.out.len();
                self.out.put("<tr>");
                self.mark(at);
            }
            Tag::TableRow => {
                self.table_cell = 0;
                if !self.table_body_open {
                    self.table_body_open = true;
                    self.out.put("<tbody>\n");
                }
                let at = self.out.len();
                self.out.put("<tr>");
                self.mark(at);
            }
            Tag::TableCell => {
                self.out.put(if self.in_table_head { "<th" } else { "<td" });
                match self.table_alignments.get(self.table_cell) {
                    Some(Alignment::Left) => self.out.put(" align=\"left\""),
                    Some(Alignment::Center) => self.out.put(" align=\"center\""),
                    Some(Alignment::Right) => self.out.put(" align=\"right\""),
                    _ => {}
                }
                self.out.put(">");
            }
            Tag::Emphasis => self.out.put("<em>"),
            Tag::Strong => self.out.put("<strong>"),
            Tag::Strikethrough => self.out.put("<del>"),
            Tag::Superscript => self.out.put("<sup>"),
            Tag::Subscript => self.out.put("<sub>"),
            Tag::Link { dest_url, title, .. } => {
                self.out.put("<a href=\"");
                self.text(&dest_url);
                self.out.put("\"");
                if !title.is_empty() {
                    self.out.put(" title=\"");
                    self.text(&title);
                    self.out.put("\"");
                }
                if self.is_external(&dest_url) {
                    self.out.put(" rel=\"");
                    self.out.put(external_rel(self.options));
                    self.out.put("\"");
                }
                self.out.put(">");
            }
            Tag::Image { dest_url, title, .. } => {
                self.out.put("<img src=\"");
                self.text(&dest_url);
                self.out.put("\"");
                if !title.is_empty() {
                    self.out.put(" title=\"");
                    self.text(&title);
                    self.out.put("\"");
                }
                self.out.put(" alt=\"");
                self.image_depth = 1;
                self.image_size = self.sizes.get(&dest_url);
                self.images_written += 1;
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.out.put("</p>\n"),
            TagEnd::Heading(level) => {
                self.out.put("</");
                self.out.put(level.tag_name());
                self.out.put(">\n");
            }
            TagEnd::BlockQuote(_) => self.block("</blockquote>\n"),
            TagEnd::CodeBlock => self.out.put("</code></pre>\n"),
            TagEnd::HtmlBlock => {}
            TagEnd::List(ordered) => {
                self.newline();
                self.out.put(if ordered { "</ol>\n" } else { "</ul>\n" });
            }
            TagEnd::Item => self.out.put("</li>\n"),
            TagEnd::FootnoteDefinition => self.block("</div>\n"),
            TagEnd::DefinitionList => self.block("</dl>\n"),
            TagEnd::DefinitionListTitle => self.out.put("</dt>\n"),
            TagEnd::DefinitionListDefinition => self.out.put("</dd>\n"),
            TagEnd::Table => {
                if std::mem::take(&mut self.table_body_open) {
                    self.out.put("</tbody>");
                }
                self.out.put("</table>\n");
            }
            TagEnd::TableHead => {
                self.in_table_head = false;
                self.out.put("</tr></thead>");
            }
            TagEnd::TableRow => self.out.put("</tr>\n"),
            TagEnd::TableCell => {
                self.out.put(if self.in_table_head { "</th>" } else { "</td>" });
                self.table_cell += 1;
            }
            TagEnd::Emphasis => self.out.put("</em>"),
            TagEnd::Strong => self.out.put("</strong>"),
            TagEnd::Strikethrough => self.out.put("</del>"),
            TagEnd::Superscript => self.out.put("</sup>"),
            TagEnd::Subscript => self.out.put("</sub>"),
            TagEnd::Link => self.out.put("</a>"),
            TagEnd::Image => {}
        }
    }

    /// An absolute http(s) link to a host other than the site's own.
    fn is_external(&self, url: &str) -> bool {
        crate::url::is_external(url, self.site_host.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Options;

    fn md(src: &str) -> String {
        crate::render_markdown(src, &Options::default()).unwrap()
    }

    fn positioned(src: &str) -> String {
        let options = Options {
            source_positions: true,
            ..Options::default()
        };
        crate::render(src, &options).unwrap().html
    }

    /// Each block's `data-line` with its tag: `h1@4`.
    fn marks(html: &str) -> Vec<String> {
        html.split('<')
            .filter_map(|tag| {
                let (name, rest) = tag.split_once(' ')?;
                let line = rest.strip_prefix("data-line=\"")?.split('"').next()?;
                Some(format!("{name}@{line}"))
            })
            .collect()
    }

    const EVERY_BLOCK: &str =
        "---\ntitle: T\n---\n# Head\n\nPara\nline two\n\n- a\n- b\n  1. c\n\n> quote\n> > inner\n\n\
        ```rust\nx\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n***\n\nSetext\n------\n\nText[^1]\n\n[^1]: Note.\n\n\
        > [!NOTE]\n> Alert\n";

    #[test]
    fn every_block_carries_the_line_of_the_file_where_it_starts() {
        assert_eq!(
            marks(&positioned(EVERY_BLOCK)),
            [
                "h1@4",
                "p@6",
                "ul@9",
                "li@9",
                "li@10",
                "ol@11",
                "li@11",
                "blockquote@13",
                "p@13",
                "blockquote@14",
                "p@14",
                "pre@16",
                "table@20",
                "tr@20",
                "tr@22",
                "hr@24",
                "h2@26",
                "p@29",
                "div@31",
                "p@31",
                "blockquote@33",
                "p@34"
            ]
        );
        // The same lines with a BOM and CRLF line ends, and through the sanitizer (raw HTML).
        let crlf = format!("\u{feff}{}", EVERY_BLOCK.replace('\n', "\r\n"));
        assert_eq!(marks(&positioned(&crlf)), marks(&positioned(EVERY_BLOCK)));
        let raw = format!("{EVERY_BLOCK}\n<div>raw <b>html</b></div>\n");
        assert_eq!(marks(&positioned(&raw))[..22], marks(&positioned(EVERY_BLOCK))[..]);
    }

    #[test]
    fn content_from_a_field_is_at_the_field_line() {
        let html = positioned("---\ntitle: T\nanswer: \"One\\n\\nTwo\"\n---\n&nbsp;\n");
        assert_eq!(marks(&html), ["p@3", "p@3"]);
    }

    #[test]
    fn without_the_option_nothing_is_marked() {
        let options = Options::default();
        assert!(!crate::render(EVERY_BLOCK, &options).unwrap().html.contains("data-line"));
    }

    #[test]
    fn gfm_blocks() {
        assert_eq!(
            md("| a | b |\n|:-|-:|\n| 1 | 2 |"),
            "<table><thead><tr><th align=\"left\">a</th><th align=\"right\">b</th></tr></thead><tbody>\n<tr><td align=\"left\">1</td><td align=\"right\">2</td></tr>\n</tbody></table>\n"
        );
        assert_eq!(md("- [x] done\n- [ ] todo"), "<ul>\n<li><input type=\"checkbox\" disabled checked> done</li>\n<li><input type=\"checkbox\" disabled> todo</li>\n</ul>\n");
        assert_eq!(md("~~gone~~"), "<p><del>gone</del></p>\n");
        assert_eq!(
            md("> [!NOTE]\n> Heads up"),
            "<blockquote class=\"markdown-alert markdown-alert-note\">\n<p>Heads up</p>\n</blockquote>\n"
        );
        assert_eq!(
            md("```rust ignore\nfn x() {}\n```"),
            "<pre><code class=\"language-rust\">fn x() {}\n</code></pre>\n"
        );
        assert_eq!(md("3. c\n4. d"), "<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n");
    }

    #[test]
    fn footnotes_are_numbered_by_first_use() {
        let html = md("a[^x] b[^y]\n\n[^y]: why\n[^x]: ex");
        assert!(
            html.contains(r##"<sup class="footnote-reference"><a href="#fn-x">1</a></sup>"##),
            "{html}"
        );
        assert!(
            html.contains(
                r#"<div class="footnote-definition" id="fn-y"><sup class="footnote-definition-label">2</sup>"#
            ),
            "{html}"
        );
    }

    #[test]
    fn links_and_images() {
        let html = md("[in](/a \"T\") [out](https://x.org) ![a *b* \"c\"](/i.png) ![2nd](/j.png)");
        assert!(html.contains(r#"<a href="/a" title="T">in</a>"#), "{html}");
        assert!(
            html.contains(r#"<a href="https://x.org" rel="noopener noreferrer">out</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<img src="/i.png" alt="a b &quot;c&quot;" decoding="async" fetchpriority="high">"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<img src="/j.png" alt="2nd" loading="lazy" decoding="async">"#),
            "{html}"
        );
    }

    #[test]
    fn own_site_links_are_not_external() {
        let mut o = Options::default();
        o.site.base_url = Some("https://example.com".into());
        o.nofollow_external = true;
        let html = crate::render_markdown("[a](https://example.com/x) [b](https://else.org)", &o).unwrap();
        assert!(html.contains(r#"<a href="https://example.com/x">a</a>"#), "{html}");
        assert!(
            html.contains(r#"rel="noopener noreferrer nofollow ugc">b</a>"#),
            "{html}"
        );
    }
}
