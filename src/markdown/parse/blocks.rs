//! The first pass: the document's block structure, line by line, as CommonMark's appendix
//! describes it (match the open containers, open new blocks, add the rest of the line to the
//! open leaf). It builds a tree of blocks only — each leaf keeps its lines as offsets into the
//! source, no copy of the text — and collects the link reference definitions and footnote
//! labels the inline pass needs before it can start.

use crate::text::Own;
use std::borrow::Cow;
use std::ops::Range;

use crate::markdown::event::{Alignment, BlockQuoteKind};
use crate::strmap::{StrMap, StrSet};

use super::scan::{self, eol, is_blank, spaces};
use super::Extensions;

/// No node: the end of a list of children.
pub(super) const NONE: u32 = u32::MAX;
/// The document, always node 0.
pub(super) const DOCUMENT: u32 = 0;

/// One line of a leaf: `pad` spaces (what is left of a tab a container's indentation cut
/// through), then `source[start..end]`, without its line ending.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line {
    pub start: usize,
    pub end: usize,
    pub pad: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Fence {
    pub ch: u8,
    pub len: usize,
    /// Columns of indentation of the opening fence, removed from each line of the block.
    pub indent: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    Document,
    BlockQuote(Option<BlockQuoteKind>),
    List {
        ordered: bool,
        start: u64,
        marker: u8,
        tight: bool,
    },
    /// `width`: columns of content indentation; `task`: a GFM task list marker.
    Item {
        marker: u8,
        width: usize,
        task: Option<bool>,
    },
    FootnoteDefinition(String),
    DefinitionList {
        tight: bool,
    },
    /// A definition list's term: a paragraph's lines.
    DefinitionTitle,
    /// `width`: columns of content indentation.
    Definition {
        width: usize,
    },
    Paragraph,
    /// A paragraph that was only link reference definitions: no output, but a block for
    /// list tightness and what may follow it (as pulldown-cmark reads definitions).
    LinkDefs,
    /// `attrs`: the inside of a trailing `{…}` (heading attributes).
    Heading {
        level: u8,
        atx: bool,
        attrs: Option<Range<usize>>,
    },
    Rule,
    Code {
        fence: Option<Fence>,
        info: Range<usize>,
    },
    /// HTML blocks by the kind of their start condition, 1–7.
    Html(u8),
    Table(Vec<Alignment>),
}

impl Kind {
    fn is_container(&self) -> bool {
        matches!(
            self,
            Kind::Document
                | Kind::BlockQuote(_)
                | Kind::List { .. }
                | Kind::Item { .. }
                | Kind::FootnoteDefinition(_)
                | Kind::DefinitionList { .. }
                | Kind::Definition { .. }
        )
    }

    fn accepts_lines(&self) -> bool {
        matches!(
            self,
            Kind::Paragraph | Kind::Code { .. } | Kind::Html(_) | Kind::Table(_) | Kind::DefinitionTitle
        )
    }
}

#[derive(Debug, Clone)]
pub(super) struct Node {
    pub kind: Kind,
    /// Where the block starts in the source (its marker, or its first character).
    pub start: usize,
    /// Where it ends: the end of its last line.
    pub end: usize,
    pub parent: u32,
    pub first: u32,
    pub last: u32,
    pub next: u32,
    /// Its lines, a range of `Blocks::lines` (leaves only).
    pub lines: Range<u32>,
    open: bool,
    last_line_blank: bool,
}

/// A link reference definition: where it points and its title.
#[derive(Debug, Clone)]
pub(super) struct LinkDef<'a> {
    pub dest: Cow<'a, str>,
    pub title: Cow<'a, str>,
}

/// What the first pass found.
pub(super) struct Blocks<'a> {
    pub source: &'a str,
    pub nodes: Vec<Node>,
    pub lines: Vec<Line>,
    pub refs: StrMap<LinkDef<'a>>,
    pub footnotes: StrSet,
}

/// Where the line being read stands (the names are those of CommonMark's reference parser).
#[derive(Default)]
struct Cursor {
    line: usize,
    end: usize,
    offset: usize,
    column: usize,
    next_nonspace: usize,
    next_nonspace_column: usize,
    indent: usize,
    indented: bool,
    blank: bool,
    partially_consumed_tab: bool,
    /// Where the line's content starts after its containers' markers, before its indentation:
    /// a paragraph's later lines keep that whitespace for code spans (as pulldown-cmark does).
    before_space: usize,
    /// The whitespace run the last `find_next_nonspace` read: its end, and just past its last
    /// tab (0: none). Each container of a line asks again; reading the run again each time
    /// made 1 MB of ever deeper lists cubic.
    space_end: Option<usize>,
    space_after_tab: usize,
}

enum Continued {
    Matched,
    Failed,
    /// The line was wholly used (a closing code fence).
    LineDone,
}

enum Started {
    No,
    Container,
    Leaf,
}

/// The block pass over `source`.
pub(super) fn parse<'a>(source: &'a str, ext: Extensions) -> Blocks<'a> {
    let mut p = Builder {
        b: Blocks {
            source,
            nodes: vec![new_node(Kind::Document, 0, NONE)],
            lines: Vec::new(),
            refs: StrMap::default(),
            footnotes: StrSet::default(),
        },
        ext,
        c: Cursor::default(),
        tip: DOCUMENT,
        old_tip: DOCUMENT,
        last_matched: DOCUMENT,
        all_closed: true,
        line_used: false,
        alert: NONE,
        previous_end: 0,
        previous_blank: false,
    };
    let bytes = source.as_bytes();
    // Without `\r` in the source a line ends at the next `\n`, which `str::find` finds with
    // memchr: the byte loop was a third of the block pass.
    let has_cr = source.contains('\r');
    let mut start = 0;
    while start < bytes.len() {
        let rest = source.get(start..).unwrap_or_default();
        let end = if has_cr {
            rest.find(['\n', '\r'])
        } else {
            rest.find('\n')
        };
        let end = end.map_or(bytes.len(), |i| start + i);
        p.line(start, end);
        p.previous_end = end;
        // A definition's or item's own line with nothing after the marker is no blank line
        // before a next definition (pulldown-cmark).
        let empty_start = matches!(p.kind(p.tip), Some(Kind::Definition { .. } | Kind::Item { .. }))
            && p.node(p.tip).is_some_and(|n| n.first == NONE && n.start >= start);
        // Nor is a line blank inside a block quote, a fenced code block or an HTML block that
        // blank lines do not end (pulldown-cmark reads those blocks' lines in one go).
        let inside = matches!(
            p.kind(p.tip),
            Some(Kind::BlockQuote(_) | Kind::Code { fence: Some(_), .. } | Kind::Html(1..=5))
        );
        p.previous_blank = p.c.blank && !empty_start && !inside;
        start = end + bytes.get(end..).and_then(eol).unwrap_or(0);
    }
    while p.tip != NONE {
        p.finalize(p.tip);
    }
    p.b
}

fn new_node(kind: Kind, start: usize, parent: u32) -> Node {
    Node {
        kind,
        start,
        end: start,
        parent,
        first: NONE,
        last: NONE,
        next: NONE,
        lines: 0..0,
        open: true,
        last_line_blank: false,
    }
}

struct Builder<'a> {
    b: Blocks<'a>,
    ext: Extensions,
    c: Cursor,
    tip: u32,
    old_tip: u32,
    last_matched: u32,
    all_closed: bool,
    /// A GFM alert opened on the line before: its next line continues it lazily.
    alert: u32,
    /// A block start used the whole line (an opening fence, a table's delimiter row).
    line_used: bool,
    /// Where the line before this one ended: the end of blocks this line closes.
    previous_end: usize,
    /// Whether the line before this one was blank.
    previous_blank: bool,
}

impl<'a> Builder<'a> {
    fn node(&self, n: u32) -> Option<&Node> {
        self.b.nodes.get(n as usize)
    }

    fn node_mut(&mut self, n: u32) -> Option<&mut Node> {
        self.b.nodes.get_mut(n as usize)
    }

    fn kind(&self, n: u32) -> Option<&Kind> {
        self.node(n).map(|n| &n.kind)
    }

    fn byte(&self, at: usize) -> u8 {
        if at >= self.c.end {
            return b'\n';
        }
        self.b.source.as_bytes().get(at).copied().unwrap_or(b'\n')
    }

    fn rest(&self, from: usize) -> &'a str {
        self.b.source.get(from..self.c.end).unwrap_or_default()
    }

    fn line(&mut self, start: usize, end: usize) {
        self.c = Cursor {
            line: start,
            end,
            offset: start,
            ..Cursor::default()
        };
        self.old_tip = self.tip;
        self.line_used = false;
        let mut container = DOCUMENT;
        loop {
            let last = self.node(container).map_or(NONE, |n| n.last);
            if last == NONE || !self.node(last).is_some_and(|n| n.open) {
                break;
            }
            container = last;
            self.find_next_nonspace();
            match self.continues(container) {
                Continued::Matched => {}
                Continued::Failed => {
                    container = self.node(container).map_or(DOCUMENT, |n| n.parent);
                    break;
                }
                Continued::LineDone => return,
            }
        }
        let alert = std::mem::replace(&mut self.alert, NONE);
        if alert != NONE && container != alert && self.continues_alert(alert, container) {
            // pulldown-cmark reads the line after `> [!NOTE]` as if it were the rest of that
            // line, so it starts a paragraph in the alert unless it would interrupt one.
            self.all_closed = alert == self.old_tip;
            self.last_matched = alert;
            self.advance_next_nonspace();
            self.find_next_nonspace();
            let at = self.c.next_nonspace;
            // No new container, but a leaf may start, even indented.
            let started = match self.byte(at) {
                b'#' => self.atx_heading(at),
                b'`' | b'~' => self.fenced_code(at),
                b'<' => self.html_block(at, false),
                b'*' | b'-' | b'_' if thematic_break(self.rest(at).as_bytes()) => {
                    self.close_unmatched();
                    self.add_child(Kind::Rule, at);
                    self.finalize_here(self.tip);
                    self.c.offset = self.c.end;
                    Started::Leaf
                }
                _ => Started::No,
            };
            let leaf = matches!(started, Started::Leaf);
            self.add_rest(if leaf { self.tip } else { alert }, !leaf);
            return;
        }
        self.all_closed = container == self.old_tip;
        self.last_matched = container;
        let mut matched_leaf = self
            .kind(container)
            .is_some_and(|k| k.accepts_lines() && *k != Kind::Paragraph);
        if matches!(self.kind(container), Some(Kind::Table(_))) {
            matched_leaf = !self.interrupts_table();
            if !matched_leaf {
                container = self.node(container).map_or(DOCUMENT, |n| n.parent);
                self.all_closed = false;
                self.last_matched = container;
            }
        }
        let mut force_paragraph = false;
        if !matched_leaf {
            (container, force_paragraph) = self.block_starts(container);
        }
        self.add_rest(container, force_paragraph);
    }

    /// Block starts from the cursor, in `container`, until a leaf starts or none does: where
    /// the rest of the line goes, and whether it must start a paragraph (after a task marker).
    fn block_starts(&mut self, mut container: u32) -> (u32, bool) {
        loop {
            self.find_next_nonspace();
            if !self.c.indented && !may_start_block(self.byte(self.c.next_nonspace)) {
                self.advance_next_nonspace();
                break (container, false);
            }
            match self.block_start(container) {
                Started::No => {
                    // A paragraph of link definitions only, read as the term of a definition,
                    // is gone: the line goes to its parent.
                    if let Some(gone) = self.node(container).filter(|n| !n.open) {
                        container = gone.parent;
                    }
                    self.advance_next_nonspace();
                    break (container, false);
                }
                Started::Container => {
                    container = self.tip;
                    if let Some(Kind::Item { task: Some(_), .. }) = self.kind(container) {
                        self.find_next_nonspace();
                        let text_follows = !self.c.blank;
                        self.advance_next_nonspace();
                        break (container, text_follows);
                    }
                }
                Started::Leaf => break (self.tip, false),
            }
        }
    }

    /// After the containers and block starts: a lazy paragraph line, or the line added to the
    /// open leaf, or a new paragraph.
    fn add_rest(&mut self, container: u32, force_paragraph: bool) {
        let tip_is_paragraph = matches!(self.kind(self.tip), Some(Kind::Paragraph));
        if !self.all_closed && !self.c.blank && tip_is_paragraph && !force_paragraph {
            self.add_line();
            return;
        }
        self.close_unmatched();
        if self.c.blank {
            let last = self.node(container).map_or(NONE, |n| n.last);
            if let Some(n) = self.node_mut(last) {
                n.last_line_blank = true;
            }
        }
        let kind = self.kind(container);
        let is_empty_item_start = matches!(kind, Some(Kind::Item { .. }))
            && self
                .node(container)
                .is_some_and(|n| n.first == NONE && n.start >= self.c.line);
        let fenced = matches!(kind, Some(Kind::Code { fence: Some(_), .. }));
        let last_line_blank =
            self.c.blank && !(matches!(kind, Some(Kind::BlockQuote(_))) || fenced || is_empty_item_start);
        let mut n = container;
        while let Some(node) = self.node_mut(n) {
            node.last_line_blank = last_line_blank;
            n = node.parent;
        }
        match self.kind(container) {
            _ if self.line_used => {}
            Some(k) if k.accepts_lines() => {
                if let Kind::Html(kind @ 1..=5) = *k {
                    self.add_line();
                    if html_block_ends(kind, self.rest(self.c.offset)) {
                        self.finalize_here(container);
                    }
                } else {
                    self.add_line();
                }
            }
            _ if self.c.offset < self.c.end && !self.c.blank => {
                self.add_child(Kind::Paragraph, self.c.next_nonspace);
                self.advance_next_nonspace();
                self.add_line();
            }
            _ => {}
        }
    }

    fn find_next_nonspace(&mut self) {
        let (mut i, mut cols) = (self.c.offset, self.c.column);
        match self.c.space_end {
            // Spaces only from here to the end of the run already read.
            Some(end) if self.c.offset <= end && self.c.space_after_tab <= self.c.offset => {
                (i, cols) = (end, cols + (end - self.c.offset));
            }
            _ => loop {
                match self.byte(i) {
                    b' ' => cols += 1,
                    b'\t' => {
                        cols += 4 - cols % 4;
                        self.c.space_after_tab = i + 1;
                    }
                    _ => break,
                }
                i += 1;
            },
        }
        self.c.space_end = Some(i);
        self.c.blank = i >= self.c.end;
        self.c.next_nonspace = i;
        self.c.next_nonspace_column = cols;
        self.c.indent = cols - self.c.column;
        self.c.indented = self.c.indent >= 4;
    }

    fn advance_next_nonspace(&mut self) {
        self.c.before_space = self.c.offset;
        self.c.offset = self.c.next_nonspace;
        self.c.column = self.c.next_nonspace_column;
        self.c.partially_consumed_tab = false;
    }

    /// Move `count` characters, or with `columns` `count` columns (a tab may be cut through).
    fn advance(&mut self, mut count: usize, columns: bool) {
        while count > 0 && self.c.offset < self.c.end {
            if self.byte(self.c.offset) == b'\t' {
                let to_tab = 4 - self.c.column % 4;
                if columns {
                    self.c.partially_consumed_tab = to_tab > count;
                    let step = to_tab.min(count);
                    self.c.column += step;
                    if !self.c.partially_consumed_tab {
                        self.c.offset += 1;
                    }
                    count -= step;
                } else {
                    self.c.partially_consumed_tab = false;
                    self.c.column += to_tab;
                    self.c.offset += 1;
                    count -= 1;
                }
            } else {
                self.c.partially_consumed_tab = false;
                self.c.offset += 1;
                self.c.column += 1;
                count -= 1;
            }
        }
    }

    fn add_line(&mut self) {
        let mut pad = 0;
        let first_html_line = self
            .node(self.tip)
            .is_some_and(|n| matches!(n.kind, Kind::Html(_)) && n.lines.is_empty());
        if first_html_line && self.c.offset > self.c.line {
            // In a container, pulldown-cmark writes the indentation before an HTML block's
            // `<` as spaces when it has a tab.
            self.find_next_nonspace();
            let lead = self
                .b
                .source
                .as_bytes()
                .get(self.c.offset..self.c.next_nonspace)
                .unwrap_or_default();
            if lead.contains(&b'\t') {
                if let Ok(cols) = u16::try_from(self.c.next_nonspace_column - self.c.column) {
                    let line = Line {
                        start: self.c.next_nonspace,
                        end: self.c.end,
                        pad: cols,
                    };
                    return self.push_line(line);
                }
            }
        }
        if self.c.partially_consumed_tab {
            self.c.offset += 1;
            pad = (4 - self.c.column % 4) as u16;
        }
        let mut start = self.c.offset.min(self.c.end);
        if matches!(self.kind(self.tip), Some(Kind::Paragraph)) && self.c.before_space < start {
            (start, pad) = (self.c.before_space, 0);
        }
        self.push_line(Line {
            start,
            end: self.c.end,
            pad,
        });
    }

    /// Add `line` to the open leaf.
    fn push_line(&mut self, line: Line) {
        let at = u32::try_from(self.b.lines.len()).unwrap_or(u32::MAX);
        self.b.lines.push(line);
        let tip = self.tip;
        if let Some(n) = self.node_mut(tip) {
            if n.lines.is_empty() {
                n.lines = at..at;
            }
            n.lines.end = at.saturating_add(1);
            n.end = line.end;
        }
    }

    fn add_child(&mut self, kind: Kind, start: usize) -> u32 {
        while !self.accepts(self.tip, &kind) {
            if self.tip == DOCUMENT {
                break;
            }
            self.finalize(self.tip);
        }
        let id = u32::try_from(self.b.nodes.len()).unwrap_or(NONE);
        let parent = self.tip;
        if self.previous_blank && matches!(self.kind(parent), Some(Kind::Definition { .. })) {
            // A block after a blank line in a definition loosens its list (pulldown-cmark;
            // even when what was before the blank line was only link definitions).
            let list = self.node(parent).map_or(NONE, |n| n.parent);
            if let Some(Node {
                kind: Kind::DefinitionList { tight },
                ..
            }) = self.node_mut(list)
            {
                *tight = false;
            }
        }
        self.b.nodes.push(new_node(kind, start, parent));
        let prev = self.node(parent).map_or(NONE, |n| n.last);
        if let Some(p) = self.node_mut(prev) {
            p.next = id;
        }
        if let Some(p) = self.node_mut(parent) {
            if p.first == NONE {
                p.first = id;
            }
            p.last = id;
        }
        self.tip = id;
        id
    }

    /// Whether node `n` can hold a new `kind` child. A definition list holds one paragraph
    /// after a definition, the next term if a definition follows it; a second one ends the
    /// list (pulldown-cmark).
    fn accepts(&self, n: u32, kind: &Kind) -> bool {
        let Some(node) = self.node(n) else { return false };
        if matches!(node.kind, Kind::DefinitionList { .. }) && matches!(kind, Kind::Paragraph) {
            return matches!(self.kind(node.last), Some(Kind::Definition { .. }));
        }
        can_contain(&node.kind, kind)
    }

    // Out of line: LLVM copied it into 16 callers, 1.9 KB of code before wasm-opt (session 15).
    #[inline(never)]
    fn close_unmatched(&mut self) {
        if self.all_closed {
            return;
        }
        while self.old_tip != self.last_matched && self.old_tip != NONE {
            let parent = self.node(self.old_tip).map_or(NONE, |n| n.parent);
            self.finalize(self.old_tip);
            self.old_tip = parent;
        }
        self.all_closed = true;
    }

    /// Close a block on the line that ends it (a heading, a closing fence).
    fn finalize_here(&mut self, n: u32) {
        let end = self.c.end;
        self.finalize(n);
        if let Some(node) = self.node_mut(n) {
            node.end = end;
        }
    }

    fn finalize(&mut self, n: u32) {
        let previous_end = self.previous_end;
        let Some(node) = self.node_mut(n) else { return };
        node.open = false;
        let parent = node.parent;
        if node.lines.is_empty() && node.end < previous_end && node.kind.is_container() {
            node.end = node.end.max(previous_end.min(node.end.max(node.start)));
        }
        match node.kind {
            Kind::Paragraph => self.finalize_paragraph(n),
            Kind::Code { fence: None, .. } => self.trim_blank_lines(n),
            Kind::List { .. } => self.finalize_list(n),
            Kind::DefinitionList { .. } => self.finalize_definition_list(n),
            _ => {}
        }
        if let Some(last_end) = self.node(n).map(|x| x.last).and_then(|l| self.node(l)).map(|l| l.end) {
            if let Some(node) = self.node_mut(n) {
                node.end = node.end.max(last_end);
            }
        }
        self.tip = parent;
    }

    /// Link reference definitions at the start of a paragraph are taken out of it; a paragraph
    /// of nothing else is removed.
    fn finalize_paragraph(&mut self, n: u32) {
        let Some(lines) = self.node(n).map(|x| x.lines.clone()) else {
            return;
        };
        let first = self.take_reference_definitions(lines.clone());
        if first == lines.end {
            if let Some(node) = self.node_mut(n) {
                node.kind = Kind::LinkDefs;
            }
        } else if let Some(node) = self.node_mut(n) {
            node.lines.start = first;
        }
    }

    fn line_at(&self, i: u32) -> Line {
        self.b.lines.get(i as usize).copied().unwrap_or(Line {
            start: 0,
            end: 0,
            pad: 0,
        })
    }

    /// The link reference definitions at the start of `lines`, recorded (the first of a label
    /// wins); the index of the first line after them. The lines are joined once: joining the
    /// rest again for each definition was quadratic (1 MB of definitions took 23 s).
    fn take_reference_definitions(&mut self, lines: Range<u32>) -> u32 {
        let starts_with_bracket = |s: &Self| s.b.source.as_bytes().get(s.line_at(lines.start).start) == Some(&b'[');
        if lines.is_empty() || !starts_with_bracket(self) {
            return lines.start;
        }
        let (text, starts) = self.joined(lines.clone());
        let mut pos = 0;
        while let Some((len, label, def)) = text.get(pos..).and_then(reference_definition) {
            let key = scan::normalize_label(label);
            if key.is_empty() {
                break;
            }
            let def = LinkDef {
                dest: Cow::Owned(def.dest.into_owned()),
                title: Cow::Owned(def.title.into_owned()),
            };
            // The first definition of a label wins.
            self.b.refs.get_or_insert_with(&key, || def);
            pos += len;
        }
        let consumed = starts.partition_point(|&s| s < pos);
        lines.start + u32::try_from(consumed).unwrap_or(0)
    }

    /// The paragraph lines `lines`, leading whitespace removed, joined by `\n`; with where each
    /// line starts in the result.
    fn joined(&self, lines: Range<u32>) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut starts = Vec::new();
        for i in lines {
            let l = self.line_at(i);
            starts.push(text.len());
            let s = self.b.source.get(l.start..l.end).unwrap_or_default();
            text.push_str(s.trim_start_matches([' ', '\t']));
            text.push('\n');
        }
        (text, starts)
    }

    /// An indented code block does not end with blank lines.
    fn trim_blank_lines(&mut self, n: u32) {
        let Some(lines) = self.node(n).map(|x| x.lines.clone()) else {
            return;
        };
        let mut end = lines.end;
        while end > lines.start {
            let l = self.line_at(end - 1);
            if !is_blank(self.b.source.as_bytes().get(l.start..l.end).unwrap_or_default()) {
                break;
            }
            end -= 1;
        }
        let last_end = self.b.lines.get(end.saturating_sub(1) as usize).map(|l| l.end);
        if let Some(node) = self.node_mut(n) {
            node.lines.end = end;
            if let Some(e) = last_end {
                node.end = e;
            }
        }
    }

    /// A list is loose when a blank line separates two of its items, or two blocks of an item.
    fn finalize_list(&mut self, list: u32) {
        let mut tight = true;
        let mut item = self.node(list).map_or(NONE, |n| n.first);
        'items: while let Some(it) = self.node(item) {
            if it.next != NONE && self.ends_with_blank_line(item) {
                tight = false;
                break;
            }
            let mut sub = it.first;
            while let Some(s) = self.node(sub) {
                if (it.next != NONE || s.next != NONE) && self.ends_with_blank_line(sub) {
                    tight = false;
                    break 'items;
                }
                sub = s.next;
            }
            item = it.next;
        }
        if let Some(Node {
            kind: Kind::List { tight: t, .. },
            ..
        }) = self.node_mut(list)
        {
            *t = tight;
        }
    }

    fn ends_with_blank_line(&self, mut n: u32) -> bool {
        while let Some(node) = self.node(n) {
            if node.last_line_blank {
                return true;
            }
            if !matches!(node.kind, Kind::List { .. } | Kind::Item { .. }) {
                return false;
            }
            n = node.last;
        }
        false
    }

    fn continues(&mut self, n: u32) -> Continued {
        let Some(node) = self.node(n) else {
            return Continued::Failed;
        };
        let c = &self.c;
        let ok = match &node.kind {
            Kind::Document => true,
            Kind::BlockQuote(_) => {
                if c.indented || self.byte(c.next_nonspace) != b'>' {
                    false
                } else {
                    self.advance_next_nonspace();
                    self.advance(1, false);
                    if matches!(self.byte(self.c.offset), b' ' | b'\t') {
                        self.advance(1, true);
                    }
                    true
                }
            }
            Kind::Item { width, .. } | Kind::Definition { width } => {
                let width = *width;
                if c.blank {
                    // An item that began with a blank line ends at the next one; a definition
                    // too, unless a block followed its `:` (pulldown-cmark).
                    let began_blank = node.first == NONE
                        && (!matches!(node.kind, Kind::Definition { .. }) || self.blank_after(node.start + 1));
                    if began_blank {
                        false
                    } else {
                        self.advance_next_nonspace();
                        true
                    }
                } else if c.indent >= width {
                    self.advance(width, true);
                    true
                } else {
                    false
                }
            }
            Kind::FootnoteDefinition(_) => {
                if c.blank {
                    self.advance_next_nonspace();
                    true
                } else if c.indent >= 4 {
                    self.advance(4, true);
                    true
                } else {
                    false
                }
            }
            Kind::Paragraph | Kind::Table(_) => !c.blank,
            Kind::Heading { .. } | Kind::Rule | Kind::DefinitionTitle | Kind::LinkDefs => false,
            Kind::List { .. } => true,
            // A definition can begin with at most one blank line; pulldown-cmark ends the whole
            // list there, so a `:` after it is text.
            Kind::DefinitionList { .. } => {
                c.blank || !self.previous_blank || {
                    let last = self.node(node.last);
                    !last.is_some_and(|l| {
                        matches!(l.kind, Kind::Definition { .. }) && l.first == NONE && self.blank_after(l.start + 1)
                    })
                }
            }
            Kind::Code { fence: Some(fence), .. } => {
                let fence = *fence;
                let at = c.next_nonspace;
                let run = self.run_of(at, fence.ch);
                if !c.indented && run >= fence.len && is_blank(self.rest(at + run).as_bytes()) {
                    self.finalize_here(n);
                    return Continued::LineDone;
                }
                let mut i = fence.indent;
                while i > 0 && matches!(self.byte(self.c.offset), b' ' | b'\t') {
                    self.advance(1, true);
                    i -= 1;
                }
                true
            }
            Kind::Code { fence: None, .. } => {
                if c.indent >= 4 {
                    self.advance(4, true);
                    true
                } else if c.blank {
                    self.advance_next_nonspace();
                    true
                } else {
                    false
                }
            }
            Kind::Html(kind) => !(c.blank && (*kind == 6 || *kind == 7)),
        };
        if ok {
            Continued::Matched
        } else {
            Continued::Failed
        }
    }

    /// Whether only spaces and tabs follow `at` on its line.
    fn blank_after(&self, at: usize) -> bool {
        scan::blank_to_eol(self.b.source.as_bytes().get(at..).unwrap_or_default())
    }

    /// How many `ch` in a row from `at`.
    fn run_of(&self, at: usize, ch: u8) -> usize {
        self.rest(at).bytes().take_while(|&b| b == ch).count()
    }

    /// Try each block start at the cursor, in CommonMark's order.
    fn block_start(&mut self, container: u32) -> Started {
        let c = &self.c;
        let at = c.next_nonspace;
        let first = self.byte(at);
        let in_paragraph = matches!(self.kind(container), Some(Kind::Paragraph));
        if !c.indented {
            // A delimiter row under a one-line paragraph makes a table before a `:` can start a
            // definition (pulldown-cmark reads tables with the paragraph's first line); other
            // lines try the table after the other block starts.
            let table_first = first == b':' && in_paragraph;
            if table_first {
                let started = self.table_or_setext(container, at);
                if !matches!(started, Started::No) {
                    return started;
                }
            }
            let started = match first {
                b':' if self.ext.definition_lists => self.definition(container),
                b'[' if self.ext.footnotes => self.footnote_definition(at),
                b'>' => self.block_quote(at),
                b'#' => self.atx_heading(at),
                b'`' | b'~' => self.fenced_code(at),
                b'<' => self.html_block(at, in_paragraph),
                _ => Started::No,
            };
            if !matches!(started, Started::No) {
                return started;
            }
            if in_paragraph && !table_first {
                let started = self.table_or_setext(container, at);
                if !matches!(started, Started::No) {
                    return started;
                }
            }
            if matches!(first, b'*' | b'-' | b'_') && thematic_break(self.rest(at).as_bytes()) {
                self.close_unmatched();
                self.add_child(Kind::Rule, at);
                self.finalize_here(self.tip);
                self.c.offset = self.c.end;
                return Started::Leaf;
            }
        }
        if !self.c.indented || matches!(self.kind(container), Some(Kind::List { .. })) {
            let started = self.list_item(container, in_paragraph);
            if !matches!(started, Started::No) {
                return started;
            }
        }
        if self.c.indented && !matches!(self.kind(self.tip), Some(Kind::Paragraph)) && !self.c.blank {
            self.advance(4, true);
            self.close_unmatched();
            self.add_child(
                Kind::Code {
                    fence: None,
                    info: 0..0,
                },
                self.c.offset,
            );
            return Started::Leaf;
        }
        Started::No
    }

    fn block_quote(&mut self, at: usize) -> Started {
        self.advance_next_nonspace();
        self.advance(1, false);
        if matches!(self.byte(self.c.offset), b' ' | b'\t') {
            self.advance(1, true);
        }
        let kind = if self.ext.alerts {
            alert(self.rest(self.c.offset))
        } else {
            None
        };
        self.close_unmatched();
        self.add_child(Kind::BlockQuote(kind), at);
        if kind.is_some() {
            self.alert = self.tip;
            self.c.offset = self.c.end;
            self.c.next_nonspace = self.c.end;
        }
        Started::Container
    }

    fn atx_heading(&mut self, at: usize) -> Started {
        let rest = self.rest(at).as_bytes();
        let level = rest.iter().take_while(|&&b| b == b'#').count();
        if level > 6 || !rest.get(level).is_none_or(|b| matches!(b, b' ' | b'\t')) {
            return Started::No;
        }
        self.close_unmatched();
        let source = self.b.source.as_bytes();
        let content = at + level;
        let text_start = content + spaces(source.get(content..self.c.end).unwrap_or_default());
        let (text_end, attrs) = self.heading_attributes(text_start, self.c.end);
        let (start, end) = heading_content(source, content, text_end);
        let id = self.add_child(
            Kind::Heading {
                level: level as u8,
                atx: true,
                attrs,
            },
            at,
        );
        let line = Line { start, end, pad: 0 };
        let i = u32::try_from(self.b.lines.len()).unwrap_or(u32::MAX);
        self.b.lines.push(line);
        if let Some(n) = self.node_mut(id) {
            n.lines = i..i.saturating_add(1);
        }
        self.finalize_here(id);
        self.c.offset = self.c.end;
        Started::Leaf
    }

    fn fenced_code(&mut self, at: usize) -> Started {
        let ch = self.byte(at);
        let len = self.run_of(at, ch);
        let info = self.rest(at + len);
        if len < 3 || (ch == b'`' && info.contains('`')) {
            return Started::No;
        }
        self.close_unmatched();
        let info_start = at + len + spaces(info.as_bytes());
        let info_end = at + len + info.trim_end_matches([' ', '\t']).len();
        let fence = Fence {
            ch,
            len,
            indent: self.c.indent,
        };
        self.add_child(
            Kind::Code {
                fence: Some(fence),
                info: info_start..info_end.max(info_start),
            },
            at,
        );
        self.c.offset = self.c.end;
        self.line_used = true;
        Started::Leaf
    }

    fn html_block(&mut self, at: usize, in_paragraph: bool) -> Started {
        let rest = self.rest(at);
        let Some(kind) = html_block_start(rest) else {
            return Started::No;
        };
        if kind == 7 && (in_paragraph || (!self.all_closed && matches!(self.kind(self.tip), Some(Kind::Paragraph)))) {
            return Started::No;
        }
        self.close_unmatched();
        self.add_child(Kind::Html(kind), at);
        Started::Leaf
    }

    /// A GFM table's delimiter row under a one-line paragraph, or a setext underline.
    /// The paragraph `p`'s last line as a paragraph of its own, after `p` (which is closed):
    /// the header row of a table that interrupts it. `p` itself when it has one line.
    fn split_last_line(&mut self, p: u32) -> u32 {
        let Some(lines) = self.node(p).map(|n| n.lines.clone()).filter(|l| l.len() > 1) else {
            return p;
        };
        let last = self.line_at(lines.end - 1);
        let end = self.line_at(lines.end - 2).end;
        if let Some(n) = self.node_mut(p) {
            n.lines.end -= 1;
            n.end = end;
        }
        self.finalize(p);
        let header = self.add_child(Kind::Paragraph, last.start);
        if let Some(n) = self.node_mut(header) {
            n.lines = lines.end - 1..lines.end;
            n.end = last.end;
        }
        header
    }

    fn table_or_setext(&mut self, container: u32, at: usize) -> Started {
        let rest = self.rest(at);
        let lines = self.node(container).map_or(0..0, |n| n.lines.clone());
        if self.ext.tables && !lines.is_empty() && self.all_closed {
            let header = self.line_at(lines.end - 1);
            let header_text = self.b.source.get(header.start..header.end).unwrap_or_default();
            // A header row after other lines of the paragraph needs a leading pipe
            // (pulldown-cmark lets such a table interrupt a paragraph).
            // Nor is a link definition a header (pulldown-cmark reads it first).
            let may_head = if lines.len() == 1 {
                !header_text.trim_start_matches([' ', '\t']).starts_with('[')
                    || self.take_reference_definitions(lines.clone()) == lines.start
            } else {
                header_text.trim_start_matches([' ', '\t']).starts_with('|')
            };
            if let Some(aligns) = delimiter_row(rest).filter(|_| may_head) {
                if header_columns(header_text) == Some(aligns.len()) {
                    self.close_unmatched();
                    let container = self.split_last_line(container);
                    if let Some(n) = self.node_mut(container) {
                        n.kind = Kind::Table(aligns);
                    }
                    self.c.offset = self.c.end;
                    self.line_used = true;
                    return Started::Leaf;
                }
            }
        }
        let b = rest.as_bytes();
        let ch = b.first().copied().unwrap_or(0);
        if (ch == b'=' || ch == b'-') && is_blank(b.get(self.run_of(at, ch)..).unwrap_or_default()) {
            self.close_unmatched();
            let Some(lines) = self.node(container).map(|n| n.lines.clone()) else {
                return Started::No;
            };
            let first = self.take_reference_definitions(lines.clone());
            if first < lines.end {
                let start = self.line_at(first).start;
                let mut last = self.line_at(lines.end - 1);
                let (text_end, attrs) = self.heading_attributes(last.start, last.end);
                last.end = text_end;
                let drop_last = attrs.is_some()
                    && lines.end - first > 1
                    && is_blank(
                        self.rest(last.start)
                            .as_bytes()
                            .get(..text_end - last.start)
                            .unwrap_or_default(),
                    );
                if let Some(l) = self.b.lines.get_mut(lines.end as usize - 1) {
                    *l = last;
                }
                if let Some(n) = self.node_mut(container) {
                    n.kind = Kind::Heading {
                        level: if ch == b'=' { 1 } else { 2 },
                        atx: false,
                        attrs,
                    };
                    n.lines.start = first;
                    n.lines.end -= u32::from(drop_last);
                    n.start = start;
                }
                self.finalize_here(container);
                self.c.offset = self.c.end;
                return Started::Leaf;
            }
            // Only definitions: they are taken, and the underline is read again as a new block.
            if let Some(n) = self.node_mut(container) {
                n.lines.start = first;
            }
        }
        Started::No
    }

    fn footnote_definition(&mut self, at: usize) -> Started {
        let rest = self.rest(at);
        if !rest.starts_with("[^") {
            return Started::No;
        }
        let Some((len, label)) = scan::link_label(rest) else {
            return Started::No;
        };
        let label = label.get(1..).unwrap_or_default();
        if label.is_empty() || rest.as_bytes().get(len) != Some(&b':') {
            return Started::No;
        }
        self.close_unmatched();
        if matches!(self.kind(self.tip), Some(Kind::FootnoteDefinition(_))) {
            self.finalize(self.tip);
        }
        self.b.footnotes.insert_owned(scan::normalize_label(label));
        self.add_child(Kind::FootnoteDefinition(label.own()), at);
        self.advance_next_nonspace();
        self.advance(len + 1, false);
        let ws = spaces(self.rest(self.c.offset).as_bytes());
        self.advance(ws, false);
        // pulldown-cmark counts tab stops on this line from the definition's text.
        self.c.column = 0;
        Started::Container
    }

    fn list_item(&mut self, container: u32, in_paragraph: bool) -> Started {
        if self.c.indent >= 4 {
            return Started::No;
        }
        let at = self.c.next_nonspace;
        let rest = self.rest(at).as_bytes();
        let (marker, ordered, start, len) = match rest.first() {
            Some(&m @ (b'*' | b'+' | b'-')) => (m, false, 0, 1),
            Some(d) if d.is_ascii_digit() => {
                let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                let Some(&m @ (b'.' | b')')) = rest.get(digits) else {
                    return Started::No;
                };
                if digits > 9 {
                    return Started::No;
                }
                let n = std::str::from_utf8(rest.get(..digits).unwrap_or_default())
                    .ok()
                    .and_then(|s| s.parse::<u64>().ok())
                    .unwrap_or(0);
                (m, true, n, digits + 1)
            }
            _ => return Started::No,
        };
        if !rest.get(len).is_none_or(|b| matches!(b, b' ' | b'\t')) {
            return Started::No;
        }
        let empty = is_blank(rest.get(len..).unwrap_or_default());
        if in_paragraph && (empty || (ordered && start != 1)) {
            return Started::No;
        }
        let marker_offset = self.c.indent;
        self.advance_next_nonspace();
        self.advance(len, true);
        let (spaces_col, spaces_off) = (self.c.column, self.c.offset);
        while self.c.column - spaces_col < 5 && matches!(self.byte(self.c.offset), b' ' | b'\t') {
            self.advance(1, true);
        }
        let after = self.c.column - spaces_col;
        let blank_item = self.c.offset >= self.c.end;
        let padding = if !(1..5).contains(&after) || blank_item {
            self.c.column = spaces_col;
            self.c.offset = spaces_off;
            self.c.partially_consumed_tab = false;
            if matches!(self.byte(self.c.offset), b' ' | b'\t') {
                self.advance(1, true);
            }
            len + 1
        } else {
            len + after
        };
        self.close_unmatched();
        let same_list = match self.kind(self.tip) {
            Some(Kind::List {
                ordered: o, marker: m, ..
            }) => *o == ordered && *m == marker,
            _ => false,
        };
        let _ = container;
        if !same_list {
            self.add_child(
                Kind::List {
                    ordered,
                    start,
                    marker,
                    tight: true,
                },
                at,
            );
        }
        let task = if self.ext.tasklists { self.task_marker() } else { None };
        self.add_child(
            Kind::Item {
                marker,
                width: marker_offset + padding,
                task,
            },
            at,
        );
        Started::Container
    }

    /// A GFM task list marker (`[ ]`, `[x]`) at the cursor, consumed.
    fn task_marker(&mut self) -> Option<bool> {
        let at = self.c.offset;
        let lead = spaces(self.rest(at).as_bytes()).min(3);
        let b = self.rest(at + lead).as_bytes();
        let checked = match b.get(..3)? {
            [b'[', b' ' | b'\t', b']'] => false,
            [b'[', b'x' | b'X', b']'] => true,
            _ => return None,
        };
        let followed = match b.get(3) {
            Some(c) => c.is_ascii_whitespace(),
            None => self.c.end < self.b.source.len(),
        };
        if !followed {
            return None;
        }
        self.advance(lead + 3, false);
        Some(checked)
    }

    /// A heading's trailing `{…}` when heading attributes are on: where the text before it
    /// ends, and the inside of the braces. No `{`, `}`, `<`, `>` or `\\` inside (pulldown-cmark).
    fn heading_attributes(&self, start: usize, end: usize) -> (usize, Option<Range<usize>>) {
        let text = self.b.source.as_bytes().get(start..end).unwrap_or_default();
        if !self.ext.heading_attributes {
            return (end, None);
        }
        let trimmed = text.len() - text.iter().rev().take_while(|&&b| matches!(b, b' ' | b'\t')).count();
        if trimmed == 0 || text.get(trimmed - 1) != Some(&b'}') {
            return (end, None);
        }
        let close = trimmed - 1;
        let inside = text.get(..close).unwrap_or_default();
        let len = inside
            .iter()
            .rev()
            .take_while(|&&b| !matches!(b, b'{' | b'}' | b'<' | b'>' | b'\\' | b'\n' | b'\r'))
            .count();
        let open = close - len;
        if open == 0 || text.get(open - 1) != Some(&b'{') {
            return (end, None);
        }
        (start + open - 1, Some(start + open..start + close))
    }

    /// A definition (`: …`, pulldown-cmark's definition lists): after a paragraph, which
    /// becomes the term of a new list; after a definition, another one for the same terms;
    /// after a paragraph that followed a definition, a new term of the same list.
    fn definition(&mut self, container: u32) -> Started {
        let (prev, lazy_in_definition) = match self.kind(container) {
            Some(Kind::Paragraph) => (container, false),
            _ => {
                let last = self.node(container).map_or(NONE, |n| n.last);
                let tip_open_paragraph = matches!(self.kind(self.tip), Some(Kind::Paragraph)) && !self.all_closed;
                (last, tip_open_paragraph)
            }
        };
        let list = match self.kind(prev) {
            Some(Kind::Paragraph) if lazy_in_definition => return Started::No,
            Some(Kind::Paragraph) => {
                let parent = self.node(prev).map_or(NONE, |n| n.parent);
                if matches!(self.kind(parent), Some(Kind::DefinitionList { .. })) {
                    self.close_unmatched();
                    while self.tip != parent && self.tip != NONE {
                        self.finalize(self.tip);
                    }
                    // Link definitions only: no term.
                    let Some(n) = self.node_mut(prev).filter(|n| matches!(n.kind, Kind::Paragraph)) else {
                        return Started::No;
                    };
                    n.kind = Kind::DefinitionTitle;
                    parent
                } else {
                    match self.paragraph_to_list(prev) {
                        Some(list) => list,
                        None => return Started::No,
                    }
                }
            }
            Some(Kind::Definition { .. }) => {
                let parent = self.node(prev).map_or(NONE, |n| n.parent);
                self.close_unmatched();
                while self.tip != parent && self.tip != NONE {
                    self.finalize(self.tip);
                }
                parent
            }
            _ => return Started::No,
        };
        if self.previous_blank {
            if let Some(Node {
                kind: Kind::DefinitionList { tight },
                ..
            }) = self.node_mut(list)
            {
                *tight = false;
            }
        }
        let at = self.c.next_nonspace;
        let indent = self.c.indent;
        self.advance_next_nonspace();
        self.advance(1, false);
        let after = spaces(self.rest(self.c.offset).as_bytes());
        let columns = self.columns_of(self.c.offset, after);
        // Five columns or more: the content is indented code, one column after the marker.
        let taken = if columns >= 5 { columns.min(1) } else { columns };
        self.advance(taken, true);
        self.add_child(
            Kind::Definition {
                width: indent + 1 + taken,
            },
            at,
        );
        Started::Container
    }

    /// Columns `n` bytes of spaces and tabs from `at` take.
    fn columns_of(&self, at: usize, n: usize) -> usize {
        let mut col = self.c.column;
        for &b in self.b.source.as_bytes().get(at..at + n).unwrap_or_default() {
            col += if b == b'\t' { 4 - col % 4 } else { 1 };
        }
        col - self.c.column
    }

    /// Turn the paragraph `p` into a definition list whose first term holds its lines.
    fn paragraph_to_list(&mut self, p: u32) -> Option<u32> {
        self.close_unmatched();
        if self.node(p).is_some_and(|n| n.open) {
            self.finalize(p);
        }
        // A paragraph of link definitions only is no term.
        let parent = self.node(p)?.parent;
        if !matches!(self.kind(p), Some(Kind::Paragraph)) {
            return None;
        }
        while self.tip != parent && self.tip != NONE {
            self.finalize(self.tip);
        }
        let title = u32::try_from(self.b.nodes.len()).ok()?;
        let node = self.node(p)?.clone();
        let mut t = new_node(Kind::DefinitionTitle, node.start, p);
        t.lines = node.lines.clone();
        t.end = node.end;
        t.open = false;
        self.b.nodes.push(t);
        let list = self.node_mut(p)?;
        list.kind = Kind::DefinitionList { tight: true };
        list.lines = 0..0;
        list.first = title;
        list.last = title;
        list.open = true;
        self.tip = p;
        Some(p)
    }

    /// Paragraphs after the last definition were not terms: they move out, after the list. A
    /// list is loose when a definition follows a blank line, or two blocks of a definition
    /// have one between them.
    fn finalize_definition_list(&mut self, list: u32) {
        let mut tight = matches!(self.kind(list), Some(Kind::DefinitionList { tight: true }));
        let (mut prev, mut c) = (NONE, self.node(list).map_or(NONE, |n| n.first));
        while let Some(node) = self.node(c) {
            if !matches!(node.kind, Kind::Definition { .. } | Kind::DefinitionTitle) {
                break;
            }
            if matches!(node.kind, Kind::Definition { .. }) {
                let mut sub = node.first;
                // A blank line after a definition's last block is a blank line before the next
                // definition, which `definition` reads, or before the next term, which does
                // not loosen the list.
                while let Some(s) = self.node(sub) {
                    if s.next != NONE && self.ends_with_blank_line(sub) {
                        tight = false;
                    }
                    sub = s.next;
                }
            }
            prev = c;
            c = node.next;
        }
        if let Some(Node {
            kind: Kind::DefinitionList { tight: t },
            ..
        }) = self.node_mut(list)
        {
            *t = tight;
        }
        if c == NONE {
            return;
        }
        // Move `c` and what follows it out of the list.
        let parent = self.node(list).map_or(NONE, |n| n.parent);
        let old_last = self.node(list).map_or(NONE, |n| n.last);
        let mut m = c;
        while let Some(node) = self.node_mut(m) {
            node.parent = parent;
            m = node.next;
        }
        if let Some(n) = self.node_mut(prev) {
            n.next = NONE;
        }
        if let Some(l) = self.node_mut(list) {
            l.last = prev;
            l.next = c;
        }
        if let Some(p) = self.node_mut(parent) {
            if p.last == list {
                p.last = old_last;
            }
        }
    }

    /// Whether the line after an alert's first line goes into it: not blank, and not a block
    /// that interrupts a paragraph.
    fn continues_alert(&mut self, alert: u32, matched: u32) -> bool {
        self.find_next_nonspace();
        if self.c.blank || !self.node(alert).is_some_and(|n| n.open && n.first == NONE) {
            return false;
        }
        let rest = self.rest(self.c.next_nonspace);
        if self.ext.definition_lists && rest.starts_with(':') {
            // A `:` is a next definition when the first container the line left is one.
            let mut first_unmatched = alert;
            while let Some(n) = self
                .node(first_unmatched)
                .filter(|n| n.parent != matched && n.parent != NONE)
            {
                first_unmatched = n.parent;
            }
            if matches!(self.kind(first_unmatched), Some(Kind::Definition { .. })) {
                return false;
            }
        }
        self.c.indented || !self.interrupts(rest)
    }

    /// Whether this line ends the open table instead of being its next row.
    fn interrupts_table(&mut self) -> bool {
        self.find_next_nonspace();
        let rest = self.rest(self.c.next_nonspace);
        self.c.blank || self.interrupts(rest) || row_is_empty(rest)
    }

    /// Whether a line that is not in the current container starts a block that ends a
    /// paragraph (or a table) instead of continuing it.
    fn interrupts(&self, rest: &str) -> bool {
        let b = rest.as_bytes();
        let first = b.first().copied().unwrap_or(0);
        thematic_break(b)
            || (first == b'#' && {
                let n = b.iter().take_while(|&&c| c == b'#').count();
                n <= 6 && b.get(n).is_none_or(|c| matches!(c, b' ' | b'\t'))
            })
            || (matches!(first, b'`' | b'~') && {
                let n = b.iter().take_while(|&&c| c == first).count();
                n >= 3 && !(first == b'`' && b.get(n..).is_some_and(|r| r.contains(&b'`')))
            })
            || first == b'>'
            || list_marker(b)
            || (first == b'<' && html_block_start(rest).is_some_and(|k| k < 7))
            || (self.ext.footnotes && rest.starts_with("[^") && {
                scan::link_label(rest).is_some_and(|(len, _)| b.get(len) == Some(&b':'))
            })
    }
}

fn can_contain(parent: &Kind, child: &Kind) -> bool {
    match parent {
        Kind::List { .. } => matches!(child, Kind::Item { .. }),
        // A paragraph after a definition may be the next term (or is moved out at the end).
        Kind::DefinitionList { .. } => matches!(child, Kind::Definition { .. } | Kind::Paragraph),
        k if k.is_container() => !matches!(child, Kind::Item { .. } | Kind::Definition { .. }),
        _ => false,
    }
}

/// Whether a line's first non-space byte could start a block other than a paragraph.
fn may_start_block(b: u8) -> bool {
    matches!(
        b,
        b'#' | b'`' | b'~' | b'*' | b'+' | b'_' | b'=' | b'<' | b'>' | b'-' | b'[' | b'|' | b':' | b'0'..=b'9'
    )
}

fn thematic_break(b: &[u8]) -> bool {
    let Some(&ch) = b.first() else { return false };
    if !matches!(ch, b'*' | b'-' | b'_') {
        return false;
    }
    let mut count = 0;
    for &c in b {
        match c {
            c if c == ch => count += 1,
            b' ' | b'\t' => {}
            _ => return false,
        }
    }
    count >= 3
}

/// A list marker that may interrupt a table: any bullet or number followed by a space.
fn list_marker(b: &[u8]) -> bool {
    let len = match b.first() {
        Some(b'*' | b'+' | b'-') => 1,
        Some(d) if d.is_ascii_digit() => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 9 || !matches!(b.get(digits), Some(b'.' | b')')) {
                return false;
            }
            digits + 1
        }
        _ => return false,
    };
    b.get(len).is_none_or(|c| matches!(c, b' ' | b'\t'))
}

/// The content of an ATX heading line after its `#`s: without leading whitespace, trailing
/// spaces and the closing sequence (which needs a space before it). Trailing tabs stay, as in
/// pulldown-cmark.
fn heading_content(source: &[u8], from: usize, end: usize) -> (usize, usize) {
    let start = from + spaces(source.get(from..end).unwrap_or_default());
    let text = source.get(start..end).unwrap_or_default();
    let mut limit = text.iter().rposition(|&b| b != b' ').map_or(0, |i| i + 1);
    let closer = text
        .get(..limit)
        .unwrap_or_default()
        .iter()
        .rposition(|&b| b != b'#')
        .map_or(0, |i| i + 1);
    if closer == 0 {
        limit = 0;
    } else {
        let before = text
            .get(..closer)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|&&b| b == b' ')
            .count();
        if before > 0 {
            limit = closer - before;
        }
    }
    (start, start + limit)
}

/// A GFM alert's first line (`[!NOTE]`, any case, nothing after it).
fn alert(rest: &str) -> Option<BlockQuoteKind> {
    let inner = rest.strip_prefix("[!")?;
    let close = inner.find(']')?;
    if !is_blank(inner.get(close + 1..)?.as_bytes()) {
        return None;
    }
    let name = inner.get(..close)?.to_ascii_lowercase();
    Some(match name.as_str() {
        "note" => BlockQuoteKind::Note,
        "tip" => BlockQuoteKind::Tip,
        "important" => BlockQuoteKind::Important,
        "warning" => BlockQuoteKind::Warning,
        "caution" => BlockQuoteKind::Caution,
        _ => return None,
    })
}

/// The tags whose HTML blocks end at their closing tag, not at a blank line (start condition 1).
const RAW_TEXT_TAGS: [&str; 4] = ["script", "pre", "style", "textarea"];

/// Which of HTML's seven block start conditions the line at `rest` meets.
fn html_block_start(rest: &str) -> Option<u8> {
    let b = rest.as_bytes();
    for tag in RAW_TEXT_TAGS {
        let named = b.first() == Some(&b'<')
            && b.get(1..=tag.len())
                .is_some_and(|t| crate::text::eq_ascii_case(t, tag.as_bytes()));
        if named && b.get(tag.len() + 1).is_none_or(|c| matches!(c, b' ' | b'\t' | b'>')) {
            return Some(1);
        }
    }
    if rest.starts_with("<!--") {
        return Some(2);
    }
    if rest.starts_with("<?") {
        return Some(3);
    }
    if rest.starts_with("<!") && b.get(2).is_some_and(u8::is_ascii_alphabetic) {
        return Some(4);
    }
    if rest.starts_with("<![CDATA[") {
        return Some(5);
    }
    let name_from = if b.get(1) == Some(&b'/') { 2 } else { 1 };
    let name_len = b
        .get(name_from..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let name = b.get(name_from..name_from + name_len).unwrap_or_default();
    let after = b.get(name_from + name_len);
    let block_tag = BLOCK_TAGS
        .binary_search_by(|t| {
            let lower = name.iter().map(u8::to_ascii_lowercase);
            t.bytes().cmp(lower)
        })
        .is_ok();
    if block_tag
        && (after.is_none_or(|c| matches!(c, b' ' | b'\t' | b'>'))
            || (after == Some(&b'/') && b.get(name_from + name_len + 1) == Some(&b'>')))
    {
        return Some(6);
    }
    let tag_len = if name_from == 2 {
        scan::inline_html(rest)?
    } else {
        scan::open_tag(b)?
    };
    let is_special = name_from == 1
        && RAW_TEXT_TAGS
            .iter()
            .any(|t| crate::text::eq_ascii_case(name, t.as_bytes()));
    (!is_special && is_blank(b.get(tag_len..)?)).then_some(7)
}

/// Whether the line ends an HTML block of kind 1–5.
fn html_block_ends(kind: u8, line: &str) -> bool {
    match kind {
        1 => {
            let lower = line.to_ascii_lowercase();
            ["</script>", "</pre>", "</style>", "</textarea>"]
                .iter()
                .any(|t| crate::text::find_str(&lower, t).is_some())
        }
        2 => crate::text::find_str(line, "-->").is_some(),
        3 => crate::text::find_str(line, "?>").is_some(),
        4 => line.contains('>'),
        _ => crate::text::find_str(line, "]]>").is_some(),
    }
}

/// HTML's block-level tag names (start condition 6), sorted.
const BLOCK_TAGS: [&str; 62] = [
    "address",
    "article",
    "aside",
    "base",
    "basefont",
    "blockquote",
    "body",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "iframe",
    "legend",
    "li",
    "link",
    "main",
    "menu",
    "menuitem",
    "nav",
    "noframes",
    "ol",
    "optgroup",
    "option",
    "p",
    "param",
    "search",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
];

/// A link reference definition at the start of `text` (paragraph lines joined by `\n`): the
/// bytes it spans through its line ending, its label, and what it defines.
fn reference_definition(text: &str) -> Option<(usize, &str, LinkDef<'_>)> {
    let (label_len, label) = scan::link_label(text)?;
    let b = text.as_bytes();
    if b.get(label_len) != Some(&b':') {
        return None;
    }
    let mut i = label_len + 1;
    i += scan::link_space(b.get(i..)?).0;
    let (dest_len, dest) = scan::link_destination(text.get(i..)?)?;
    i += dest_len;
    let before_title = i;
    let (ws, _) = scan::link_space(b.get(i..)?);
    if ws > 0 {
        if let Some((title_len, title)) = scan::link_title(text.get(i + ws..)?) {
            let after = i + ws + title_len;
            let end = after + spaces(b.get(after..)?);
            if let Some(n) = b.get(end..).and_then(|r| if r.is_empty() { Some(0) } else { eol(r) }) {
                return Some((end + n, label, LinkDef { dest, title }));
            }
        }
    }
    let end = before_title + spaces(b.get(before_title..)?);
    let rest = b.get(end..)?;
    let n = if rest.is_empty() { 0 } else { eol(rest)? };
    Some((
        end + n,
        label,
        LinkDef {
            dest,
            title: Cow::Borrowed(""),
        },
    ))
}

/// A table's delimiter row (`| :-- | --: |`): the alignment of each column. Only pipes,
/// hyphens, colons and spaces; at least one pipe and one hyphen, and one hyphen in each cell.
fn delimiter_row(rest: &str) -> Option<Vec<Alignment>> {
    let b = rest.as_bytes();
    let found_pipe = b.first() == Some(&b'|');
    let (mut found_pipe, mut found_hyphen, mut hyphen_in_cell) = (found_pipe, false, false);
    let (mut aligns, mut align, mut cell_start) = (Vec::new(), Alignment::None, true);
    for &c in b.get(usize::from(found_pipe)..)? {
        match c {
            b' ' => {}
            b':' => {
                align = match (cell_start, align) {
                    (true, Alignment::None) => Alignment::Left,
                    (false, Alignment::Left) => Alignment::Center,
                    (false, Alignment::None) => Alignment::Right,
                    (_, a) => a,
                };
                cell_start = false;
            }
            b'-' => (cell_start, found_hyphen, hyphen_in_cell) = (false, true, true),
            b'|' if hyphen_in_cell => {
                aligns.push(std::mem::replace(&mut align, Alignment::None));
                (cell_start, found_pipe, hyphen_in_cell) = (true, true, false);
            }
            _ => return None,
        }
    }
    if !cell_start {
        aligns.push(align);
    }
    (found_pipe && found_hyphen).then_some(aligns)
}

/// The columns of a table's header row: its cells, if it has a pipe.
fn header_columns(line: &str) -> Option<usize> {
    (!pipe_positions(line).is_empty()).then(|| split_row(line).len())
}

/// Offsets of the pipes that separate cells (not backslash-escaped).
pub(super) fn pipe_positions(line: &str) -> Vec<usize> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => i += 1,
            b'|' => out.push(i),
            _ => {}
        }
        i += 1;
    }
    out
}

/// A row's cells as ranges of `line`, untrimmed: split at unescaped pipes, without the empty
/// cells a leading and a trailing pipe make.
pub(super) fn split_row(line: &str) -> Vec<Range<usize>> {
    let trimmed_end = line.trim_end_matches([' ', '\t']).len();
    let lead = spaces(line.as_bytes());
    let mut cells = Vec::new();
    let mut from = lead;
    let pipes = pipe_positions(line);
    let mut first = true;
    for p in pipes {
        if first && p == lead {
            from = p + 1;
            first = false;
            continue;
        }
        first = false;
        cells.push(from..p);
        from = p + 1;
    }
    if from < trimmed_end {
        cells.push(from..trimmed_end);
    }
    cells
}

/// A row with no cells (only a pipe and spaces) ends a table.
fn row_is_empty(rest: &str) -> bool {
    split_row(rest).is_empty()
}
