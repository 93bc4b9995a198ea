//! The live preview's updates: a page's content as its top-level nodes, and what changed since
//! the last page as one splice over them, so an editor patches only what the author touched.
//!
//! A node is a complete subtree of the sanitized HTML at depth 0 (an element with everything
//! inside it) or the text between two such elements; the HTML is the writer's or the
//! sanitizer's, so its tags are balanced and no `<` or `>` is left unescaped in text or in an
//! attribute value.

use crate::text::{find_str, Own};
use std::ops::Range;

use crate::document::Meta;
use crate::value::Map;
use crate::{HeadTag, Page, TocEntry, Warning};

/// What changed since the renderer's previous update (see [`crate::Renderer::update`]).
///
/// The content is a list of nodes (the children of the container, or of the article's
/// `section.pagemark-content`); the update replaces `delete_count` of them from `start` by
/// `nodes`. Every other field is `None` when it is the same as before, and lent from the page
/// the renderer keeps rather than copied: the copies cost 1.7 KB of the gzipped module
/// (session 18) and a clone of the page's values on every keystroke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update<'a> {
    /// The container's HTML without the content nodes, when the container must be rebuilt: the
    /// first update, or the layout changed (the article wrapper came or went). The splice then
    /// starts from no nodes.
    pub shell: Option<String>,
    /// Index of the first node replaced.
    pub start: usize,
    /// How many nodes are removed there.
    pub delete_count: usize,
    /// The nodes inserted there, each one complete element or text, as HTML.
    pub nodes: Vec<String>,
    /// How many content nodes there are after the update.
    pub node_count: usize,
    /// With source positions, how many lines the nodes kept after the inserted ones moved
    /// (their `data-line` values all grow by it; negative when lines went): an Enter early in
    /// a long document then costs one node, not every node after it.
    pub line_shift: i64,
    /// The article's header and question (everything of the article before its content).
    pub lead: Option<String>,
    /// The head as HTML.
    pub head: Option<&'a str>,
    /// The head as data.
    pub head_tags: Option<&'a [HeadTag]>,
    /// The resolved meta values.
    pub meta: Option<&'a Meta>,
    /// The front matter.
    pub front_matter: Option<&'a Map>,
    /// The table of contents.
    pub toc: Option<&'a [TocEntry]>,
    /// The warnings.
    pub warnings: Option<&'a [Warning]>,
}

impl Update<'_> {
    /// Whether nothing changed at all.
    pub fn is_empty(&self) -> bool {
        self.shell.is_none()
            && self.delete_count == 0
            && self.nodes.is_empty()
            && self.line_shift == 0
            && self.lead.is_none()
            && self.head.is_none()
            && self.head_tags.is_none()
            && self.meta.is_none()
            && self.front_matter.is_none()
            && self.toc.is_none()
            && self.warnings.is_none()
    }
}

/// The last page a renderer's updates described, as the preview shows it, and where its
/// content nodes are in its HTML.
#[derive(Debug, Clone, Default)]
pub(crate) struct Shown {
    page: Option<Page>,
    nodes: Vec<Range<usize>>,
}

/// A page's HTML as the preview holds it: the frame (what surrounds the lead and the content),
/// the shell (the HTML without the content), the lead, and where the content is.
struct Parts<'h> {
    frame: String,
    shell: String,
    lead: &'h str,
    content: Range<usize>,
}

fn parts(html: &str) -> Parts<'_> {
    let Some((lead, content)) = crate::article::parts(html) else {
        return Parts {
            frame: String::new(),
            shell: String::new(),
            lead: "",
            content: 0..html.len(),
        };
    };
    let piece = |r: Range<usize>| html.get(r).unwrap_or_default();
    let (before, after) = (piece(0..lead.start), piece(content.end..html.len()));
    let between = piece(lead.end..content.start);
    Parts {
        frame: format!("{before}{between}{after}"),
        shell: format!("{before}{}{between}{after}", piece(lead.clone())),
        lead: piece(lead),
        content,
    }
}

/// The content nodes of `html` (see [`Parts`]), as ranges of `html`.
fn content_nodes(html: &str, content: Range<usize>) -> Vec<Range<usize>> {
    let text = html.get(content.clone()).unwrap_or_default();
    top_level_nodes(text)
        .into_iter()
        .map(|r| r.start + content.start..r.end + content.start)
        .collect()
}

impl Shown {
    /// The update from what is shown to `page`, which is then what is shown.
    pub(crate) fn update(&mut self, page: Page) -> Update<'_> {
        let new = parts(&page.html);
        let nodes = content_nodes(&page.html, new.content.clone());
        let shown = self.page.as_ref().map(|old| (old, parts(&old.html)));
        // The frame changed (the article came or went): rebuild, and send every value.
        let old = shown.as_ref().filter(|(_, old)| old.frame == new.frame);
        let texts = |html: &'_ str, ranges: &[Range<usize>]| -> Vec<String> {
            ranges
                .iter()
                .map(|r| html.get(r.clone()).unwrap_or_default().own())
                .collect()
        };
        let (start, delete_count, inserted, line_shift) = match old {
            Some((o, _)) => splice(&o.html, &self.nodes, &page.html, &nodes),
            None => (0, 0, &nodes[..], 0),
        };
        let fresh = |same: fn(&Page, &Page) -> bool| old.is_none_or(|(o, _)| !same(o, &page));
        let [head, head_tags, meta, front_matter, toc, warnings] = [
            fresh(|a, b| a.head == b.head),
            fresh(|a, b| a.head_tags == b.head_tags),
            fresh(|a, b| a.meta == b.meta),
            fresh(|a, b| a.front_matter == b.front_matter),
            fresh(|a, b| a.toc == b.toc),
            fresh(|a, b| a.warnings == b.warnings),
        ];
        let shell = old.is_none().then(|| new.shell.clone());
        let lead = old.filter(|(_, o)| o.lead != new.lead).map(|_| new.lead.own());
        let inserted = texts(&page.html, inserted);
        let node_count = nodes.len();
        self.nodes = nodes;
        // The values that changed are lent from the page kept, not copied.
        let page = self.page.insert(page);
        Update {
            shell,
            start,
            delete_count,
            nodes: inserted,
            node_count,
            line_shift,
            lead,
            head: head.then_some(page.head.as_str()),
            head_tags: head_tags.then_some(&page.head_tags[..]),
            meta: meta.then_some(&page.meta),
            front_matter: front_matter.then_some(&page.front_matter),
            toc: toc.then_some(&page.toc[..]),
            warnings: warnings.then_some(&page.warnings[..]),
        }
    }
}

/// The splice that turns the nodes `old` of `old_html` into the nodes `new` of `new_html`: the
/// first index that differs, how many old nodes go, the new ones in their place, and the line
/// shift of the common end (the common start and end kept; the end may differ from the old
/// nodes by a constant shift of their `data-line`s, as every node after an added line does).
fn splice<'n>(
    old_html: &str,
    old: &[Range<usize>],
    new_html: &str,
    new: &'n [Range<usize>],
) -> (usize, usize, &'n [Range<usize>], i64) {
    let o = |r: &Range<usize>| old_html.get(r.clone()).unwrap_or_default();
    let n = |r: &Range<usize>| new_html.get(r.clone()).unwrap_or_default();
    let start = old.iter().zip(new).take_while(|(a, b)| o(a) == n(b)).count();
    let room = old.len().min(new.len()) - start;
    let tail = || old.iter().rev().zip(new.iter().rev()).take(room);
    // The last node with a line in both says by how much the end moved.
    let shift = tail()
        .find_map(|(a, b)| Some(first_line(n(b))? - first_line(o(a))?))
        .unwrap_or(0);
    let end = tail().take_while(|(a, b)| shifted_by(o(a), n(b), shift)).count();
    (
        start,
        old.len() - start - end,
        new.get(start..new.len() - end).unwrap_or_default(),
        shift,
    )
}

/// How the writer spells a block's source line (`html::Lines`); quotes in text and in other
/// attribute values are escaped, so only a `data-line` attribute reads like this.
const LINE_ATTRIBUTE: &str = " data-line=\"";

/// The first `data-line` value in `html`.
fn first_line(html: &str) -> Option<i64> {
    let at = find_str(html, LINE_ATTRIBUTE)? + LINE_ATTRIBUTE.len();
    leading_number(html.get(at..)?).0
}

/// The decimal number `s` starts with, and the rest of `s`.
fn leading_number(s: &str) -> (Option<i64>, &str) {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (number, rest) = s.split_at_checked(digits).unwrap_or((s, ""));
    (number.parse().ok(), rest)
}

/// Whether `new` is `old` with every `data-line` value grown by `shift`.
fn shifted_by(old: &str, new: &str, shift: i64) -> bool {
    if shift == 0 {
        return old == new;
    }
    // The same text up to each attribute, each value grown by `shift`, the same text after.
    let (mut old, mut new) = (old, new);
    loop {
        let (a, b) = (find_str(old, LINE_ATTRIBUTE), find_str(new, LINE_ATTRIBUTE));
        let (Some(a), Some(b)) = (a, b) else {
            return a.is_none() && b.is_none() && old == new;
        };
        if old.get(..a) != new.get(..b) {
            return false;
        }
        let (old_line, old_rest) = leading_number(old.get(a + LINE_ATTRIBUTE.len()..).unwrap_or_default());
        let (new_line, new_rest) = leading_number(new.get(b + LINE_ATTRIBUTE.len()..).unwrap_or_default());
        if old_line.is_none_or(|line| Some(line + shift) != new_line) {
            return false;
        }
        (old, new) = (old_rest, new_rest);
    }
}

/// HTML elements without an end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

/// `html`'s top-level nodes, as ranges of it: each element at depth 0 with its subtree, and
/// each run of text between them.
fn top_level_nodes(html: &str) -> Vec<Range<usize>> {
    let mut nodes = Vec::new();
    let mut at = 0;
    while at < html.len() {
        let end = if html.as_bytes().get(at) == Some(&b'<') {
            element_end(html, at)
        } else {
            html.get(at..)
                .and_then(|rest| rest.find('<'))
                .map_or(html.len(), |i| at + i)
        };
        nodes.push(at..end);
        at = end;
    }
    nodes
}

/// Where the element (or comment) starting at `start` ends, its subtree included; the end of
/// `html` when it is not closed.
fn element_end(html: &str, start: usize) -> usize {
    let mut depth = 0usize;
    let mut at = start;
    while let Some(open) = html.get(at..).and_then(|rest| rest.find('<')).map(|i| at + i) {
        let rest = html.get(open..).unwrap_or_default();
        if rest.starts_with("<!--") {
            at = find_str(rest, "-->").map_or(html.len(), |i| open + i + 3);
            if depth == 0 {
                return at;
            }
            continue;
        }
        let Some(close) = rest.find('>').map(|i| open + i + 1) else {
            return html.len();
        };
        let tag = html.get(open + 1..close - 1).unwrap_or_default();
        if tag.starts_with('/') {
            depth = depth.saturating_sub(1);
        } else {
            let name_len = tag.bytes().take_while(u8::is_ascii_alphanumeric).count();
            let name = tag.get(..name_len).unwrap_or_default().to_ascii_lowercase();
            if !is_void(&name) && !tag.ends_with('/') {
                depth += 1;
            }
        }
        at = close;
        if depth == 0 {
            return close;
        }
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, Renderer};

    fn texts(html: &str) -> Vec<&str> {
        top_level_nodes(html).into_iter().map(|r| &html[r]).collect()
    }

    #[test]
    fn nodes_are_whole_subtrees_and_the_text_between() {
        let html = "<p>a <b>b</b></p>\n<hr>\n<ul>\n<li>x<ul><li>y</li></ul></li>\n</ul>\ntail";
        assert_eq!(
            texts(html),
            [
                "<p>a <b>b</b></p>",
                "\n",
                "<hr>",
                "\n",
                "<ul>\n<li>x<ul><li>y</li></ul></li>\n</ul>",
                "\ntail"
            ]
        );
        assert_eq!(top_level_nodes("").len(), 0);
        assert_eq!(texts("<p>open"), ["<p>open"]);
    }

    #[test]
    fn the_nodes_joined_are_the_html() {
        let options = Options {
            source_positions: true,
            ..Options::default()
        };
        for source in [
            include_str!("../tests/fixtures/hugo-docs-page.md"),
            include_str!("../tests/fixtures/toml-page.md"),
        ] {
            let html = crate::render(source, &options).unwrap().html;
            assert_eq!(texts(&html).concat(), html);
        }
    }

    fn renderer() -> Renderer {
        Renderer::default()
    }

    #[test]
    fn the_first_update_builds_everything_and_an_unchanged_source_gives_nothing() {
        let mut r = renderer();
        let first = r.update("# T\n\nOne\n\nTwo\n").unwrap();
        assert_eq!(first.shell.as_deref(), Some(""));
        assert_eq!((first.start, first.delete_count, first.nodes.len()), (0, 0, 6));
        assert!(first.meta.is_some() && first.head.is_some());
        let again = r.update("# T\n\nOne\n\nTwo\n").unwrap();
        assert!(again.is_empty(), "{again:?}");
    }

    #[test]
    fn one_changed_paragraph_is_one_node() {
        let mut r = renderer();
        let source: String = (0..200).map(|i| format!("Paragraph {i}.\n\n")).collect();
        r.update(&source).unwrap();
        let edited = source.replace("Paragraph 120.", "Paragraph 120, edited.");
        let u = r.update(&edited).unwrap();
        assert_eq!((u.start, u.delete_count), (240, 1));
        assert_eq!(u.nodes, ["<p>Paragraph 120, edited.</p>"]);
        assert!(u.toc.is_none() && u.head.is_none() && u.warnings.is_none() && u.shell.is_none());
        assert!(u.meta.is_some(), "the word count changed");
    }

    #[test]
    fn the_article_lead_and_the_layout_change_in_place() {
        let mut options = Options::default();
        options.layout = crate::Layout::Auto;
        let mut r = Renderer::new(options).unwrap();
        let body = r.update("---\ntitle: A\n---\nBody\n").unwrap();
        assert_eq!(body.shell.as_deref(), Some(""));
        // The content moves into a field: the article layout, so the container is rebuilt.
        let article = r.update("---\ntitle: A\nanswer: Hi\n---\n&nbsp;\n").unwrap();
        let shell = article.shell.unwrap();
        assert!(
            shell.contains("<h1>A</h1>") && shell.contains("pagemark-content"),
            "{shell}"
        );
        assert!(article.lead.is_none());
        let retitled = r.update("---\ntitle: B\nanswer: Hi\n---\n&nbsp;\n").unwrap();
        assert!(retitled.shell.is_none());
        assert!(retitled.lead.unwrap().contains("<h1>B</h1>"));
        assert_eq!((retitled.delete_count, retitled.nodes.len()), (0, 0));
    }

    #[test]
    fn an_added_line_shifts_the_nodes_after_it_instead_of_replacing_them() {
        let mut r = Renderer::new(Options {
            source_positions: true,
            ..Options::default()
        })
        .unwrap();
        let source: String = (0..50).map(|i| format!("Paragraph {i}.\n\n")).collect();
        r.update(&source).unwrap();
        let longer = source.replace("Paragraph 20.", "Paragraph 20,\nnow two lines.");
        let u = r.update(&longer).unwrap();
        assert_eq!((u.start, u.delete_count, u.line_shift), (40, 1, 1));
        assert_eq!(u.nodes, ["<p data-line=\"41\">Paragraph 20,\nnow two lines.</p>"]);
        // Back again: the same node, and the rest moves up.
        let u = r.update(&source).unwrap();
        assert_eq!((u.start, u.delete_count, u.nodes.len(), u.line_shift), (40, 1, 1, -1));
        // A line added at the very end shifts nothing.
        let u = r.update(&format!("{source}\nTail.\n")).unwrap();
        assert_eq!((u.start, u.delete_count, u.line_shift), (100, 0, 0));
    }

    #[test]
    fn a_shift_must_be_the_same_for_every_line_of_a_node() {
        let a = "<ul data-line=\"3\">\n<li data-line=\"3\">x</li>\n<li data-line=\"4\">y</li>\n</ul>";
        let b = a.replace("\"3\"", "\"5\"").replace("\"4\"", "\"6\"");
        assert!(shifted_by(a, &b, 2));
        assert!(!shifted_by(a, &b, 1));
        assert!(!shifted_by(a, &b.replace("\"6\"", "\"7\""), 2));
        assert!(!shifted_by(a, &b.replace(">y<", ">z<"), 2));
        assert!(!shifted_by("<p>a</p>", "<p>b</p>", 3));
        assert!(shifted_by("\n", "\n", 3), "text between blocks carries no line");
    }

    #[test]
    fn an_error_keeps_the_last_page_shown() {
        let mut r = renderer();
        r.update("---\ntitle: A\n---\nText\n").unwrap();
        assert!(r.update("---\ntitle: [\n---\nText\n").is_err());
        assert!(r.update("---\ntitle: A\n---\nText\n").unwrap().is_empty());
    }
}
