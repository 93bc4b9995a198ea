//! The `toml` crate as the oracle of the TOML reader: its reading of a block as the same JSON
//! value ours gives, or whether its error is a duplicate key. Used by the unit tests and, with
//! the `oracle` feature, by the `toml` fuzz target; never shipped.

use crate::value::{numbers_by_value, Value};

/// The crate's reading of `block`, or `Err(true)` for a duplicate key, `Err(false)` for any
/// other error.
pub fn read(block: &str) -> Result<Value, bool> {
    match block.parse::<toml::Table>() {
        Ok(table) => Ok(convert(toml::Value::Table(table))),
        Err(e) => Err(e.message().starts_with("duplicate key")),
    }
}

fn convert(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        // Any spelling of the value: the comparison reads numbers by value (`numbers_by_value`).
        toml::Value::Float(f) if f.is_finite() => crate::value::Number::from_json_text(format!("{f:e}")).into(),
        toml::Value::Float(_) => Value::Null,
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(mut d) => {
            // The crate writes a time without seconds as written (`07:32`); we write `07:32:00`.
            if let Some(time) = &mut d.time {
                time.second.get_or_insert(0);
            }
            Value::String(d.to_string())
        }
        toml::Value::Array(a) => Value::Array(a.into_iter().map(convert).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, convert(v))).collect()),
    }
}

/// Our reading of a block: the value, or the error's code (`Code::as_str`) and line.
pub type Ours = Result<Value, (&'static str, Option<u32>)>;

/// Whether our reading of `block` agrees with the oracle's: the same value, or both an error.
/// `adjust` does to the oracle's value what our side does after reading (the limits on depth
/// and keys, so a limit is the same error on both sides; the fuzz target's side also turns
/// every `\r` into `\n`, as the front-matter stage does). When the oracle says "duplicate key", ours must too, unless ours
/// stopped at an earlier error that the oracle confirms: the oracle reads the whole block
/// before it looks for duplicates, ours stops at the first error.
pub fn agree(block: &str, ours: Ours, adjust: impl Fn(Value) -> Result<Value, &'static str>) -> Result<(), String> {
    let oracle = |text: &str| {
        read(text)
            .map_err(|dup| if dup { "duplicate-key" } else { "invalid-toml" })
            .and_then(&adjust)
    };
    let theirs = oracle(block);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) if numbers_by_value(a.clone()) == numbers_by_value(b.clone()) => Ok(()),
        (Err((code, _)), Err(theirs)) if *theirs != "duplicate-key" || code == theirs => Ok(()),
        // Ours stopped earlier, at an error (or a limit) the oracle finds in those lines too.
        (Err((_, line)), Err(_)) if oracle(&lines_through(block, *line)).is_err_and(|e| e != "duplicate-key") => Ok(()),
        _ => Err(format!("{block:?}\n  ours   {ours:?}\n  oracle {theirs:?}")),
    }
}

/// The first `line` lines of `block` (1-based, as errors count them).
fn lines_through(block: &str, line: Option<u32>) -> String {
    block.split_inclusive('\n').take(line.unwrap_or(0) as usize).collect()
}
