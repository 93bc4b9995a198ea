//! The TOML reader against toml-test (TOML 1.1 cases) and against the `toml` crate on every
//! fixture, corpus document and thousands of mutations of them.

use std::path::PathBuf;

use crate::value::{json, numbers_by_value, Value};

use super::parse;
use crate::error::Result;
use crate::frontmatter::mutate::{assert_agree, differential, front_matter_blocks};
use crate::options::Limits;

use super::agrees_with_oracle as agree;

fn read(block: &str) -> Result<Value> {
    parse(block, 1, &Limits::default()).map(|(value, _)| value)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn suite() -> PathBuf {
    root().join("tests/fixtures/conformance/toml-test")
}

/// The suite's cases of TOML 1.1 under `kind` (`valid` or `invalid`), as paths.
fn cases(kind: &str) -> Vec<PathBuf> {
    let list = std::fs::read_to_string(suite().join("files-toml-1.1.0")).unwrap();
    list.lines()
        .filter(|l| l.starts_with(&format!("{kind}/")) && l.ends_with(".toml"))
        .map(|l| suite().join(l))
        .collect()
}

/// toml-test's tagged JSON (`{"type": "integer", "value": "1"}`) as the plain value we give.
fn untag(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Array(items) => Value::Array(items.iter().map(untag).collect()),
        serde_json::Value::Object(m)
            if m.len() == 2 && m.contains_key("type") && m.get("value").is_some_and(serde_json::Value::is_string) =>
        {
            let text = m["value"].as_str().unwrap();
            match m["type"].as_str().unwrap() {
                "integer" => json!(text.parse::<i64>().unwrap()),
                "float" => match text.trim_start_matches(['+', '-']) {
                    "inf" | "nan" => Value::Null,
                    _ => json!(text.parse::<f64>().unwrap()),
                },
                "bool" => json!(text == "true"),
                _ => json!(text),
            }
        }
        serde_json::Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), untag(v))).collect()),
        other => other.clone().into(),
    }
}

/// The suite spells datetimes in several ways (`1987-07-05 17:45:00z`, `07:32`): both sides
/// are compared in our spelling, which `scalar::tests` pins.
fn respell(v: &mut Value) {
    match v {
        Value::String(s) => {
            if let Some(Value::String(t)) = super::scalar::number_or_datetime(s) {
                *s = t;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(respell),
        Value::Object(m) => m.values_mut().for_each(respell),
        _ => {}
    }
}

#[test]
fn every_valid_toml_1_1_case_reads_as_expected() {
    let mut failures = Vec::new();
    let all = cases("valid");
    for path in &all {
        let source = std::fs::read_to_string(path).unwrap();
        let mut expected =
            untag(&serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap()).unwrap());
        respell(&mut expected);
        match read(&source) {
            Ok(got) if numbers_by_value(got.clone()) == numbers_by_value(expected.clone()) => {}
            Ok(got) => failures.push(format!("{}:\n  expected {expected}\n  got      {got}", path.display())),
            Err(e) => failures.push(format!("{}: {e}", path.display())),
        }
    }
    assert!(all.len() >= 217, "only {} valid cases", all.len());
    assert!(
        failures.is_empty(),
        "{} of {}:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn every_invalid_toml_1_1_case_is_a_structured_error() {
    let mut accepted = Vec::new();
    let all = cases("invalid");
    for path in &all {
        let bytes = std::fs::read(path).unwrap();
        // Not UTF-8: a JavaScript or Rust string cannot hold it, so no such block reaches us.
        let Ok(source) = String::from_utf8(bytes) else { continue };
        match read(&source) {
            Ok(v) => accepted.push(format!("{}: read as {v}", path.display())),
            Err(e) => assert!(
                e.line.is_some() && e.column.is_some() && e.message.len() > 20,
                "{}: {e:?}",
                path.display()
            ),
        }
    }
    assert!(all.len() >= 477, "only {} invalid cases", all.len());
    assert!(
        accepted.is_empty(),
        "{} of {}:\n{}",
        accepted.len(),
        all.len(),
        accepted.join("\n")
    );
}

/// Every conformance case, fixture, corpus and fuzz-regression TOML block; `invalid` adds the suite's invalid cases.
fn seeds(invalid: bool) -> Vec<String> {
    let mut blocks = front_matter_blocks(&root().join("tests/fixtures"), "+++");
    blocks.extend(front_matter_blocks(&root().join("benches/corpus"), "+++"));
    let documents = blocks.len();
    for entry in std::fs::read_dir(root().join("tests/fixtures/fuzz-regressions")).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap().to_string_lossy().starts_with("toml-") {
            blocks.push(std::fs::read_to_string(path).unwrap());
        }
    }
    let invalid = if invalid { cases("invalid") } else { Vec::new() };
    for path in cases("valid").into_iter().chain(invalid) {
        if let Ok(text) = std::fs::read_to_string(path) {
            blocks.push(text);
        }
    }
    assert!(
        documents >= 3,
        "only {documents} TOML documents among the fixtures and corpus"
    );
    blocks
}

#[test]
fn agrees_with_the_toml_crate_on_every_case_fixture_and_document() {
    assert_agree(&seeds(true), agree);
}

/// Pieces of TOML syntax the mutations insert.
const PIECES: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "\\",
    "\\u00e9",
    "\\x41",
    "\n",
    "\r\n",
    "#",
    " ",
    "\t",
    "a",
    "a.b",
    "\"k\"",
    "1",
    "-",
    "+",
    "_",
    "0x1F",
    "1e5",
    "inf",
    "nan",
    "true",
    "1979-05-27",
    "T07:32:00",
    " 07:32",
    "Z",
    "-07:00",
    ".5",
    ":",
    "é",
    "\u{7f}",
    "\0",
    "[a]\n",
    "[[a]]\n",
    "a = 1\n",
    "x.y = 2\n",
];

#[test]
fn agrees_with_the_toml_crate_on_fifty_thousand_mutations() {
    differential(&seeds(false), PIECES, |text| {
        agree(text)?;
        Ok(read(text).is_err())
    });
}
