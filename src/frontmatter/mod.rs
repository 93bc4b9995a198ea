//! Stage 1: split the source into front matter and body, and parse the front matter into a
//! JSON-like value.
//!
//! Recognised openers, on the first line (after an optional UTF-8 BOM):
//! `---` (YAML, or `---yaml` / `---toml` / `---json`), `+++` (TOML), `;;;` (JSON), or a `{`
//! that starts a JSON object (Hugo). A delimiter line holds exactly the delimiter, trailing
//! spaces and tabs allowed; YAML may also close with `...`.

#[cfg(test)]
pub(crate) mod mutate;
mod number;
mod positions;
mod toml;
mod yaml;

pub(crate) use positions::KeyPaths;
pub use positions::Positions;

use crate::text::Own;
use std::borrow::Cow;

use crate::value::{Map, Value};

use crate::error::{Code, Error, Result};
use crate::json;
use crate::options::{Limits, Options};
use crate::text::{line_col, normalize_newlines};

/// The syntax the front matter was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `---` … `---`
    Yaml,
    /// `+++` … `+++`
    Toml,
    /// `{ … }` or `;;;` … `;;;`
    Json,
    /// No front matter.
    None,
}

/// A source split into its parts.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The front matter as a JSON-like object (`{}` when there is none). Dates stay strings
    /// exactly as written.
    pub data: Map,
    /// The body after the front matter, with line endings normalized to `\n`.
    pub content: String,
    /// The front-matter syntax.
    pub format: Format,
    /// The 1-based line of the original source where `content` starts.
    pub content_line: u32,
    /// The body before the excerpt separator, when there is one.
    pub excerpt: Option<String>,
    /// Where each key of `data` is written in the source.
    pub positions: Positions,
}

/// Fuzzing only, with the `oracle` feature: whether the YAML reader reads `text`, made a block
/// as the front-matter stage hands one over, as yaml-rust2 does, or the two readings. Not part
/// of the API.
#[cfg(feature = "oracle")]
#[doc(hidden)]
pub fn __yaml_agrees_with_oracle(text: &str) -> std::result::Result<(), String> {
    yaml::agrees_with_oracle(&as_block(text))
}

/// Fuzzing only, with the `oracle` feature: [`__yaml_agrees_with_oracle`] for the TOML reader
/// against the `toml` crate. Not part of the API.
#[cfg(feature = "oracle")]
#[doc(hidden)]
pub fn __toml_agrees_with_oracle(text: &str) -> std::result::Result<(), String> {
    toml::agrees_with_oracle(&as_block(text))
}

/// `text` as the stage hands a block to a reader: no `\r`, ending with a line break.
#[cfg(feature = "oracle")]
fn as_block(text: &str) -> String {
    let mut block = normalize_newlines(text).into_owned();
    if !block.ends_with('\n') {
        block.push('\n');
    }
    block
}

/// Split and parse `source`.
///
/// ```
/// let parsed = pagemark::parse("---\ntitle: Hi\ndate: 2025-01-26\n---\nBody", &Default::default()).unwrap();
/// assert_eq!(parsed.data["title"], "Hi");
/// assert_eq!(parsed.data["date"], "2025-01-26");
/// assert_eq!(parsed.content, "Body");
/// assert_eq!(parsed.content_line, 5);
/// ```
pub fn parse(source: &str, options: &Options) -> Result<Parsed> {
    let split = split_source(source, options)?;
    Ok(Parsed {
        excerpt: excerpt(&split.body, &options.excerpt_separator),
        content: split.body.into_owned(),
        data: split.front.data,
        format: split.front.format,
        content_line: split.content_line,
        positions: split.front.positions,
    })
}

/// What rendering needs of [`Parsed`]: the body stays borrowed from the source unless its line
/// endings had to be rewritten (a 1 MB document is not copied once more), and no excerpt.
pub(crate) struct Split<'a> {
    pub front: Front,
    pub body: Cow<'a, str>,
    pub content_line: u32,
}

/// The front matter read: its data, its syntax, and where its keys are.
pub(crate) struct Front {
    pub data: Map,
    pub format: Format,
    pub positions: Positions,
}

impl Front {
    fn none() -> Self {
        Front {
            data: Map::new(),
            format: Format::None,
            positions: Positions::default(),
        }
    }
}

pub(crate) fn split_source<'a>(source: &'a str, options: &Options) -> Result<Split<'a>> {
    let limits = &options.limits;
    limits.check_input(source)?;
    let text = normalize_newlines(source.strip_prefix('\u{feff}').unwrap_or(source));
    let (front, body, content_line) = split(&text, limits)?;
    // The body is always the end of the text.
    let start = text.len() - body.len();
    let body = match text {
        Cow::Borrowed(text) => Cow::Borrowed(text.get(start..).unwrap_or_default()),
        Cow::Owned(text) => Cow::Owned(text.get(start..).unwrap_or_default().own()),
    };
    Ok(Split {
        front,
        body,
        content_line,
    })
}

/// Returns the front matter, the body and the body's 1-based line.
fn split<'a>(text: &'a str, limits: &Limits) -> Result<(Front, &'a str, u32)> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let opener = first.trim_end_matches([' ', '\t']);
    let (format, closers): (Format, &[&str]) = match opener {
        "---" | "---yaml" | "---yml" => (Format::Yaml, &["---", "..."]),
        "---toml" => (Format::Toml, &["---"]),
        "---json" => (Format::Json, &["---"]),
        "+++" => (Format::Toml, &["+++"]),
        ";;;" => (Format::Json, &[";;;"]),
        _ if text.starts_with('{') => return json_object_prefix(text, limits),
        _ if is_language_hint(opener) => {
            return Err(Error::at(
                Code::UnsupportedLanguage,
                format!(
                    "front matter in `{}` is not supported (only yaml, toml and json; code is never run)",
                    opener.get(3..).unwrap_or_default()
                ),
                1,
                4,
            ))
        }
        _ => return Ok((Front::none(), text, 1)),
    };
    // Walk the lines after the opener looking for the closing delimiter.
    let mut offset = 0;
    let mut line_no = 2u32;
    while offset < rest.len() {
        let line_end = rest
            .get(offset..)
            .unwrap_or_default()
            .find('\n')
            .map_or(rest.len(), |i| offset + i);
        let line = rest
            .get(offset..line_end)
            .unwrap_or_default()
            .trim_end_matches([' ', '\t']);
        if closers.contains(&line) {
            let block = rest.get(..offset).unwrap_or_default();
            let body = rest.get(line_end + 1..).unwrap_or("");
            let front = parse_block(block, format, 2, limits)?;
            return Ok((front, body, line_no + 1));
        }
        offset = line_end + 1;
        line_no += 1;
    }
    Err(Error::at(
        Code::UnclosedFrontMatter,
        format!(
            "the front matter opened by `{opener}` on line 1 is never closed: add a line `{}` after it",
            closers.first().copied().unwrap_or(opener)
        ),
        1,
        1,
    ))
}

/// `---js`, `---coffee`: a word glued to the opener names a front-matter language.
fn is_language_hint(opener: &str) -> bool {
    opener.strip_prefix("---").is_some_and(|w| {
        w.bytes().next().is_some_and(|b| b.is_ascii_alphabetic()) && w.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// Parse one front-matter block that starts at `first_line` of the original source.
fn parse_block(block: &str, format: Format, first_line: u32, limits: &Limits) -> Result<Front> {
    let (value, keys) = match format {
        Format::Yaml => yaml::parse(block, first_line, limits)?,
        Format::Toml => toml::parse(block, first_line, limits)?,
        Format::Json => parse_json(block, first_line, limits)?,
        Format::None => return Ok(Front::none()),
    };
    Ok(Front {
        data: into_mapping(value, first_line)?,
        format,
        positions: Positions::resolve(keys, block, first_line),
    })
}

/// The top of the front matter must be a mapping; its strings get their newlines normalized.
fn into_mapping(value: Value, first_line: u32) -> Result<Map> {
    match value {
        Value::Object(mut map) => {
            normalize_map_newlines(&mut map);
            Ok(map)
        }
        Value::Null => Ok(Map::new()),
        other => Err(Error::at(
            Code::NotAMapping,
            format!(
                "the front matter must be a mapping of keys to values, not {}",
                kind(&other)
            ),
            first_line as usize,
            1,
        )),
    }
}

/// An escaped `\r` (`"a\r\nb"` in YAML, TOML or JSON) is a line break too: no `\r` survives
/// anywhere in the data, whatever the file's line endings.
fn normalize_string_newlines(v: &mut Value) {
    match v {
        Value::String(s) if s.contains('\r') => *s = normalize_newlines(s).into_owned(),
        Value::Array(a) => a.iter_mut().for_each(normalize_string_newlines),
        Value::Object(m) => normalize_map_newlines(m),
        _ => {}
    }
}

fn normalize_map_newlines(m: &mut Map) {
    if m.keys().any(|k| k.contains('\r')) {
        *m = std::mem::take(m)
            .into_iter()
            .map(|(k, v)| (normalize_newlines(&k).into_owned(), v))
            .collect();
    }
    m.values_mut().for_each(normalize_string_newlines);
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

fn parse_json(block: &str, first_line: u32, limits: &Limits) -> Result<(Value, KeyPaths)> {
    let mut keys = KeyPaths::default();
    if block.trim().is_empty() {
        return Ok((Value::Null, keys));
    }
    let value =
        json::read_all(block, bounds(limits), &mut keys).map_err(|f| json_error(&f, block, first_line, limits))?;
    Ok((value, keys))
}

fn bounds(limits: &Limits) -> json::Bounds {
    json::Bounds {
        max_depth: limits.max_depth,
        max_keys: limits.max_keys,
    }
}

/// A JSON reader's fault as the front matter's error, at its place in the file (`text` starts
/// on line `first_line`).
fn json_error(fault: &json::Fault, text: &str, first_line: u32, limits: &Limits) -> Error {
    let (line, column) = line_col(text, fault.offset);
    let (line, column) = ((line + first_line - 1) as usize, column as usize);
    match fault.kind {
        json::FaultKind::Syntax(what) => Error::at(
            Code::InvalidJson,
            format!("invalid JSON front matter: {what}"),
            line,
            column,
        ),
        json::FaultKind::TooDeep => too_deep(limits, line, column),
        json::FaultKind::TooManyKeys => too_many_keys(limits, line, column),
    }
}

/// Hugo's JSON front matter: the file starts with a JSON object and the body follows it.
fn json_object_prefix<'a>(text: &'a str, limits: &Limits) -> Result<(Front, &'a str, u32)> {
    let mut keys = KeyPaths::default();
    let (value, end) =
        json::read_prefix(text, bounds(limits), &mut keys).map_err(|f| json_error(&f, text, 1, limits))?;
    let front = Front {
        data: into_mapping(value, 1)?,
        format: Format::Json,
        positions: Positions::resolve(keys, text.get(..end).unwrap_or(text), 1),
    };

    // The body starts on the line after the object's closing brace.
    let after = text.get(end..).unwrap_or_default();
    let (body, skipped) = match after.find('\n') {
        Some(i) if after.get(..i).unwrap_or_default().trim().is_empty() => (after.get(i + 1..).unwrap_or_default(), 1),
        _ => (after, 0),
    };
    let (line, _) = line_col(text, end);
    Ok((front, body, line + skipped))
}

/// Enforces depth and key-count limits on a parsed value (YAML checks them while parsing).
pub(crate) fn check_bounds(value: &Value, limits: &Limits, line: u32) -> Result<()> {
    fn walk(v: &Value, depth: usize, keys: &mut usize, limits: &Limits, line: u32) -> Result<()> {
        let children: Box<dyn Iterator<Item = &Value>> = match v {
            Value::Array(a) => Box::new(a.iter()),
            Value::Object(m) => {
                *keys += m.len();
                if *keys > limits.max_keys {
                    return Err(too_many_keys(limits, line as usize, 1));
                }
                Box::new(m.values())
            }
            _ => return Ok(()),
        };
        if depth > limits.max_depth {
            return Err(too_deep(limits, line as usize, 1));
        }
        for c in children {
            walk(c, depth + 1, keys, limits, line)?;
        }
        Ok(())
    }
    walk(value, 1, &mut 0, limits, line)
}

pub(crate) fn too_deep(limits: &Limits, line: usize, column: usize) -> Error {
    Error::at(
        Code::TooDeep,
        format!("the front matter nests deeper than {} levels", limits.max_depth),
        line,
        column,
    )
}

pub(crate) fn too_many_keys(limits: &Limits, line: usize, column: usize) -> Error {
    Error::at(
        Code::TooManyKeys,
        format!("the front matter has more than {} keys", limits.max_keys),
        line,
        column,
    )
}

/// The body before the first excerpt separator, trimmed; none when there is no separator.
fn excerpt(body: &str, separator: &str) -> Option<String> {
    if separator.is_empty() {
        return None;
    }
    crate::text::find_str(body, separator).map(|i| body.get(..i).unwrap_or_default().trim().own())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(src: &str) -> Result<Parsed> {
        parse(src, &Options::default())
    }

    #[test]
    fn yaml_with_dots_closer_and_trailing_spaces() {
        let parsed = p("---  \na: 1\n...\nbody\n").unwrap();
        assert_eq!(parsed.format, Format::Yaml);
        assert_eq!(parsed.data["a"], 1);
        assert_eq!(parsed.content, "body\n");
        assert_eq!(parsed.content_line, 4);
    }

    #[test]
    fn four_dashes_is_not_a_delimiter() {
        let parsed = p("---\na: |\n  x\n----\n---\nbody").unwrap_err();
        assert_eq!((parsed.code, parsed.line), (Code::InvalidYaml, Some(4)));
        let parsed = p("---\na: |\n  ----\n---\nbody").unwrap();
        assert_eq!(
            (parsed.data["a"].as_str(), parsed.content.as_str()),
            (Some("----\n"), "body")
        );
        assert!(parse("---- x\nhello", &Options::default()).unwrap().format == Format::None);
    }

    #[test]
    fn crlf_and_bom_leave_no_carriage_return() {
        let parsed = p("\u{feff}---\r\ntitle: \"a\"\r\nlist: |\r\n  x\r\n  y\r\n---\r\nbody\r\nmore").unwrap();
        assert_eq!(parsed.data["title"], "a");
        assert_eq!(parsed.data["list"], "x\ny\n");
        assert_eq!(parsed.content, "body\nmore");
    }

    #[test]
    fn toml_and_json_forms() {
        let t = p("+++\ntitle = \"T\"\ndate = 2025-01-26T10:00:00Z\n+++\nbody").unwrap();
        assert_eq!((t.format, &t.data["title"]), (Format::Toml, &Value::from("T")));
        assert_eq!(t.data["date"], "2025-01-26T10:00:00Z");
        let j = p("{\n  \"title\": \"J\"\n}\nbody").unwrap();
        assert_eq!(
            (j.format, &j.data["title"], j.content.as_str(), j.content_line),
            (Format::Json, &Value::from("J"), "body", 4)
        );
        let s = p(";;;\n{\"a\": [1, 2]}\n;;;\nb").unwrap();
        assert_eq!(s.data["a"], crate::value::json!([1, 2]));
        let hinted = p("---toml\na = 1\n---\n").unwrap();
        assert_eq!(hinted.format, Format::Toml);
    }

    #[test]
    fn empty_and_comment_only_give_an_empty_object() {
        assert!(p("---\n---\nx").unwrap().data.is_empty());
        assert!(p("---\n# just a comment\n---\nx").unwrap().data.is_empty());
    }

    #[test]
    fn unclosed_is_an_error_at_line_one() {
        let e = p("---\ntitle: x\nbody").unwrap_err();
        assert_eq!(
            (e.code, e.line, e.column),
            (Code::UnclosedFrontMatter, Some(1), Some(1))
        );
    }

    #[test]
    fn json_error_reports_the_original_line() {
        let e = p(";;;\n{\n\"a\": 1,\n}\n;;;\n").unwrap_err();
        assert_eq!(e.code, Code::InvalidJson);
        assert_eq!(e.line, Some(4));
    }

    #[test]
    fn not_a_mapping() {
        assert_eq!(p("---\n- a\n- b\n---\n").unwrap_err().code, Code::NotAMapping);
    }

    #[test]
    fn excerpt_before_the_separator() {
        let parsed = p("---\na: 1\n---\nIntro text.\n<!--more-->\nRest").unwrap();
        assert_eq!(parsed.excerpt.as_deref(), Some("Intro text."));
        assert_eq!(p("no separator").unwrap().excerpt, None);
    }

    #[test]
    fn size_limit() {
        let mut o = Options::default();
        o.limits.max_input_bytes = 4;
        assert_eq!(parse("12345", &o).unwrap_err().code, Code::InputTooLarge);
    }
}
