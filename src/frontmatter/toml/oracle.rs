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
