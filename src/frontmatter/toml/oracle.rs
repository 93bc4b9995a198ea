//! The `toml` crate as the oracle of the TOML reader: its reading of a block as the same JSON
//! value ours gives, or whether its error is a duplicate key. Used by the unit tests and by
//! the `toml` fuzz target (which includes this file), never by the library.

use serde_json::{Number, Value};

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
        toml::Value::Float(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
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
        (Ok(a), Ok(b)) if by_value(a.clone()) == by_value(b.clone()) => Ok(()),
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

/// `v` with every float re-spelled from its `f64` value: ours keep the text as written
/// (`1e3`), the oracle's are formatted from an `f64` (`1000.0`); the same number either way.
pub fn by_value(v: Value) -> Value {
    match v {
        Value::Number(n) if n.is_f64() => n.as_f64().and_then(Number::from_f64).map_or(Value::Null, Value::Number),
        Value::Array(a) => Value::Array(a.into_iter().map(by_value).collect()),
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, v)| (k, by_value(v))).collect()),
        other => other,
    }
}
