//! YAML front matter: yaml-rust2's event parser, built into a `serde_json::Value` here so that
//! aliases, depth and key counts are bounded *while* parsing (its own loader clones every
//! alias, which a "billion laughs" document turns into an out-of-memory trap).
//!
//! Scalars follow the YAML 1.2 core schema; timestamps are not a type there, so dates stay the
//! strings the author wrote.

use std::collections::HashMap;

use serde_json::{Map, Value};
use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::{Marker, ScanError, TScalarStyle};

use super::{too_deep, too_many_keys};
use crate::error::{Code, Error, Result};
use crate::options::Limits;

/// Parse one YAML block whose first line is line `first_line` of the original source.
///
/// Most front matter is plain block-style YAML that `simple_yaml` reads several times faster;
/// the rest (and every error) comes from yaml-rust2.
pub(super) fn parse(block: &str, first_line: u32, limits: &Limits) -> Result<Value> {
    match super::simple_yaml::read(block, limits) {
        Some(value) => Ok(value),
        None => parse_full(block, first_line, limits),
    }
}

/// The full parser: yaml-rust2's events built into a value.
///
/// One leniency, shared with js-yaml and Go's yaml (so with gray-matter and Hugo): a line that
/// starts with a flow collection's closing `]` or `}` at column 0, which yaml-rust2 rejects as
/// "invalid indentation" (Hugo's own docs have such front matter). Indentation means nothing
/// inside a flow collection, so that line is re-read indented by one space.
pub(super) fn parse_full(block: &str, first_line: u32, limits: &Limits) -> Result<Value> {
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
const UNKNOWN_ANCHOR: &str = "this alias (`*name`) refers to an anchor (`&name`) that is not defined before it";

enum Failure {
    Scan(ScanError),
    Built(Error),
}

fn scan_error(e: &ScanError, first_line: u32) -> Error {
    let m = e.marker();
    let (code, message) = if e.info().contains("unknown anchor") {
        (Code::UnknownAnchor, UNKNOWN_ANCHOR.to_owned())
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
    if !text.get(start..)?.starts_with([']', '}']) {
        return None;
    }
    Some(format!("{} {}", &text[..start], &text[start..]))
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
        map: Map<String, Value>,
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

/// `<<: *base` (or a list of them) copies keys the mapping does not already have.
fn merge(map: &mut Map<String, Value>, merged: &mut Vec<String>, value: Value) {
    let sources = match value {
        Value::Array(list) => list,
        other => vec![other],
    };
    for source in sources {
        if let Value::Object(source) = source {
            for (k, v) in source {
                if !map.contains_key(&k) {
                    merged.push(k.clone());
                    map.insert(k, v);
                }
            }
        }
    }
}

fn count_nodes(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(count_nodes).sum::<usize>(),
        Value::Object(m) => 1 + m.values().map(count_nodes).sum::<usize>(),
        _ => 1,
    }
}

/// JSON keys are strings: scalars keep their text, as js-yaml does.
pub(super) fn key_string(v: Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s),
        Value::Null => Some("null".into()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// Resolve a scalar by the YAML 1.2 core schema. Quoted and block scalars are strings.
fn scalar(text: String, style: TScalarStyle, tag: Option<&Tag>) -> Value {
    if let Some(tag) = tag {
        if tag.handle == "tag:yaml.org,2002:" || tag.handle == "!!" {
            match tag.suffix.as_str() {
                "str" => return Value::String(text),
                "null" => return Value::Null,
                _ => {}
            }
        }
    }
    if style != TScalarStyle::Plain {
        return Value::String(text);
    }
    plain_scalar(text)
}

/// A plain (unquoted) scalar by the core schema: null, a boolean, a number, or the string.
pub(super) fn plain_scalar(text: String) -> Value {
    match text.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    number(&text).unwrap_or(Value::String(text))
}

fn number(t: &str) -> Option<Value> {
    let first = *t.as_bytes().first()?;
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return None;
    }
    if let Some(hex) = t.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok().map(Value::from);
    }
    if let Some(oct) = t.strip_prefix("0o") {
        return i64::from_str_radix(oct, 8).ok().map(Value::from);
    }
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(i) = t.parse::<i64>() {
            return Some(Value::from(i));
        }
    }
    if is_core_float(digits) {
        return super::number::float(t);
    }
    None
}

/// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`, sign already removed.
fn is_core_float(s: &str) -> bool {
    let (int, frac, exponent) = super::number::split(s);
    let all_digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok =
        all_digits(int) && frac.is_none_or(all_digits) && (!int.is_empty() || frac.is_some_and(|f| !f.is_empty()));
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && all_digits(e)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn y(src: &str) -> Result<Value> {
        parse(src, 2, &Limits::default())
    }

    #[test]
    fn core_schema_scalars() {
        let v = y("a: 1\nb: -2.5\nc: true\nd: ~\ne: 2025-01-26\nf: '1'\ng: 0x1F\nh: 1e3\ni: 1.2.3\nj: .5\nk: 1.10\n")
            .unwrap();
        assert_eq!(
            v,
            json!({"a": 1, "b": -2.5, "c": true, "d": null, "e": "2025-01-26", "f": "1", "g": 31, "h": v["h"], "i": "1.2.3", "j": 0.5, "k": v["k"]})
        );
        // Floats are the JSON text of what was written, not of an f64.
        assert_eq!((v["h"].to_string(), v["h"].as_f64()), ("1e+3".to_owned(), Some(1000.0)));
        assert_eq!(v["k"].to_string(), "1.10");
    }

    #[test]
    fn folded_scalar_keeps_literal_backslash_n() {
        let v = y("answer: >-\n    one\\n\\ntwo\n    three\n").unwrap();
        assert_eq!(v["answer"], "one\\n\\ntwo three");
    }

    #[test]
    fn duplicate_key_is_an_error_at_the_second_key() {
        let e = y("title: a\nother: 1\ntitle: b\n").unwrap_err();
        assert_eq!((e.code, e.line, e.column), (Code::DuplicateKey, Some(4), Some(1)));
    }

    #[test]
    fn error_lines_are_in_the_original_file() {
        let e = y("a: 1\nb: [1, 2\n").unwrap_err();
        assert_eq!(e.code, Code::InvalidYaml);
        assert!(e.line.unwrap() >= 3, "{e:?}");
    }

    #[test]
    fn aliases_and_merge_keys() {
        let v = y("base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\nlist: [*b]\n").unwrap();
        assert_eq!(v["item"], json!({"x": 1, "y": 3}));
        assert_eq!(v["list"], json!([{"x": 1, "y": 2}]));
    }

    #[test]
    fn billion_laughs_fails_fast() {
        let mut doc = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for i in 1..10 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            doc.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let e = y(&doc).unwrap_err();
        assert_eq!(e.code, Code::AliasExpansion);
    }

    #[test]
    fn depth_is_bounded() {
        let doc = format!("a: {}{}\n", "[".repeat(100), "]".repeat(100));
        assert_eq!(y(&doc).unwrap_err().code, Code::TooDeep);
    }

    #[test]
    fn second_document_is_an_error() {
        assert_eq!(
            y("a: 1\n--- # second\nb: 2\n").unwrap_err().code,
            Code::MultipleDocuments
        );
    }

    #[test]
    fn flow_closer_at_column_zero_is_accepted() {
        let v = y("weight: 30\naliases: [\n  '/a/',\n  '/b/',\n]\nmap: {\n  x: 1\n}\nafter: ok\n").unwrap();
        assert_eq!(
            v,
            json!({"weight": 30, "aliases": ["/a/", "/b/"], "map": {"x": 1}, "after": "ok"})
        );
    }

    #[test]
    fn unknown_anchor() {
        let e = y("a: *nope\n").unwrap_err();
        assert_eq!((e.code, e.line, e.column), (Code::UnknownAnchor, Some(2), Some(4)));
    }
}
