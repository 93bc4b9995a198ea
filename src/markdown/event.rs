//! The events the parser yields and every later stage consumes: pulldown-cmark's shapes (the
//! parser's tests still compare with it, through `parse::tests::from_oracle`), with text as
//! `Cow<str>`. Its own types are not used in the module because its `CowStr` adds a third,
//! inline form whose every read checks UTF-8 with a panic path that formats the error, and
//! three-way copies and drops: with these types the module is 2.7 KB smaller gzipped (164 762 →
//! 162 027 bytes).

use std::borrow::Cow;

/// Event text: borrowed from the source where it can be, owned where the parser changed it.
pub(crate) type CowStr<'a> = Cow<'a, str>;

/// One step of the document, in order: a block or inline opening or closing, or a leaf.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Event<'a> {
    Start(Tag<'a>),
    End(TagEnd),
    Text(CowStr<'a>),
    Code(CowStr<'a>),
    InlineMath(CowStr<'a>),
    DisplayMath(CowStr<'a>),
    Html(CowStr<'a>),
    InlineHtml(CowStr<'a>),
    FootnoteReference(CowStr<'a>),
    SoftBreak,
    HardBreak,
    Rule,
    TaskListMarker(bool),
}

/// What an `Event::Start` opens, with what its HTML needs.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tag<'a> {
    Paragraph,
    Heading {
        level: HeadingLevel,
        id: Option<CowStr<'a>>,
        classes: Vec<CowStr<'a>>,
        attrs: Vec<(CowStr<'a>, Option<CowStr<'a>>)>,
    },
    BlockQuote(Option<BlockQuoteKind>),
    CodeBlock(CodeBlockKind<'a>),
    HtmlBlock,
    /// The first number of an ordered list; `None` for a bullet list.
    List(Option<u64>),
    Item,
    FootnoteDefinition(CowStr<'a>),
    DefinitionList,
    DefinitionListTitle,
    DefinitionListDefinition,
    Table(Vec<Alignment>),
    TableHead,
    TableRow,
    TableCell,
    Emphasis,
    Strong,
    Strikethrough,
    Superscript,
    Subscript,
    Link {
        link_type: LinkType,
        dest_url: CowStr<'a>,
        title: CowStr<'a>,
        id: CowStr<'a>,
    },
    Image {
        link_type: LinkType,
        dest_url: CowStr<'a>,
        title: CowStr<'a>,
        id: CowStr<'a>,
    },
}

/// What an `Event::End` closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TagEnd {
    Paragraph,
    Heading(HeadingLevel),
    BlockQuote(Option<BlockQuoteKind>),
    CodeBlock,
    HtmlBlock,
    /// Whether the list was ordered.
    List(bool),
    Item,
    FootnoteDefinition,
    DefinitionList,
    DefinitionListTitle,
    DefinitionListDefinition,
    Table,
    TableHead,
    TableRow,
    TableCell,
    Emphasis,
    Strong,
    Strikethrough,
    Superscript,
    Subscript,
    Link,
    Image,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum HeadingLevel {
    H1 = 1,
    H2,
    H3,
    H4,
    H5,
    H6,
}

impl HeadingLevel {
    /// `h1` to `h6`.
    pub(crate) fn tag_name(self) -> &'static str {
        match self {
            Self::H1 => "h1",
            Self::H2 => "h2",
            Self::H3 => "h3",
            Self::H4 => "h4",
            Self::H5 => "h5",
            Self::H6 => "h6",
        }
    }
}

/// How a link was written: `[text](url)`, `[text][label]`, `[text][]`, `[text]`, `<url>`,
/// `<address@example.com>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LinkType {
    Inline,
    Reference,
    Collapsed,
    Shortcut,
    Autolink,
    Email,
}

/// A GFM alert's kind (`> [!NOTE]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockQuoteKind {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum CodeBlockKind<'a> {
    Indented,
    /// The fence's info string.
    Fenced(CowStr<'a>),
}

/// A table column's alignment, from its delimiter row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Alignment {
    None,
    Left,
    Center,
    Right,
}
