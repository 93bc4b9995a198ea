//! Bare TOML values, given as one token of text: integers, floats, booleans' neighbours the
//! numbers, and the four kinds of datetime. Pure functions of the token, so each is tested alone.

use crate::value::Value;

/// A number or a datetime written as `token`, or `None` when it is neither.
pub(super) fn number_or_datetime(token: &str) -> Option<Value> {
    let b = token.as_bytes();
    let looks_like_date = b.len() >= 10 && b.get(4) == Some(&b'-') && b.get(..4)?.iter().all(u8::is_ascii_digit);
    if looks_like_date || b.get(2) == Some(&b':') {
        return datetime(token).map(Value::String);
    }
    number(token)
}

/// An integer (decimal, `0x`, `0o`, `0b`) or a float; `inf` and `nan` have no JSON value and
/// become null.
fn number(t: &str) -> Option<Value> {
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if matches!(unsigned, "inf" | "nan") {
        return Some(Value::Null);
    }
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(digits) = t.strip_prefix(prefix) {
            let ok = is_digit_run(digits, |b| char::from(b).is_digit(radix));
            return ok
                .then(|| i64::from_str_radix(&digits.replace('_', ""), radix).ok())?
                .map(Value::from);
        }
    }
    let (int, frac, exponent) = super::super::number::split(unsigned);
    let decimal = |s: &str| is_digit_run(s, |b| b.is_ascii_digit());
    let int_ok = decimal(int) && (int == "0" || !int.starts_with('0'));
    let exp_ok = exponent.is_none_or(|e| decimal(e.strip_prefix(['+', '-']).unwrap_or(e)));
    if !int_ok || !frac.is_none_or(decimal) || !exp_ok {
        return None;
    }
    let clean = t.replace('_', "");
    if frac.is_none() && exponent.is_none() {
        return clean.parse::<i64>().ok().map(Value::from);
    }
    // `1e400` overflows to infinity: not the number written, so an error (as the `toml` crate has it).
    super::super::number::float(&clean)
}

/// Digits of one kind, each `_` between two digits.
fn is_digit_run(s: &str, digit: impl Fn(u8) -> bool) -> bool {
    !s.is_empty()
        && !s.starts_with('_')
        && !s.ends_with('_')
        && crate::text::find_str(s, "__").is_none()
        && s.bytes().all(|b| b == b'_' || digit(b))
}

/// A datetime as its RFC 3339 text: `T` between date and time, seconds always written (TOML
/// 1.1 lets them out; RFC 3339 has no time without them), `Z` for UTC, the fraction without
/// trailing zeros and to the nanosecond.
fn datetime(t: &str) -> Option<String> {
    let mut out = String::with_capacity(t.len() + 3);
    let rest = if t.as_bytes().get(2) == Some(&b':') {
        time(t, &mut out)?
    } else {
        let rest = date(t, &mut out)?;
        if rest.is_empty() {
            return Some(out);
        }
        let time_text = rest.strip_prefix(['T', 't', ' '])?;
        out.push('T');
        let rest = time(time_text, &mut out)?;
        offset(rest, &mut out)?
    };
    rest.is_empty().then_some(out)
}

/// `n` ASCII digits at the start of `s` and their value.
fn digits(s: &str, n: usize) -> Option<(u32, &str)> {
    let head = s.get(..n)?;
    head.bytes().all(|b| b.is_ascii_digit()).then_some(())?;
    Some((head.parse().ok()?, s.get(n..)?))
}

/// `YYYY-MM-DD`, a real day of the Gregorian calendar.
fn date<'t>(s: &'t str, out: &mut String) -> Option<&'t str> {
    let (year, rest) = digits(s, 4)?;
    let (month, rest) = digits(rest.strip_prefix('-')?, 2)?;
    let (day, rest) = digits(rest.strip_prefix('-')?, 2)?;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (1..=days).contains(&day).then_some(())?;
    out.push_str(s.get(..10)?);
    Some(rest)
}

/// `HH:MM[:SS[.fraction]]`; a leap second (`60`) is allowed, as RFC 3339 allows it.
fn time<'t>(s: &'t str, out: &mut String) -> Option<&'t str> {
    let (hour, rest) = digits(s, 2)?;
    let (minute, rest) = digits(rest.strip_prefix(':')?, 2)?;
    let (second, rest) = match rest.strip_prefix(':') {
        Some(r) => digits(r, 2)?,
        None => (0, rest),
    };
    (hour <= 23 && minute <= 59 && second <= 60).then_some(())?;
    out.push_str(&format!("{hour:02}:{minute:02}:{second:02}"));
    let Some(fraction) = rest.strip_prefix('.').filter(|_| s.get(5..6) == Some(":")) else {
        return Some(rest);
    };
    let len = fraction.bytes().take_while(u8::is_ascii_digit).count();
    (len > 0).then_some(())?;
    let kept = fraction.get(..len.min(9))?.trim_end_matches('0');
    out.push('.');
    out.push_str(if kept.is_empty() { "0" } else { kept });
    fraction.get(len..)
}

/// `Z` or `±HH:MM` after a date and time; none leaves a local datetime.
fn offset<'t>(s: &'t str, out: &mut String) -> Option<&'t str> {
    if let Some(rest) = s.strip_prefix(['Z', 'z']) {
        out.push('Z');
        return Some(rest);
    }
    let Some(sign) = s.chars().next().filter(|c| matches!(c, '+' | '-')) else {
        return Some(s);
    };
    let (hours, rest) = digits(s.get(1..)?, 2)?;
    let (minutes, rest) = digits(rest.strip_prefix(':')?, 2)?;
    (hours <= 23 && minutes <= 59).then_some(())?;
    // `-00:00` is the same offset as `+00:00`, and is written so.
    let sign = if hours == 0 && minutes == 0 { '+' } else { sign };
    out.push_str(&format!("{sign}{hours:02}:{minutes:02}"));
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::json;

    #[test]
    fn integers() {
        for (t, v) in [
            ("0", 0_i64),
            ("+17", 17),
            ("-1_000", -1000),
            ("0xDEAD_beef", 0xdead_beef),
            ("0o755", 0o755),
            ("0b1101", 13),
        ] {
            assert_eq!(number_or_datetime(t), Some(json!(v)), "{t}");
        }
        for t in [
            "01",
            "1__0",
            "_1",
            "1_",
            "0x",
            "0x_1",
            "+0x1",
            "0X1",
            "9223372036854775808",
            "1e",
            "1.",
            ".1",
            "1._0",
        ] {
            assert_eq!(number_or_datetime(t), None, "{t}");
        }
        assert_eq!(number_or_datetime("-9223372036854775808"), Some(json!(i64::MIN)));
    }

    #[test]
    fn floats() {
        for (t, v) in [
            ("1.5", 1.5),
            ("-0.0", -0.0),
            ("6.626e-34", 6.626e-34),
            ("1_0.2_5E+1_0", 10.25e10),
        ] {
            assert_eq!(number_or_datetime(t).and_then(|n| n.as_f64()), Some(v), "{t}");
        }
        // Written as JSON text exactly, never through an f64.
        assert_eq!(number_or_datetime("1.10").unwrap().to_string(), "1.10");
        assert_eq!(number_or_datetime("-inf"), Some(Value::Null));
        assert_eq!(number_or_datetime("nan"), Some(Value::Null));
        assert_eq!(number_or_datetime("00.5"), None);
        assert_eq!(number_or_datetime("1e400"), None);
    }

    #[test]
    fn datetimes_are_rfc_3339_text() {
        for (t, v) in [
            ("1979-05-27", "1979-05-27"),
            ("1979-05-27T07:32:00Z", "1979-05-27T07:32:00Z"),
            ("1979-05-27 07:32z", "1979-05-27T07:32:00Z"),
            ("1979-05-27t07:32:00.999000-07:00", "1979-05-27T07:32:00.999-07:00"),
            (
                "1979-05-27T00:32:00.1234567891-00:00",
                "1979-05-27T00:32:00.123456789+00:00",
            ),
            ("07:32", "07:32:00"),
            ("00:00:00.000", "00:00:00.0"),
            ("2024-02-29", "2024-02-29"),
        ] {
            assert_eq!(number_or_datetime(t), Some(json!(v)), "{t}");
        }
        for t in [
            "2023-02-29",
            "1979-13-01",
            "1979-05-27T24:00:00",
            "1979-05-27T07:32.5",
            "07:32:00Z",
            "1979-05-27T",
            "1979-5-27",
        ] {
            assert_eq!(number_or_datetime(t), None, "{t}");
        }
    }
}
