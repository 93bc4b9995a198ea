//! Golden tests for front matter: every `tests/fixtures/frontmatter/NAME.md` is parsed and
//! compared with `NAME.json` — `{data, content, format, contentLine, excerpt?}`, or
//! `{error: {code, line, column}}`. The expectations were written by `PAGEMARK_BLESS=1 cargo test
//! --test frontmatter_fixtures` and then read and checked by hand; a change in behaviour shows
//! up as a diff in review.

use std::path::Path;

use serde_json::{json, Value};

/// The outcome in the shape JavaScript's `parse` returns; the data through its JSON text.
fn outcome(source: &str) -> Value {
    match pagemark::parse(source, &pagemark::Options::default()) {
        Ok(parsed) => {
            let data: Value = serde_json::from_str(&pagemark::Value::Object(parsed.data).to_string()).unwrap();
            let format = format!("{:?}", parsed.format).to_lowercase();
            let mut v =
                json!({"data": data, "content": parsed.content, "format": format, "contentLine": parsed.content_line});
            if let Some(excerpt) = parsed.excerpt {
                v["excerpt"] = json!(excerpt);
            }
            v
        }
        Err(e) => json!({"error": {"code": e.code.as_str(), "line": e.line, "column": e.column}}),
    }
}

#[test]
fn every_front_matter_fixture_matches_its_expectation() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/frontmatter");
    let bless = std::env::var_os("PAGEMARK_BLESS").is_some();
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for md in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "md")) {
        let source = std::fs::read_to_string(md).unwrap();
        let got = outcome(&source);
        let expected_path = md.with_extension("json");
        if bless {
            std::fs::write(&expected_path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
        }
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
        if got != expected {
            failures.push(format!("{}:\n  expected {expected}\n  got      {got}", md.display()));
        }
        let name = md.file_stem().unwrap().to_string_lossy();
        assert_eq!(
            name.starts_with("err-"),
            got.get("error").is_some(),
            "{name}: err- prefix and outcome disagree"
        );
        checked += 1;
    }
    assert!(checked >= 60, "only {checked} fixtures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_carriage_return_survives_in_any_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/frontmatter");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let out = outcome(&std::fs::read_to_string(&path).unwrap()).to_string();
            assert!(!out.contains("\\r"), "{}: {out}", path.display());
        }
    }
}
