//! The oracle the YAML reader is tested against: yaml-rust2's event parser (a dev-dependency,
//! not shipped), built into a `Value` with the same bounds, merge keys, key typing
//! and flow-closer leniency the reader has. It was the shipped parser until the reader
//! replaced it.

use crate::text::Own;
use std::collections::HashMap;

use crate::value::{numbers_by_value, Map, Value};
use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::{Marker, ScanError, TScalarStyle};

use super::reader::{count_nodes, merge};
use super::schema::key_string;
use crate::error::{Code, Error, Result};
use crate::frontmatter::{too_deep, too_many_keys};
use crate::options::Limits;

/// The full parser: yaml-rust2's events built into a value.
///
/// One leniency, shared with js-yaml and Go's yaml (so with gray-matter and Hugo): a line that
/// starts with a flow collection's closing `]` or `}` at column 0, which yaml-rust2 rejects as
/// "invalid indentation" (Hugo's own docs have such front matter). Indentation means nothing
/// inside a flow collection, so that line is re-read indented by one space.
pub(super) fn parse(block: &str, first_line: u32, limits: &Limits) -> Result<Value> {
    let mut text = std::borrow::Cow::Borrowed(block);
    for _ in 0..MAX_FLOW_FIXES {
        match parse_once(&text, first_line, limits) {
            Err(Failure::Scan(e)) => match fix_flow_close(&text, &e) {
                Some(fixed) => text = std::borrow::Cow::Owned(fixed),
                None => return Err(scan_error(&e, first_line)),
            },
            Err(Failure::Built(e)) => return Err(e),
            Ok(v) => return Ok(v),
        }
    }
    parse_once(&text, first_line, limits).map_err(|f| match f {
        Failure::Scan(e) => scan_error(&e, first_line),
        Failure::Built(e) => e,
    })
}

const MAX_FLOW_FIXES: usize = 32;
use super::reader::UNKNOWN_ANCHOR;

enum Failure {
    Scan(ScanError),
    Built(Error),
}

fn scan_error(e: &ScanError, first_line: u32) -> Error {
    let m = e.marker();
    let (code, message) = if e.info().contains("unknown anchor") {
        (Code::UnknownAnchor, UNKNOWN_ANCHOR.own())
    } else {
        (Code::InvalidYaml, format!("invalid YAML: {}", e.info()))
    };
    Error::at(code, message, m.line() + first_line as usize - 1, m.col() + 1)
}

/// The text with the offending line indented, when the error is a flow closer at column 0.
fn fix_flow_close(text: &str, e: &ScanError) -> Option<String> {
    let m = e.marker();
    if e.info() != "invalid indentation" || m.col() != 0 {
        return None;
    }
    let start = text
        .split_inclusive('\n')
        .take(m.line().checked_sub(1)?)
        .map(str::len)
        .sum::<usize>();
    let (before, after) = (text.get(..start)?, text.get(start..)?);
    after.starts_with([']', '}']).then(|| format!("{before} {after}"))
}

fn parse_once(block: &str, first_line: u32, limits: &Limits) -> std::result::Result<Value, Failure> {
    let mut builder = Builder {
        limits,
        line_offset: first_line as usize - 1,
        stack: Vec::new(),
        anchors: HashMap::new(),
        alias_nodes: 0,
        keys: 0,
        documents: 0,
        root: None,
    };
    let mut parser = Parser::new_from_str(block);
    loop {
        let (event, mark) = parser.next_token().map_err(Failure::Scan)?;
        if event == Event::StreamEnd {
            break;
        }
        builder.event(event, mark).map_err(Failure::Built)?;
    }
    Ok(builder.root.unwrap_or(Value::Null))
}

enum Frame {
    Seq {
        items: Vec<Value>,
        anchor: usize,
    },
    Map {
        map: Map,
        /// Keys merged in by `<<`, which explicit keys may override.
        merged: Vec<String>,
        key: Option<(String, Marker)>,
        anchor: usize,
    },
}

struct Builder<'a> {
    limits: &'a Limits,
    line_offset: usize,
    stack: Vec<Frame>,
    /// Anchored values with their size in nodes, so an alias's cost is known before cloning.
    anchors: HashMap<usize, (Value, usize)>,
    alias_nodes: usize,
    keys: usize,
    documents: usize,
    root: Option<Value>,
}

impl Builder<'_> {
    fn error(&self, code: Code, message: String, mark: &Marker) -> Error {
        Error::at(code, message, mark.line() + self.line_offset, mark.col() + 1)
    }

    fn event(&mut self, event: Event, mark: Marker) -> Result<()> {
        match event {
            Event::DocumentStart => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(self.error(
                        Code::MultipleDocuments,
                        "the front matter holds a second YAML document; only one is allowed".into(),
                        &mark,
                    ));
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                let value = scalar(text, style, tag.as_ref());
                self.value(value, anchor, mark)?;
            }
            Event::SequenceStart(anchor, _) => {
                self.open(mark)?;
                self.stack.push(Frame::Seq {
                    items: Vec::new(),
                    anchor,
                });
            }
            Event::MappingStart(anchor, _) => {
                self.open(mark)?;
                self.stack.push(Frame::Map {
                    map: Map::new(),
                    merged: Vec::new(),
                    key: None,
                    anchor,
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (value, anchor) = match self.stack.pop() {
                    Some(Frame::Seq { items, anchor }) => (Value::Array(items), anchor),
                    Some(Frame::Map { map, anchor, .. }) => (Value::Object(map), anchor),
                    None => return Ok(()),
                };
                self.value(value, anchor, mark)?;
            }
            Event::Alias(id) => {
                let Some((value, nodes)) = self.anchors.get(&id) else {
                    return Err(self.error(
                        Code::UnknownAnchor,
                        "this alias names an anchor that is not defined".into(),
                        &mark,
                    ));
                };
                self.alias_nodes += nodes;
                if self.alias_nodes > self.limits.max_alias_nodes {
                    return Err(self.error(
                        Code::AliasExpansion,
                        format!(
                            "aliases expand to more than {} nodes (a \"billion laughs\" document?)",
                            self.limits.max_alias_nodes
                        ),
                        &mark,
                    ));
                }
                let value = value.clone();
                self.value(value, 0, mark)?;
            }
            Event::StreamStart | Event::DocumentEnd | Event::StreamEnd | Event::Nothing => {}
        }
        Ok(())
    }

    fn open(&mut self, mark: Marker) -> Result<()> {
        if self.stack.len() >= self.limits.max_depth {
            return Err(too_deep(self.limits, mark.line() + self.line_offset, mark.col() + 1));
        }
        Ok(())
    }

    /// Attach a finished value to its parent (or make it the root).
    fn value(&mut self, value: Value, anchor: usize, mark: Marker) -> Result<()> {
        if anchor != 0 {
            let nodes = count_nodes(&value);
            self.anchors.insert(anchor, (value.clone(), nodes));
        }
        let line_offset = self.line_offset;
        match self.stack.last_mut() {
            None => self.root = Some(value),
            Some(Frame::Seq { items, .. }) => items.push(value),
            Some(Frame::Map { map, merged, key, .. }) => match key.take() {
                None => {
                    let name = key_string(value).ok_or_else(|| {
                        Error::at(
                            Code::InvalidYaml,
                            "a mapping key must be a string, number or boolean, not a list or mapping",
                            mark.line() + line_offset,
                            mark.col() + 1,
                        )
                    })?;
                    *key = Some((name, mark));
                }
                Some((name, key_mark)) => {
                    if name == "<<" {
                        merge(map, merged, value);
                    } else if let Some(pos) = merged.iter().position(|k| *k == name) {
                        merged.swap_remove(pos);
                        map.insert(name, value);
                    } else if map.contains_key(&name) {
                        return Err(Error::at(
                            Code::DuplicateKey,
                            format!("the key `{name}` appears twice in the same mapping"),
                            key_mark.line() + line_offset,
                            key_mark.col() + 1,
                        ));
                    } else {
                        self.keys += 1;
                        if self.keys > self.limits.max_keys {
                            return Err(too_many_keys(
                                self.limits,
                                key_mark.line() + line_offset,
                                key_mark.col() + 1,
                            ));
                        }
                        map.insert(name, value);
                    }
                }
            },
        }
        Ok(())
    }
}

/// The tag as the reader spells it (`!!str`), then the same schema.
fn scalar(text: String, style: TScalarStyle, tag: Option<&Tag>) -> Value {
    let tag = tag.map(|t| match t.handle.as_str() {
        "tag:yaml.org,2002:" => format!("!!{}", t.suffix),
        handle => format!("{handle}{}", t.suffix),
    });
    super::schema::scalar(text, style == TScalarStyle::Plain, tag.as_deref())
}

/// Whether the reader's outcome on `block` agrees with the oracle's: the same value (floats
/// compared as numbers: ours keep the text as written), or both an error. The codes are not
/// compared: each reader stops at its first error, and on broken input the two find different
/// first errors, or the same place for different reasons (an alias's unknown name against the
/// token after it). The codes themselves are pinned by the unit tests and the suite.
///
/// Both are read as front matter: a scalar or a list at the top is an error there
/// (`not-a-mapping`), whatever either reader made of it.
pub(super) fn agree(block: &str, ours: &Result<Value>) -> std::result::Result<(), String> {
    let ours = &front_matter(ours.clone());
    let theirs = front_matter(parse(block, 1, &Limits::default()));
    let same = match (ours, &theirs) {
        (Ok(a), Ok(b)) => numbers_by_value(a.clone()) == numbers_by_value(b.clone()),
        (Err(_), Err(_)) => true,
        _ => false,
    };
    if same || known_difference(ours, &theirs) {
        return Ok(());
    }
    Err(format!("{block:?}\n  ours   {ours:?}\n  oracle {theirs:?}"))
}

/// Where yaml-rust2 departs from YAML 1.2 and the reader follows the spec (or, for lines
/// inside flow collections, a simpler rule than yaml-rust2's own), recognised by the error
/// one side gives.
fn known_difference(ours: &Result<Value>, theirs: &Result<Value>) -> bool {
    let (o, t) = (message(ours), message(theirs));
    match (ours, theirs) {
        // A block scalar of only empty lines, clipped, is "" (spec example 8.6); yaml-rust2
        // keeps a line break.
        (Ok(a), Ok(b)) => without_lone_breaks(a.clone()) == without_lone_breaks(b.clone()),
        // YAML text is printable (c-printable); yaml-rust2 lets control characters through.
        (Err(_), _) if o.contains("a control character") => true,
        // A `---` line ends a plain scalar and starts a second document; yaml-rust2 reads it as
        // text when the scalar runs over it.
        (Err(e), Ok(_)) if e.code == Code::MultipleDocuments => true,
        // Tabs never indent (suite DK95, Y79Y); yaml-rust2 lets some lines start with one.
        (Err(_), Ok(_)) if o.contains("a tab cannot indent") => true,
        // `|`, `>` and the other indicators cannot start a plain scalar, in a flow collection
        // too (c-indicator); yaml-rust2 reads them as text there.
        (Err(_), Ok(_)) if o.contains("cannot start with this character") => true,
        // Every line inside a flow collection or a quoted scalar is indented deeper than the
        // block around (suite 9C9N, DK4H), but for a leading `,` or a closing bracket at
        // column 0; yaml-rust2 checks some of those lines and not others.
        (Err(_), Ok(_)) if o.contains("must be indented more than") => true,
        (Ok(_), Err(_)) if t.contains("invalid indentation") => true,
        // A tab separates like a space after `?` (s-separate-in-line); yaml-rust2 refuses it.
        (Ok(_), Err(_)) if t.contains("tabs disallowed in this context") => true,
        // Properties are separated from their node by white space (ns-flow-node: `&a{}` is
        // not `&a {}`); yaml-rust2 ends an anchor at the bracket.
        (Err(_), Ok(_)) if o.contains("expected white space after the anchor or tag") => true,
        // Tags matter to front matter only as `!!str` and `!!null`: their `%` escapes are not
        // decoded; yaml-rust2 checks them as UTF-8.
        (Ok(_), Err(_)) if t.contains("octet") => true,
        // A tab-indented comment line below a block scalar is a comment, not its content
        // (l-comment); yaml-rust2 takes it for content starting with a tab.
        (Ok(_), Err(_)) if t.contains("cannot start with a tab") => true,
        // A `key: value` pair inside a flow list has its key on one line (suite ZXT5);
        // yaml-rust2 takes some keys over several lines.
        (Err(_), Ok(_)) if o.contains("a key inside a flow list must be on one line") => true,
        // Two empty block scalars as keys are both "" (see the first rule), so a duplicate;
        // yaml-rust2 reads one of them as "\n".
        (Err(_), Ok(_)) if o.contains("the key `` appears twice") => true,
        // A less indented line ends a block scalar, and a comment line is a comment at any
        // indentation; yaml-rust2 calls it a wrongly indented line of the scalar.
        (Ok(_), Err(_)) if t.contains("wrongly indented line in block scalar") => true,
        // `[: v]` is a pair with an empty key (spec example 7.21), a tab on a blank line is
        // white space, `&` may be in an anchor's name (ns-anchor-char); yaml-rust2 refuses each.
        (Ok(_), Err(_))
            if t.contains("did not find expected node content")
                || t.contains("while parsing a flow mapping, did not find expected ',' or '}'") =>
        {
            true
        }
        // A tag is never empty (`!<>`: ns-uri-char+); yaml-rust2 takes it.
        (Err(_), Ok(_)) if o.contains("a tag needs a name") => true,
        // A comment line ends a plain scalar (comments are never inside one, YAML 1.2 6.6), so
        // a deeper line after it is misplaced; yaml-rust2 continues the scalar after it.
        (Err(_), Ok(_))
            if o.contains("indented more than its mapping") || o.contains("indented more than the list") =>
        {
            true
        }
        // On a plain scalar's continuation line `-` is an ordinary character (ns-plain-char);
        // yaml-rust2 applies the first character's rule there too.
        (Ok(_), Err(_)) if t.contains("plain scalar cannot start with '-'") => true,
        // Any white space separates an indicator from what follows (`key:\tvalue`, `?` at the
        // end); yaml-rust2 wants a space.
        (Ok(_), Err(_)) if t.contains("expected whitespace") || t.contains("followed by a valid YAML whitespace") => {
            true
        }
        // `[k: [a, b]]` and `[? ]` are flow pairs (spec examples 7.21, 7.20); yaml-rust2
        // rejects a pair whose value is a collection, and an empty explicit one.
        (Ok(_), Err(_)) if t.contains("while parsing a flow sequence, expected ',' or ']'") => true,
        _ => false,
    }
}

fn front_matter(r: Result<Value>) -> Result<Value> {
    match r {
        Ok(v) if !(v.is_object() || v.is_null()) => Err(Error::at(Code::NotAMapping, "not a mapping", 1, 1)),
        other => other,
    }
}

fn message(r: &Result<Value>) -> &str {
    r.as_ref().err().map_or("", |e| e.message.as_str())
}

/// `v` with every string (keys too) made only of line breaks emptied.
fn without_lone_breaks(v: Value) -> Value {
    let empty = |s: String| {
        if s.bytes().all(|b| b == b'\n') {
            String::new()
        } else {
            s
        }
    };
    match v {
        Value::String(s) => Value::String(empty(s)),
        Value::Array(a) => Value::Array(a.into_iter().map(without_lone_breaks).collect()),
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, v)| (empty(k), without_lone_breaks(v))).collect()),
        other => other,
    }
}
