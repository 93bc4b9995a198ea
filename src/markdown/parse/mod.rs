//! The markdown parser: CommonMark 0.31 and the extensions pagemark offers, as an iterator of
//! events with where each starts and ends in the source.
//!
//! Two passes, as CommonMark requires (a link may use a definition written after it): `blocks`
//! reads the block structure of the whole document — a tree of blocks whose leaves keep their
//! lines as offsets, no text — and the link definitions; then the iterator walks that tree and
//! runs `inlines` on one leaf at a time, so the events of only one block are held at once.
//! The events are pulldown-cmark's types, which the rest of the pipeline speaks; pulldown-cmark
//! itself is the oracle the parser is tested against (`tests.rs`: every example of the GFM
//! spec and 20 000 random documents render the same through one writer). pulldown-cmark
//! stays a dependency for its types only: its parser is unreachable, so LTO drops it.

mod blocks;
mod inlines;
mod punctuation;
mod scan;

use std::borrow::Cow;
use std::collections::VecDeque;
use std::ops::Range;

use crate::markdown::event::{CodeBlockKind, CowStr, Event, HeadingLevel, Tag, TagEnd};

use self::blocks::{Blocks, Kind, Line, Node, NONE};
use self::inlines::{Content, Context};
use crate::options::MarkdownOptions;

/// Which extensions to CommonMark the parser reads.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Extensions {
    pub tables: bool,
    pub strikethrough: bool,
    pub tasklists: bool,
    pub footnotes: bool,
    pub alerts: bool,
    pub math: bool,
    pub definition_lists: bool,
    pub smart_punctuation: bool,
    pub heading_attributes: bool,
    pub superscript: bool,
    pub subscript: bool,
}

impl Extensions {
    pub(crate) fn new(m: &MarkdownOptions) -> Self {
        Extensions {
            tables: m.tables,
            strikethrough: m.strikethrough,
            tasklists: m.tasklists,
            footnotes: m.footnotes,
            alerts: m.alerts,
            math: m.math,
            definition_lists: m.definition_lists,
            smart_punctuation: m.smart_punctuation,
            heading_attributes: m.heading_ids,
            superscript: m.superscript,
            subscript: m.subscript,
        }
    }
}

/// The events of a markdown document, each with its range in the source.
pub(crate) struct Parser<'a> {
    blocks: Blocks<'a>,
    ext: Extensions,
    /// The next block to enter, and the containers entered and not yet left.
    next: u32,
    open: Vec<u32>,
    queue: VecDeque<(Event<'a>, Range<usize>)>,
    /// The inline pass's buffers and table of special bytes, made once.
    scratch: inlines::Scratch<'a>,
    special: [bool; 256],
}

impl<'a> Parser<'a> {
    pub(crate) fn new(source: &'a str, ext: Extensions) -> Self {
        let blocks = blocks::parse(source, ext);
        let next = blocks.nodes.first().map_or(NONE, |d| d.first);
        Parser {
            blocks,
            ext,
            next,
            open: Vec::new(),
            queue: VecDeque::new(),
            scratch: inlines::Scratch::default(),
            special: inlines::special_bytes(ext),
        }
    }

    fn node(&self, n: u32) -> Option<&Node> {
        self.blocks.nodes.get(n as usize)
    }

    fn push(&mut self, event: Event<'a>, range: Range<usize>) {
        self.queue.push_back((event, range));
    }

    /// Enter the next block or leave the innermost open one; false at the end.
    fn walk(&mut self) -> bool {
        if self.next == NONE {
            let Some(n) = self.open.pop() else { return false };
            self.leave(n);
            self.next = self.node(n).map_or(NONE, |x| x.next);
            return true;
        }
        let n = self.next;
        let Some(node) = self.node(n).cloned() else {
            return false;
        };
        self.enter(n, &node);
        if node.first != NONE && !matches!(node.kind, Kind::Table(_)) {
            self.open.push(n);
            self.next = node.first;
        } else {
            self.leaf(n, &node);
            self.leave(n);
            self.next = node.next;
        }
        true
    }

    /// Whether paragraphs directly in `item` are written without `<p>`.
    fn in_tight_item(&self, n: u32) -> bool {
        let Some(item) = self.node(n).map(|x| x.parent) else {
            return false;
        };
        let Some(list) = self
            .node(item)
            .filter(|i| matches!(i.kind, Kind::Item { .. } | Kind::Definition { .. }))
            .map(|i| i.parent)
        else {
            return false;
        };
        matches!(
            self.node(list).map(|l| &l.kind),
            Some(Kind::List { tight: true, .. } | Kind::DefinitionList { tight: true })
        )
    }

    /// The task marker of the item `n` is the first block of, if that block is a paragraph on
    /// the marker's line.
    fn task_of_paragraph(&self, n: u32, node: &Node) -> Option<bool> {
        let item = self.node(node.parent)?;
        let Kind::Item {
            task: Some(checked), ..
        } = item.kind
        else {
            return None;
        };
        (item.first == n && self.same_line(item.start, node.start)).then_some(checked)
    }

    fn same_line(&self, a: usize, b: usize) -> bool {
        let between = self.blocks.source.get(a.min(b)..a.max(b)).unwrap_or_default();
        !between.contains(['\n', '\r'])
    }

    fn enter(&mut self, n: u32, node: &Node) {
        let range = node.start..node.end;
        let tag = match &node.kind {
            Kind::Document | Kind::LinkDefs => return,
            Kind::BlockQuote(kind) => Tag::BlockQuote(*kind),
            Kind::List { ordered, start, .. } => Tag::List(ordered.then_some(*start)),
            Kind::Item { task, .. } => {
                self.push(Event::Start(Tag::Item), range.clone());
                if let Some(checked) = task {
                    let first = self.node(node.first);
                    let inside =
                        first.is_some_and(|f| matches!(f.kind, Kind::Paragraph) && self.same_line(node.start, f.start));
                    if !inside {
                        self.push(Event::TaskListMarker(*checked), range);
                    }
                }
                return;
            }
            Kind::FootnoteDefinition(label) => Tag::FootnoteDefinition(CowStr::from(label.clone())),
            Kind::DefinitionList { .. } => Tag::DefinitionList,
            Kind::DefinitionTitle => Tag::DefinitionListTitle,
            Kind::Definition { .. } => Tag::DefinitionListDefinition,
            Kind::Paragraph => {
                if !self.in_tight_item(n) {
                    self.push(Event::Start(Tag::Paragraph), range.clone());
                }
                if let Some(checked) = self.task_of_paragraph(n, node) {
                    self.push(Event::TaskListMarker(checked), range);
                }
                return;
            }
            Kind::Heading { level, attrs, .. } => self.heading(*level, attrs.clone()),
            Kind::Rule => {
                self.push(Event::Rule, range);
                return;
            }
            Kind::Code { fence, info } => match fence {
                Some(_) => {
                    let info = self.blocks.source.get(info.clone()).unwrap_or_default();
                    let info = match scan::unescape(info) {
                        Cow::Borrowed(s) => CowStr::Borrowed(s),
                        Cow::Owned(s) => CowStr::from(s),
                    };
                    Tag::CodeBlock(CodeBlockKind::Fenced(info))
                }
                None => Tag::CodeBlock(CodeBlockKind::Indented),
            },
            Kind::Html(_) => Tag::HtmlBlock,
            Kind::Table(aligns) => Tag::Table(aligns.clone()),
        };
        self.push(Event::Start(tag), range);
    }

    fn leave(&mut self, n: u32) {
        let Some(node) = self.node(n) else { return };
        let range = node.start..node.end;
        let end = match &node.kind {
            Kind::Document | Kind::Rule | Kind::LinkDefs => return,
            Kind::BlockQuote(kind) => TagEnd::BlockQuote(*kind),
            Kind::List { ordered, .. } => TagEnd::List(*ordered),
            Kind::Item { .. } => TagEnd::Item,
            Kind::FootnoteDefinition(_) => TagEnd::FootnoteDefinition,
            Kind::DefinitionList { .. } => TagEnd::DefinitionList,
            Kind::DefinitionTitle => TagEnd::DefinitionListTitle,
            Kind::Definition { .. } => TagEnd::DefinitionListDefinition,
            Kind::Paragraph if self.in_tight_item(n) => return,
            Kind::Paragraph => TagEnd::Paragraph,
            Kind::Heading { level, .. } => TagEnd::Heading(heading_level(*level)),
            Kind::Code { .. } => TagEnd::CodeBlock,
            Kind::Html(_) => TagEnd::HtmlBlock,
            Kind::Table(_) => TagEnd::Table,
        };
        self.push(Event::End(end), range);
    }

    /// A leaf's content.
    fn leaf(&mut self, _n: u32, node: &Node) {
        match &node.kind {
            Kind::Paragraph | Kind::Heading { .. } | Kind::DefinitionTitle => {
                // An ATX heading's one line is already trimmed (its trailing tabs stay).
                let atx = matches!(node.kind, Kind::Heading { atx: true, .. });
                let content = self.paragraph_content(node.lines.clone(), !atx);
                let tail = atx && self.line_ends_blank(node.lines.start);
                self.inlines(&content, tail);
            }
            Kind::Code { .. } | Kind::Html(_) => {
                let html = matches!(node.kind, Kind::Html(_));
                let source = self.blocks.source;
                for i in node.lines.clone() {
                    let Some(line) = self.blocks.lines.get(i as usize).copied() else {
                        continue;
                    };
                    let text = source.as_bytes().get(line.start..line.end).unwrap_or_default();
                    let short = text.iter().all(|&b| b == b' ') && text.len() + usize::from(line.pad) < 4;
                    if !html && short && line.end == source.len() {
                        // pulldown-cmark reads fewer than four spaces at the very end as the
                        // closing fence.
                        continue;
                    }
                    let text = self.raw_line(line);
                    let range = line.start..line.end;
                    self.push(if html { Event::Html(text) } else { Event::Text(text) }, range);
                }
            }
            Kind::Table(aligns) => self.table(node, aligns.len()),
            _ => {}
        }
    }

    /// A heading's tag, with its `{#id .class key=value}` when there is one.
    fn heading(&self, level: u8, attrs: Option<Range<usize>>) -> Tag<'a> {
        let level = heading_level(level);
        let (mut id, mut classes, mut pairs) = (None, Vec::new(), Vec::new());
        let inside = attrs.and_then(|r| self.blocks.source.get(r)).unwrap_or_default();
        for attr in inside.split_ascii_whitespace().filter(|a| a.len() > 1) {
            if let Some(v) = attr.strip_prefix('#') {
                id = Some(CowStr::Borrowed(v));
            } else if let Some(v) = attr.strip_prefix('.') {
                classes.push(CowStr::Borrowed(v));
            } else {
                let (key, value) = match attr.split_once('=') {
                    Some((k, v)) => (k, Some(CowStr::Borrowed(v))),
                    None => (attr, None),
                };
                pairs.push((CowStr::Borrowed(key), value));
            }
        }
        Tag::Heading {
            level,
            id,
            classes,
            attrs: pairs,
        }
    }

    /// Whether only whitespace follows line `i`'s content on its line (an ATX heading without
    /// a closing sequence).
    fn line_ends_blank(&self, i: u32) -> bool {
        let Some(line) = self.blocks.lines.get(i as usize) else {
            return false;
        };
        scan::blank_to_eol(self.blocks.source.as_bytes().get(line.end..).unwrap_or_default())
    }

    fn inlines(&mut self, content: &Content<'a>, heading_tail: bool) {
        let cx = Context {
            ext: self.ext,
            refs: &self.blocks.refs,
            footnotes: &self.blocks.footnotes,
            heading_tail,
            special: &self.special,
        };
        inlines::parse(content, &cx, &mut self.scratch, &mut self.queue);
    }

    /// A code or HTML line with its line ending as `\n` (none at the end of a source that has
    /// none), borrowed when the source has it so.
    fn raw_line(&self, line: Line) -> CowStr<'a> {
        let source = self.blocks.source;
        let ending = scan::eol(source.as_bytes().get(line.end..).unwrap_or_default());
        if line.pad == 0 && ending != Some(2) {
            return CowStr::Borrowed(
                source
                    .get(line.start..line.end + ending.unwrap_or(0))
                    .unwrap_or_default(),
            );
        }
        let mut s = " ".repeat(usize::from(line.pad));
        s.push_str(source.get(line.start..line.end).unwrap_or_default());
        if ending.is_some() {
            s.push('\n');
        }
        CowStr::from(s)
    }

    /// A paragraph's or heading's lines as one text: joined by their line endings, the first
    /// line's leading and the last line's trailing whitespace removed. The other lines keep
    /// their leading whitespace, which the inline pass skips except in code spans.
    fn paragraph_content(&self, lines: Range<u32>, trim_end: bool) -> Content<'a> {
        let source = self.blocks.source;
        let b = source.as_bytes();
        let stripped = |l: &Line| l.start + scan::spaces(b.get(l.start..l.end).unwrap_or_default());
        let ls: &[Line] = self
            .blocks
            .lines
            .get(lines.start as usize..lines.end as usize)
            .unwrap_or_default();
        let Some(first) = ls.first() else {
            return Content {
                text: Cow::Borrowed(""),
                map: vec![(0, 0)],
            };
        };
        let start = stripped(first);
        let ending = |l: &Line| scan::eol(b.get(l.end..).unwrap_or_default()).unwrap_or(0);
        let contiguous = ls.windows(2).all(|w| match w {
            [x, y] => y.start == x.end + ending(x) && y.pad == 0,
            _ => true,
        });
        let last_end = ls.last().map_or(start, |l| l.end);
        if contiguous {
            let text = source.get(start..last_end).unwrap_or_default();
            let text = if trim_end {
                text.trim_end_matches([' ', '\t'])
            } else {
                text
            };
            return Content {
                text: Cow::Borrowed(text),
                map: vec![(0, start)],
            };
        }
        let mut text = String::new();
        let mut map = Vec::with_capacity(ls.len());
        for (i, l) in ls.iter().enumerate() {
            if i > 0 {
                // The line ending as written: a code span reads `\r\n` as two spaces.
                let prev = ls.get(i - 1).map_or(0, |p| p.end);
                text.push_str(source.get(prev..prev + ls.get(i - 1).map_or(1, ending)).unwrap_or("\n"));
            }
            let s = if i == 0 { stripped(l) } else { l.start };
            map.push((text.len(), s));
            text.push_str(source.get(s..l.end.max(s)).unwrap_or_default());
        }
        if trim_end {
            let trimmed = text.trim_end_matches([' ', '\t']).len();
            text.truncate(trimmed);
        }
        Content {
            text: Cow::Owned(text),
            map,
        }
    }

    /// A table: its head row, then each body row, each cell parsed on its own.
    fn table(&mut self, node: &Node, columns: usize) {
        let rows: Vec<Line> = node
            .lines
            .clone()
            .filter_map(|i| self.blocks.lines.get(i as usize).copied())
            .collect();
        for (i, row) in rows.iter().enumerate() {
            let range = row.start..row.end;
            let (start, end) = if i == 0 {
                (Tag::TableHead, TagEnd::TableHead)
            } else {
                (Tag::TableRow, TagEnd::TableRow)
            };
            self.push(Event::Start(start), range.clone());
            let line = self.blocks.source.get(row.start..row.end).unwrap_or_default();
            let cells = blocks::split_row(line);
            for c in 0..columns {
                let cell = cells.get(c).cloned();
                let at = cell.as_ref().map_or(row.end, |r| row.start + r.start);
                let cell_end = cell.as_ref().map_or(row.end, |r| row.start + r.end);
                self.push(Event::Start(Tag::TableCell), at..cell_end);
                if let Some(r) = cell {
                    let content = self.cell_content(row.start + r.start, row.start + r.end);
                    self.inlines(&content, false);
                }
                self.push(Event::End(TagEnd::TableCell), at..cell_end);
            }
            self.push(Event::End(end), range);
        }
    }

    /// A cell's text, trimmed, with `\|` read as `|` (GFM: escaped pipes do not split cells,
    /// even inside code).
    fn cell_content(&self, start: usize, end: usize) -> Content<'a> {
        let raw = self.blocks.source.get(start..end).unwrap_or_default();
        let lead = raw.len() - raw.trim_start_matches([' ', '\t']).len();
        let text = raw.trim_matches([' ', '\t']);
        let start = start + lead;
        if crate::text::find_str(text, "\\|").is_none() {
            return Content {
                text: Cow::Borrowed(text),
                map: vec![(0, start)],
            };
        }
        let mut owned = String::with_capacity(text.len());
        let mut map = Vec::new();
        let mut from = 0;
        while let Some(i) = text.get(from..).and_then(|rest| crate::text::find_str(rest, "\\|")) {
            map.push((owned.len(), start + from));
            owned.push_str(text.get(from..from + i).unwrap_or_default());
            from += i + 1;
        }
        map.push((owned.len(), start + from));
        owned.push_str(text.get(from..).unwrap_or_default());
        Content {
            text: Cow::Owned(owned),
            map,
        }
    }
}

fn heading_level(level: u8) -> HeadingLevel {
    match level {
        1 => HeadingLevel::H1,
        2 => HeadingLevel::H2,
        3 => HeadingLevel::H3,
        4 => HeadingLevel::H4,
        5 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

impl<'a> Iterator for Parser<'a> {
    type Item = (Event<'a>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(e) = self.queue.pop_front() {
                return Some(e);
            }
            if !self.walk() {
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests;
