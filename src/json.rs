//! JSON text: one reader (JSON front matter, and the options and head tags JavaScript hands
//! over through `JSON.stringify`) and one writer (JSON-LD, and results going back to
//! JavaScript). Strict RFC 8259, as `JSON.parse` reads it, except that a `\u` escape must not
//! be half of a surrogate pair (a Rust string cannot hold one).
//!
//! The reader keeps its own stack instead of recursing, so no nesting depth, whatever the
//! limit, can overflow the stack; numbers keep their text, spelled as serde_json spells them
//! (`1E5` → `1e+5`), so a number reads the same as before this reader replaced serde_json.

use crate::frontmatter::KeyPaths;
use crate::value::{Map, Number, Value};

/// Where a reading stopped and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fault {
    pub kind: FaultKind,
    /// Byte offset in the text of the character at fault.
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FaultKind {
    /// Not JSON: what was expected or found instead.
    Syntax(&'static str),
    /// A list or object nested deeper than `max_depth`.
    TooDeep,
    /// More than `max_keys` keys in all objects together.
    TooManyKeys,
}

/// Bounds on what one reading may build.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bounds {
    pub max_depth: usize,
    pub max_keys: usize,
}

/// A list or an object still open.
enum Frame {
    List(Vec<Value>),
    /// The object so far, the key whose value is being read, and the mark to leave its path.
    Object(Map, String, usize),
}

/// Read the JSON value at the start of `text` (white space before it skipped), and the offset
/// just after it, each key's path and offset recorded in `keys`. What follows is not looked
/// at: see [`read_all`].
pub(crate) fn read_prefix(text: &str, bounds: Bounds, keys: &mut KeyPaths) -> Result<(Value, usize), Fault> {
    let mut r = Reader { text, at: 0 };
    let mut open: Vec<Frame> = Vec::new();
    let mut key_count = 0;
    loop {
        r.skip_space();
        let start = r.at;
        let mut value = match r.peek() {
            Some(b'[' | b'{') if open.len() >= bounds.max_depth => return Err(r.fault_at(FaultKind::TooDeep, start)),
            Some(b'[') => {
                r.at += 1;
                r.skip_space();
                if !r.eat(b']') {
                    keys.enter_list();
                    open.push(Frame::List(Vec::new()));
                    continue;
                }
                Value::Array(Vec::new())
            }
            Some(b'{') => {
                r.at += 1;
                r.skip_space();
                if !r.eat(b'}') {
                    let (key, mark) = r.key(keys)?;
                    open.push(Frame::Object(Map::new(), key, mark));
                    continue;
                }
                Value::Object(Map::new())
            }
            _ => r.scalar()?,
        };
        // A value is complete: add it to the innermost open list or object, and close each one
        // that ends here.
        loop {
            let Some(frame) = open.pop() else {
                return Ok((value, r.at));
            };
            r.skip_space();
            match frame {
                Frame::List(mut items) => {
                    items.push(value);
                    match r.next_byte() {
                        Some(b',') if r.peek_after_space() == Some(b']') => {
                            return Err(r.syntax("a trailing comma: remove the `,` before `]`"));
                        }
                        Some(b',') => {
                            open.push(Frame::List(items));
                            break;
                        }
                        Some(b']') => {
                            keys.leave_list();
                            value = Value::Array(items);
                        }
                        _ => return Err(r.syntax_before("expected `,` or `]` after a list item")),
                    }
                }
                Frame::Object(mut map, key, mark) => {
                    keys.leave(mark);
                    if map.insert(key, value).is_none() {
                        key_count += 1;
                        if key_count > bounds.max_keys {
                            return Err(r.fault_at(FaultKind::TooManyKeys, r.at));
                        }
                    }
                    match r.next_byte() {
                        Some(b',') => {
                            r.skip_space();
                            let (key, mark) = r.key(keys)?;
                            open.push(Frame::Object(map, key, mark));
                            break;
                        }
                        Some(b'}') => value = Value::Object(map),
                        _ => return Err(r.syntax_before("expected `,` or `}` after a value in an object")),
                    }
                }
            }
        }
    }
}

/// Read `text` as one JSON value with nothing but white space after it.
pub(crate) fn read_all(text: &str, bounds: Bounds, keys: &mut KeyPaths) -> Result<Value, Fault> {
    let (value, end) = read_prefix(text, bounds, keys)?;
    let mut r = Reader { text, at: end };
    r.skip_space();
    match r.peek() {
        None => Ok(value),
        Some(_) => Err(r.syntax("text after the JSON value")),
    }
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn next_byte(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        self.at += usize::from(found);
        found
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn peek_after_space(&mut self) -> Option<u8> {
        self.skip_space();
        self.peek()
    }

    fn fault_at(&self, kind: FaultKind, offset: usize) -> Fault {
        Fault { kind, offset }
    }

    fn syntax(&self, what: &'static str) -> Fault {
        self.fault_at(FaultKind::Syntax(what), self.at)
    }

    /// At the byte just read.
    fn syntax_before(&self, what: &'static str) -> Fault {
        self.fault_at(FaultKind::Syntax(what), self.at.saturating_sub(1).min(self.text.len()))
    }

    /// An object's key and its `:`, white space around skipped; its path entered in `keys`
    /// (the mark returned leaves it).
    fn key(&mut self, keys: &mut KeyPaths) -> Result<(String, usize), Fault> {
        let at = self.at;
        match self.peek() {
            Some(b'"') => {}
            Some(b'}') => return Err(self.syntax("a trailing comma: remove the `,` before `}`")),
            None => return Err(self.syntax("the text ends where a key was expected")),
            _ => return Err(self.syntax("expected a key in double quotes")),
        }
        let key = self.string()?;
        self.skip_space();
        if !self.eat(b':') {
            return Err(self.syntax("expected `:` after the key"));
        }
        let mark = keys.enter(&key, at);
        Ok((key, mark))
    }

    /// A string, number, `true`, `false` or `null`.
    fn scalar(&mut self) -> Result<Value, Fault> {
        match self.peek() {
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            None => Err(self.syntax("the text ends where a value was expected")),
            Some(_) => Err(self.syntax("expected a value")),
        }
    }

    fn word(&mut self, word: &'static str, value: Value) -> Result<Value, Fault> {
        if self.text.get(self.at..).is_some_and(|rest| rest.starts_with(word)) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.syntax("expected a value"))
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, the exponent written `e` with
    /// its sign.
    fn number(&mut self) -> Result<Value, Fault> {
        let mut text = String::new();
        if self.eat(b'-') {
            text.push('-');
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                text.push('0');
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    return Err(self.syntax("a number cannot have a leading zero"));
                }
            }
            Some(b'1'..=b'9') => self.digits(&mut text),
            _ => return Err(self.syntax("expected a digit")),
        }
        if self.eat(b'.') {
            text.push('.');
            self.required_digits(&mut text)?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            text.push('e');
            text.push(if self.eat(b'-') { '-' } else { '+' });
            self.eat(b'+');
            self.required_digits(&mut text)?;
        }
        Ok(Value::Number(Number::from_json_text(text)))
    }

    fn digits(&mut self, text: &mut String) {
        while let Some(b @ b'0'..=b'9') = self.peek() {
            text.push(char::from(b));
            self.at += 1;
        }
    }

    fn required_digits(&mut self, text: &mut String) -> Result<(), Fault> {
        if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
            return Err(self.syntax("expected a digit"));
        }
        self.digits(text);
        Ok(())
    }

    /// A string at `"`, its escapes decoded.
    fn string(&mut self) -> Result<String, Fault> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.at..).unwrap_or_default();
            let plain = rest
                .bytes()
                .take_while(|&b| b != b'"' && b != b'\\' && b >= 0x20)
                .count();
            out.push_str(rest.get(..plain).unwrap_or_default());
            self.at += plain;
            match self.next_byte() {
                Some(b'"') => return Ok(out),
                Some(b'\\') => out.push(self.escape()?),
                Some(_) => return Err(self.syntax_before("a control character in a string: write it as an escape")),
                None => return Err(self.syntax("the string is not closed: a `\"` is missing")),
            }
        }
    }

    /// The character of the escape after a `\`.
    fn escape(&mut self) -> Result<char, Fault> {
        let c = match self.next_byte() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(),
            _ => {
                return Err(self.syntax_before("an unknown escape: JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"))
            }
        };
        Ok(c)
    }

    /// `XXXX` after `\u`, and a second `\uXXXX` when the first is a high surrogate.
    fn unicode_escape(&mut self) -> Result<char, Fault> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !(self.eat(b'\\') && self.eat(b'u')) {
                    return Err(self.syntax("a lone surrogate in a \\u escape: a low surrogate must follow"));
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.syntax_before("a lone surrogate in a \\u escape: a low surrogate must follow"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.syntax_before("a lone surrogate in a \\u escape")),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.syntax_before("an invalid \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, Fault> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let code = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.syntax("expected four hex digits after \\u"))?;
        self.at += 4;
        Ok(code)
    }
}

/// Write `v` as compact JSON.
pub(crate) fn value(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n.as_str()),
        Value::String(s) => string(out, s),
        Value::Array(items) => array(out, items, value),
        Value::Object(map) => object(out, map.iter().map(|(k, v)| (k.as_str(), v)), value),
    }
}

/// Write `items` as a JSON list, each by `write`.
pub(crate) fn array<T>(out: &mut String, items: &[T], write: fn(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

/// Write `entries` as a JSON object, each value by `write`.
pub(crate) fn object<'v, T: 'v + ?Sized>(
    out: &mut String,
    entries: impl Iterator<Item = (&'v str, &'v T)>,
    write: fn(&mut String, &T),
) {
    let mut object = Object::open(out);
    for (key, value) in entries {
        write(object.key(key), value);
    }
    object.close();
}

/// A JSON object written field by field: `key` writes the separator and the key and hands back
/// the text to write the value into.
pub(crate) struct Object<'o> {
    out: &'o mut String,
    empty: bool,
}

// `open`, `key` and `close` are out of line: the results writer calls them for each of its
// ~60 fields, and inlined (a `String::push` each) they were 0.9 KB of the gzipped module (session 15).
impl<'o> Object<'o> {
    #[inline(never)]
    pub fn open(out: &'o mut String) -> Self {
        out.push('{');
        Object { out, empty: true }
    }

    #[inline(never)]
    pub fn key(&mut self, key: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        string(self.out, key);
        self.out.push(':');
        self.out
    }

    #[inline(never)]
    pub fn close(self) {
        self.out.push('}');
    }
}

/// A JSON string in which nothing can close a `<script>` or open a comment: `<`, `>`, `&`,
/// U+2028 and U+2029 are written as `\u` escapes (the same value; HTML and old JavaScript
/// parsers see nothing special), besides JSON's own escapes.
pub(crate) fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut last = 0;
    for (i, c) in s.char_indices() {
        let escaped = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            '<' => "\\u003c",
            '>' => "\\u003e",
            '&' => "\\u0026",
            '\u{2028}' => "\\u2028",
            '\u{2029}' => "\\u2029",
            '\0'..='\u{1f}' => "",
            _ => continue,
        };
        out.push_str(s.get(last..i).unwrap_or_default());
        if escaped.is_empty() {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push_str(escaped);
        }
        last = i + c.len_utf8();
    }
    out.push_str(s.get(last..).unwrap_or_default());
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontmatter::mutate::{differential, files_under};

    const WIDE: Bounds = Bounds {
        max_depth: 128,
        max_keys: 1_000_000,
    };

    fn read_all(text: &str, bounds: Bounds) -> Result<Value, Fault> {
        super::read_all(text, bounds, &mut KeyPaths::default())
    }

    /// serde_json (with `arbitrary_precision`, numbers as text) is the oracle: the same value,
    /// or both an error.
    fn agree(text: &str) -> Result<bool, String> {
        let ours = read_all(text, WIDE);
        let theirs = serde_json::from_str::<serde_json::Value>(text).map(Value::from);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) if a == b => Ok(false),
            (Err(_), Err(_)) => Ok(true),
            _ => Err(format!("{text:?}\n  ours   {ours:?}\n  oracle {theirs:?}")),
        }
    }

    /// Every JSON file of the fixtures: the goldens and both conformance suites' expectations.
    fn fixture_texts() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        files_under(&dir, "json")
            .iter()
            .map(|path| std::fs::read_to_string(path).unwrap())
            .collect()
    }

    #[test]
    fn agrees_with_serde_json_on_every_json_fixture() {
        let texts = fixture_texts();
        assert!(texts.len() > 400, "only {} files", texts.len());
        let failures: Vec<String> = texts.iter().filter_map(|t| agree(t).err()).collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn agrees_with_serde_json_on_fifty_thousand_mutations() {
        let seeds: Vec<String> = fixture_texts()
            .into_iter()
            .filter(|t| t.len() < 4000)
            .take(300)
            .collect();
        const PIECES: &[&str] = &[
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            "\\u",
            "\\ud83d",
            "\\ude00",
            "\\n",
            "\\x",
            "0",
            "-",
            "01",
            ".",
            "1e",
            "E+",
            "1.5e-3",
            "true",
            "nul",
            "null",
            " ",
            "\n",
            "\t",
            "\u{1}",
            "é",
            "\"k\": 1,",
            "[1, 2],",
            "//",
        ];
        differential(&seeds, PIECES, agree);
    }

    fn fault(text: &str) -> (FaultKind, usize) {
        let f = read_all(text, WIDE).unwrap_err();
        (f.kind, f.offset)
    }

    #[test]
    fn faults_point_at_the_character_at_fault() {
        let syntax = |what| FaultKind::Syntax(what);
        assert_eq!(
            fault("{\"a\": 1,\n }"),
            (syntax("a trailing comma: remove the `,` before `}`"), 10)
        );
        assert_eq!(
            fault("[1,]"),
            (syntax("a trailing comma: remove the `,` before `]`"), 3)
        );
        assert_eq!(fault("{\"a\" 1}"), (syntax("expected `:` after the key"), 5));
        assert_eq!(fault("[1 2]"), (syntax("expected `,` or `]` after a list item"), 3));
        assert_eq!(
            fault("\"a\u{1}\""),
            (syntax("a control character in a string: write it as an escape"), 2)
        );
        assert_eq!(
            fault("\"\\ud800x\""),
            (
                syntax("a lone surrogate in a \\u escape: a low surrogate must follow"),
                7
            )
        );
        assert_eq!(fault("012"), (syntax("a number cannot have a leading zero"), 1));
        assert_eq!(fault("{} x"), (syntax("text after the JSON value"), 3));
        assert_eq!(
            fault("\"abc"),
            (syntax("the string is not closed: a `\"` is missing"), 4)
        );
    }

    #[test]
    fn numbers_keep_their_digits_and_spell_the_exponent_as_before() {
        let v = read_all("[1.10, -0, 1E5, 2e-3, 12345678901234567890123]", WIDE).unwrap();
        assert_eq!(v.to_string(), "[1.10,-0,1e+5,2e-3,12345678901234567890123]");
    }

    /// The reader keeps its own stack: a depth far beyond any recursion budget is only the
    /// limit's error, and within the limit it reads.
    #[test]
    fn depth_and_keys_are_bounded_without_recursion() {
        let deep = "[".repeat(1_000_000);
        let bounds = Bounds {
            max_depth: usize::MAX,
            max_keys: 10,
        };
        assert_eq!(
            read_all(&deep, bounds).unwrap_err().kind,
            FaultKind::Syntax("the text ends where a value was expected")
        );
        let limited = Bounds { max_depth: 3, ..bounds };
        assert_eq!(fault_with("[[[[1]]]]", limited), (FaultKind::TooDeep, 3));
        assert!(read_all("[[[1]]]", limited).is_ok());
        let keys = format!(
            "{{{}}}",
            (0..11).map(|i| format!("\"k{i}\":{i}")).collect::<Vec<_>>().join(",")
        );
        assert_eq!(fault_with(&keys, limited).0, FaultKind::TooManyKeys);
        assert!(read_all("{\"a\":1,\"a\":2}", Bounds { max_keys: 1, ..limited }).is_ok());
    }

    fn fault_with(text: &str, bounds: Bounds) -> (FaultKind, usize) {
        let f = read_all(text, bounds).unwrap_err();
        (f.kind, f.offset)
    }

    #[test]
    fn a_repeated_key_keeps_its_place_and_takes_the_last_value() {
        let v = read_all(r#"{"a": 1, "b": 2, "a": 3}"#, WIDE).unwrap();
        assert_eq!(v.to_string(), r#"{"a":3,"b":2}"#);
    }

    #[test]
    fn strings_are_written_safe_for_a_script_element() {
        let mut out = String::new();
        string(&mut out, "</script><!--\u{2028}&\u{1}\"\\");
        assert_eq!(out, r#""\u003c/script\u003e\u003c!--\u2028\u0026\u0001\"\\""#);
        assert_eq!(read_all(&out, WIDE).unwrap(), "</script><!--\u{2028}&\u{1}\"\\");
    }
}
