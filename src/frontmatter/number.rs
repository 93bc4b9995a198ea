//! Front-matter floats as JSON numbers, exact as written: `1.10` stays `1.10` (a reader in
//! JavaScript gets the number `1.1` from `JSON.parse`, as it would from the YAML; a reader in
//! Rust gets the text the author wrote), and no float is parsed or formatted on the way, so
//! the module carries no float-parsing or float-printing tables (about 30 KB).

use crate::value::{Number, Value};

/// 2^1024 − 2^970, the midpoint between `f64::MAX` and 2^1024, in full: a decimal at or above
/// it rounds to infinity (the tie goes to the even neighbour, which is infinity). Its digits
/// are compared with a number's significant digits when both have 309 digits before the point.
const OVERFLOW: &str = "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";

/// A decimal float, already checked against its language's grammar and without `_`:
/// `[+-]? digits? ("." digits?)? ([eE] [+-]? digits)?`, at least one mantissa digit. The JSON
/// number for it, or `None` when it is too large for an `f64` (not the number written).
pub(super) fn float(text: &str) -> Option<Value> {
    let (sign, unsigned) = match text.as_bytes().first() {
        Some(b'-') => ("-", text.get(1..)?),
        Some(b'+') => ("", text.get(1..)?),
        _ => ("", text),
    };
    let (int, frac, exponent) = split(unsigned);
    let (int, frac) = (int.trim_start_matches('0'), frac.unwrap_or_default());
    if overflows(int, frac, exponent) {
        return None;
    }
    let mut json = format!("{sign}{}", if int.is_empty() { "0" } else { int });
    if !frac.is_empty() {
        json.push('.');
        json.push_str(frac);
    } else if exponent.is_none() {
        json.push_str(".0");
    }
    if let Some(e) = exponent {
        // serde_json's spelling, which these numbers have always had: `e`, then the sign.
        json.push('e');
        if !e.starts_with(['+', '-']) {
            json.push('+');
        }
        json.push_str(e);
    }
    Some(Value::Number(Number::from_json_text(json)))
}

/// A decimal's parts after its sign, as written and unchecked: the integer digits, the
/// fraction (when there is a `.`) and the exponent (after `e` or `E`). Both readers check
/// their language's grammar on these parts before [`float`] reads them.
pub(super) fn split(unsigned: &str) -> (&str, Option<&str>, Option<&str>) {
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (unsigned, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    (int, frac, exponent)
}

/// Whether `int.frac × 10^exponent` (`int` without leading zeros) is at least [`OVERFLOW`].
fn overflows(int: &str, frac: &str, exponent: Option<&str>) -> bool {
    let frac_zeros = if int.is_empty() {
        frac.len() - frac.trim_start_matches('0').len()
    } else {
        0
    };
    let significant = format!("{int}{}", frac.get(frac_zeros..).unwrap_or_default());
    if significant.bytes().all(|b| b == b'0') {
        return false;
    }
    // An exponent too long for an i64 is out of range either way; halved so the sum below
    // cannot overflow.
    let exponent = exponent.map_or(0, |e| {
        e.parse::<i64>()
            .unwrap_or(if e.starts_with('-') { i64::MIN / 2 } else { i64::MAX / 2 })
    });
    // The number is 0.significant × 10^magnitude.
    let magnitude = int.len() as i64 - frac_zeros as i64 + exponent;
    magnitude > 309 || (magnitude == 309 && significant.as_str() >= OVERFLOW)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Option<String> {
        float(s).map(|v| v.to_string())
    }

    #[test]
    fn written_as_json_exactly() {
        for (written, json) in [
            ("1.10", "1.10"),
            ("+1.5", "1.5"),
            ("-0.0", "-0.0"),
            (".5", "0.5"),
            ("5.", "5.0"),
            ("007.25", "7.25"),
            // serde_json spells the exponent `e` with its sign.
            ("1e5", "1e+5"),
            ("6.02E-23", "6.02e-23"),
            ("1e-400", "1e-400"),
            ("0e999999999999999999999", "0e+999999999999999999999"),
        ] {
            assert_eq!(text(written).as_deref(), Some(json), "{written}");
        }
    }

    /// The overflow boundary agrees with Rust's own float parsing (the slow reference).
    #[test]
    fn overflow_matches_f64_parsing() {
        let max = "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791";
        let cases = [
            "1.7976931348623157e308".to_owned(),
            "1.7976931348623158e308".to_owned(),
            "1.7976931348623159e308".to_owned(),
            "1e309".to_owned(),
            "0.1e310".to_owned(),
            "0.01e310".to_owned(),
            "1e99999999999999999999".to_owned(),
            "-1e309".to_owned(),
            max.to_owned(),
            format!("{max}.9"),
            OVERFLOW.to_owned(),
            format!("0.000{OVERFLOW}e312"),
            format!("{OVERFLOW}0e-1"),
        ];
        for case in cases {
            let finite = case.parse::<f64>().unwrap().is_finite();
            assert_eq!(float(&case).is_some(), finite, "{case}");
        }
    }
}
