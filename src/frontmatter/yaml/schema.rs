//! What a YAML scalar means: the YAML 1.2 core schema (null, booleans, integers, floats, else
//! a string). Timestamps are not a type there, so dates stay the strings the author wrote. One
//! module used by both readers of YAML here (ours and the oracle).

use crate::text::Own;
use crate::value::Value;

/// A scalar's value: quoted and block scalars are strings; a plain one is typed by the core
/// schema; the tags `!!str` and `!!null` (short or verbatim) decide instead. Other tags change
/// nothing: front matter has no use for `!!binary` or application tags.
pub(crate) fn scalar(text: String, plain: bool, tag: Option<&str>) -> Value {
    match tag.and_then(core_tag) {
        Some("str") => return Value::String(text),
        Some("null") => return Value::Null,
        _ => {}
    }
    if plain {
        plain_scalar(text)
    } else {
        Value::String(text)
    }
}

/// `!!name` or `!<tag:yaml.org,2002:name>` → `name`.
fn core_tag(tag: &str) -> Option<&str> {
    tag.strip_prefix("!!")
        .or_else(|| tag.strip_prefix("!<tag:yaml.org,2002:")?.strip_suffix('>'))
}

/// A plain (unquoted) scalar by the core schema: null, a boolean, a number, or the string.
pub(crate) fn plain_scalar(text: String) -> Value {
    match text.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    number(&text).unwrap_or(Value::String(text))
}

/// JSON keys are strings: scalars keep their text, as js-yaml does; a list or a mapping cannot
/// be a key (`None`).
pub(crate) fn key_string(v: Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s),
        Value::Null => Some("null".own()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(_) | Value::Object(_) => None,
    }
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
        return super::super::number::float(t);
    }
    None
}

/// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`, sign already removed.
fn is_core_float(s: &str) -> bool {
    let (int, frac, exponent) = super::super::number::split(s);
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

    #[test]
    fn tags_decide_over_the_schema() {
        assert_eq!(scalar("1".into(), true, Some("!!str")), "1");
        assert_eq!(scalar("1".into(), true, Some("!<tag:yaml.org,2002:str>")), "1");
        assert_eq!(scalar("x".into(), true, Some("!!null")), Value::Null);
        assert_eq!(scalar("1".into(), true, Some("!local")), 1);
        assert_eq!(scalar("1".into(), false, None), "1");
        assert_eq!(scalar("1.10".into(), true, None).to_string(), "1.10");
    }
}
