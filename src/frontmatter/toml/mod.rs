//! TOML 1.1 front matter, read by our own reader: datetimes become their RFC 3339 text.
//!
//! The `toml` crate read it before, and stays as the oracle of the tests (`tests.rs`): it cost
//! about 40 KB of the gzipped module for what is, in front matter, a few dozen lines. This
//! reader passes toml-test's TOML 1.1 cases and agrees with the crate on every fixture, corpus
//! document and mutated input of the tests.
//!
//! Structure: [`cursor`] reads characters (white space, comments, keys, strings), [`scalar`]
//! types a bare token (numbers, datetimes), and this module follows the document's tables
//! and the rules about which of them may be defined or extended where.

mod cursor;
mod scalar;

#[cfg(any(test, feature = "oracle"))]
mod oracle;
#[cfg(test)]
mod tests;

use crate::strmap::StrMap;
use crate::value::{Map, Value};

use self::cursor::{Cursor, Fail, Key};
use super::positions::KeyPaths;
use super::{check_bounds, too_deep};
use crate::error::{Code, Error, Result};
use crate::options::Limits;
use crate::text::line_col;

/// Parse one TOML block whose first line is line `first_line` of the original source: its
/// value and where its keys are (an inline table's keys are not recorded: the table is a value
/// like any other once read).
pub(super) fn parse(block: &str, first_line: u32, limits: &Limits) -> Result<(Value, KeyPaths)> {
    let mut reader = Reader {
        cursor: Cursor::new(block),
        limits,
    };
    let (value, keys) = reader.document().map_err(|fail| {
        let (line, column) = line_col(block, fail.at);
        let line = (line + first_line - 1) as usize;
        match fail.code {
            Code::TooDeep => too_deep(limits, line, column as usize),
            code => Error::at(code, format!("invalid TOML: {}", fail.message), line, column as usize),
        }
    })?;
    check_bounds(&value, limits, first_line)?;
    Ok((value, keys))
}

/// How a table came to be, which decides what may still define it or add to it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Named as the parent in a header (`a` of `[a.b]`): a later `[a]` may still define it.
    Implicit,
    /// Defined by its own header, `[a]` or `[[a]]`.
    Header,
    /// Made by a dotted key (`a.b = 1` makes `a`): more dotted keys may add to it, in the same
    /// table, but no header may define it.
    Dotted,
}

enum Node {
    /// A value written after `=`, inline tables and arrays included: never extended.
    Value(Value),
    Table(Table),
    /// An array of tables, `[[a]]`: never empty.
    Tables(Vec<Table>),
}

struct Table {
    kind: Kind,
    /// The keys in the order they were written (JSON objects keep it), each with the offset
    /// where it was first written; `nodes` holds their values in the same order.
    order: Vec<(String, usize)>,
    nodes: StrMap<Node>,
}

impl Table {
    fn new(kind: Kind) -> Self {
        Table {
            kind,
            order: Vec::new(),
            nodes: StrMap::default(),
        }
    }

    /// The node at `key`, inserting `make()` when there is none (always `Some`, see
    /// [`StrMap::get_or_insert_with`]).
    fn entry(&mut self, key: &Key, make: impl FnOnce() -> Node) -> Option<&mut Node> {
        let order = &mut self.order;
        self.nodes.get_or_insert_with(&key.name, || {
            order.push((key.name.clone(), key.at));
            make()
        })
    }

    /// `a.b.c = …`: the slot for the value, `a` and `b` being tables made (or already made)
    /// by dotted keys, or named only as a header's parents. The slot is taken before the value
    /// is read, so a duplicate key is reported before anything wrong in its value.
    fn insert_dotted(&mut self, keys: &[Key]) -> std::result::Result<&mut Value, Fail> {
        let Some((last, parents)) = keys.split_last() else {
            return Err(duplicate(keys.first().unwrap_or(&Key::EMPTY), "key"));
        };
        let mut table = self;
        for key in parents {
            table = match table.entry(key, || Node::Table(Table::new(Kind::Dotted))) {
                Some(Node::Table(t)) if t.kind != Kind::Header => {
                    t.kind = Kind::Dotted;
                    t
                }
                _ => return Err(duplicate(key, "table")),
            };
        }
        if table.nodes.contains_key(&last.name) {
            return Err(duplicate(last, "key"));
        }
        match table.entry(last, || Node::Value(Value::Null)) {
            Some(Node::Value(slot)) => Ok(slot),
            _ => Err(duplicate(last, "key")),
        }
    }

    /// Makes or enters the table a header names; `array` for `[[…]]`.
    fn open(&mut self, keys: &[Key], array: bool) -> std::result::Result<(), Fail> {
        let Some((last, parents)) = keys.split_last() else {
            return Ok(());
        };
        let mut table = self;
        for key in parents {
            table = match table.entry(key, || Node::Table(Table::new(Kind::Implicit))) {
                Some(Node::Table(t)) => t,
                Some(Node::Tables(list)) => list.last_mut().ok_or_else(|| duplicate(key, "table"))?,
                _ => return Err(duplicate(key, "key")),
            };
        }
        match table.nodes.get_mut(&last.name) {
            None if array => {
                table.entry(last, || Node::Tables(vec![Table::new(Kind::Header)]));
            }
            None => {
                table.entry(last, || Node::Table(Table::new(Kind::Header)));
            }
            Some(Node::Tables(list)) if array => list.push(Table::new(Kind::Header)),
            Some(Node::Table(t)) if !array && t.kind == Kind::Implicit => t.kind = Kind::Header,
            Some(_) => return Err(duplicate(last, "table")),
        }
        Ok(())
    }

    /// The table at `path`, the last of an array of tables: the current header's table.
    /// Every step was made by the header, so `None` cannot happen.
    fn walk(&mut self, path: &[Key]) -> Option<&mut Table> {
        let mut table = self;
        for key in path {
            table = match table.nodes.get_mut(&key.name)? {
                Node::Table(t) => t,
                Node::Tables(list) => list.last_mut()?,
                Node::Value(_) => return None,
            };
        }
        Some(table)
    }

    /// The table as a value, its keys' paths and places recorded in `keys`.
    fn into_value(self, keys: &mut KeyPaths) -> Value {
        let map: Map = self
            .order
            .into_iter()
            .zip(self.nodes.into_values())
            .map(|((name, at), node)| {
                let mark = keys.enter(&name, at);
                let value = node.into_value(keys);
                keys.leave(mark);
                (name, value)
            })
            .collect();
        Value::Object(map)
    }
}

impl Node {
    fn into_value(self, keys: &mut KeyPaths) -> Value {
        match self {
            Node::Value(v) => v,
            Node::Table(t) => t.into_value(keys),
            Node::Tables(list) => {
                keys.enter_list();
                let tables = list.into_iter().map(|t| t.into_value(keys)).collect();
                keys.leave_list();
                Value::Array(tables)
            }
        }
    }
}

fn duplicate(key: &Key, what: &str) -> Fail {
    Fail {
        code: Code::DuplicateKey,
        message: format!("the {what} `{}` is already defined", key.name),
        at: key.at,
    }
}

/// The document being read: the cursor and the limits.
struct Reader<'a, 'l> {
    cursor: Cursor<'a>,
    limits: &'l Limits,
}

impl Reader<'_, '_> {
    fn document(&mut self) -> std::result::Result<(Value, KeyPaths), Fail> {
        let mut root = Table::new(Kind::Header);
        let mut path: Vec<Key> = Vec::new();
        loop {
            let c = &mut self.cursor;
            c.skip_ws();
            c.comment()?;
            if c.newline() {
                continue;
            }
            match c.peek() {
                None => break,
                Some(b'[') => path = self.header(&mut root)?,
                Some(_) => self.key_value(&mut root, &path)?,
            }
            self.cursor.line_end()?;
        }
        let mut keys = KeyPaths::default();
        let value = root.into_value(&mut keys);
        Ok((value, keys))
    }

    /// `[a.b]` or `[[a.b]]`: the new current table's path.
    fn header(&mut self, root: &mut Table) -> std::result::Result<Vec<Key>, Fail> {
        let c = &mut self.cursor;
        c.pos += 1;
        let array = c.eat(b'[');
        let keys = c.key()?;
        c.expect(b']', "`]` after the table's name")?;
        if array {
            c.expect(b']', "`]]` after the array of tables' name")?;
        }
        self.check_depth(keys.len() + 1, keys.first().map_or(0, |k| k.at))?;
        root.open(&keys, array)?;
        Ok(keys)
    }

    /// `key = value` in the table at `path`.
    fn key_value(&mut self, root: &mut Table, path: &[Key]) -> std::result::Result<(), Fail> {
        let keys = self.cursor.key()?;
        self.cursor.expect(b'=', "`=` after the key")?;
        self.cursor.skip_ws();
        let Some(table) = root.walk(path) else {
            return Err(self.cursor.fail("the current table is gone"));
        };
        // Two statements: an assignment reads its right side first.
        let slot = table.insert_dotted(&keys)?;
        *slot = self.value(path.len() + keys.len())?;
        Ok(())
    }

    /// A value held at nesting `depth` (the root table is 1).
    fn value(&mut self, depth: usize) -> std::result::Result<Value, Fail> {
        let c = &mut self.cursor;
        match c.peek() {
            Some(b'"' | b'\'') => c.string().map(Value::String),
            Some(b'[') => self.array(depth + 1),
            Some(b'{') => self.inline_table(depth + 1),
            Some(b't') if c.rest().starts_with("true") => {
                c.pos += 4;
                Ok(Value::Bool(true))
            }
            Some(b'f') if c.rest().starts_with("false") => {
                c.pos += 5;
                Ok(Value::Bool(false))
            }
            _ => self.bare(),
        }
    }

    /// A number or a datetime: the run of characters they are written with (a datetime may have
    /// one space between its date and its time).
    fn bare(&mut self) -> std::result::Result<Value, Fail> {
        let c = &mut self.cursor;
        let start = c.pos;
        let token_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-' | b'.' | b':');
        while c.peek().is_some_and(token_byte) {
            c.pos += 1;
        }
        let is_date = c.pos - start == 10 && c.slice(start, c.pos).as_bytes().get(4) == Some(&b'-');
        let time_follows = c.peek() == Some(b' ')
            && c.peek_at(1).is_some_and(|b| b.is_ascii_digit())
            && c.peek_at(2).is_some_and(|b| b.is_ascii_digit())
            && c.peek_at(3) == Some(b':');
        if is_date && time_follows {
            c.pos += 1;
            while c.peek().is_some_and(token_byte) {
                c.pos += 1;
            }
        }
        let token = c.slice(start, c.pos);
        if token.is_empty() {
            return Err(c.fail("expected a value"));
        }
        scalar::number_or_datetime(token)
            .ok_or_else(|| c.fail_at(start, format!("`{token}` is not a valid TOML value")))
    }

    /// `[ value, value, ]`, over any number of lines.
    fn array(&mut self, depth: usize) -> std::result::Result<Value, Fail> {
        self.check_depth(depth, self.cursor.pos)?;
        self.cursor.pos += 1;
        let mut items = Vec::new();
        loop {
            self.cursor.skip_trivia()?;
            if self.cursor.eat(b']') {
                return Ok(Value::Array(items));
            }
            items.push(self.value(depth)?);
            self.cursor.skip_trivia()?;
            if !self.cursor.eat(b',') {
                self.cursor.expect(b']', "`,` or `]` in the array")?;
                return Ok(Value::Array(items));
            }
        }
    }

    /// `{ key = value, key = value }`; since TOML 1.1 over several lines, with a trailing comma.
    fn inline_table(&mut self, depth: usize) -> std::result::Result<Value, Fail> {
        self.check_depth(depth, self.cursor.pos)?;
        self.cursor.pos += 1;
        let mut table = Table::new(Kind::Dotted);
        loop {
            self.cursor.skip_trivia()?;
            if self.cursor.eat(b'}') {
                return Ok(table.into_value(&mut KeyPaths::default()));
            }
            let keys = self.cursor.key()?;
            self.cursor.skip_trivia()?;
            self.cursor.expect(b'=', "`=` after the key")?;
            self.cursor.skip_trivia()?;
            let slot = table.insert_dotted(&keys)?;
            *slot = self.value(depth + keys.len() - 1)?;
            self.cursor.skip_trivia()?;
            if !self.cursor.eat(b',') {
                self.cursor.expect(b'}', "`,` or `}` in the inline table")?;
                return Ok(table.into_value(&mut KeyPaths::default()));
            }
        }
    }

    /// Nesting is bounded while reading, so no input can overflow the stack.
    fn check_depth(&self, depth: usize, at: usize) -> std::result::Result<(), Fail> {
        if depth > self.limits.max_depth {
            return Err(Fail {
                code: Code::TooDeep,
                message: String::new(),
                at,
            });
        }
        Ok(())
    }
}

/// Our reading of `block` and the `toml` crate's agree (`oracle::agree`), the limits applied
/// to both: for the unit tests and the fuzz target.
#[cfg(any(test, feature = "oracle"))]
pub(super) fn agrees_with_oracle(block: &str) -> std::result::Result<(), String> {
    let limits = Limits::default();
    let ours = parse(block, 1, &limits)
        .map(|(value, _)| value)
        .map_err(|e| (e.code.as_str(), e.line));
    oracle::agree(block, ours, |v| {
        check_bounds(&v, &limits, 1).map(|()| v).map_err(|e| e.code.as_str())
    })
}
