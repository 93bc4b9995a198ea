//! TOML front matter. Datetimes become their RFC 3339 strings, as written.

use serde_json::{Map, Number, Value};

use super::check_bounds;
use crate::error::{Code, Error, Result};
use crate::options::Limits;
use crate::text::line_col;

/// Parse one TOML block whose first line is line `first_line` of the original source.
pub(super) fn parse(block: &str, first_line: u32, limits: &Limits) -> Result<Value> {
    let table: toml::Table = block.parse().map_err(|e: toml::de::Error| {
        let (line, column) = e.span().map_or((1, 1), |span| line_col(block, span.start));
        let message = e.message().trim_end();
        let code = if message.starts_with("duplicate key") {
            Code::DuplicateKey
        } else {
            Code::InvalidToml
        };
        Error::at(
            code,
            format!("invalid TOML: {message}"),
            (line + first_line - 1) as usize,
            column as usize,
        )
    })?;
    let value = Value::Object(convert_table(table));
    check_bounds(&value, limits, first_line)?;
    Ok(value)
}

fn convert_table(table: toml::Table) -> Map<String, Value> {
    table.into_iter().map(|(k, v)| (k, convert(v))).collect()
}

fn convert(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(convert).collect()),
        toml::Value::Table(t) => Value::Object(convert_table(t)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn datetimes_are_strings() {
        let v = parse(
            "a = 1979-05-27T07:32:00-08:00\nb = 1979-05-27\n[t]\nx = [1, 2]\n",
            2,
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            v,
            json!({"a": "1979-05-27T07:32:00-08:00", "b": "1979-05-27", "t": {"x": [1, 2]}})
        );
    }

    #[test]
    fn errors_point_into_the_original_file() {
        let e = parse("a = 1\nb = \n", 2, &Limits::default()).unwrap_err();
        assert_eq!((e.code, e.line), (Code::InvalidToml, Some(3)));
    }
}
