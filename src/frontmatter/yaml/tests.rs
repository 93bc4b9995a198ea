//! The YAML reader against its expectations: unit cases, the official yaml-test-suite, and the
//! oracle (yaml-rust2) on every fixture, the corpus and mutated inputs.

use std::path::PathBuf;

use super::oracle;
use crate::error::{Code, Result};
use crate::frontmatter::mutate::{assert_agree, differential, front_matter_blocks};
use crate::options::Limits;
use crate::value::{json, numbers_by_value as by_value, Value};

/// The value the shipped path reads (where the keys are is tested in `positions.rs`).
fn parse(src: &str, first_line: u32, limits: &Limits) -> Result<Value> {
    super::parse(src, first_line, limits).map(|(value, _)| value)
}

fn y(src: &str) -> Result<Value> {
    parse(src, 2, &Limits::default())
}

#[test]
fn core_schema_scalars() {
    let v =
        y("a: 1\nb: -2.5\nc: true\nd: ~\ne: 2025-01-26\nf: '1'\ng: 0x1F\nh: 1e3\ni: 1.2.3\nj: .5\nk: 1.10\n").unwrap();
    let mut expected = json!({"a": 1, "b": -2.5, "c": true, "d": null, "e": "2025-01-26", "f": "1", "g": 31, "h": 0, "i": "1.2.3", "j": 0.5, "k": 0});
    if let Value::Object(m) = &mut expected {
        m.insert("h".into(), v["h"].clone());
        m.insert("k".into(), v["k"].clone());
    }
    assert_eq!(v, expected);
    // Floats are the JSON text of what was written, not of an f64.
    assert_eq!((v["h"].to_string(), v["h"].as_f64()), ("1e+3".to_owned(), Some(1000.0)));
    assert_eq!(v["k"].to_string(), "1.10");
}

#[test]
fn folded_scalar_keeps_literal_backslash_n() {
    let v = y("answer: >-\n    one\\n\\ntwo\n    three\n").unwrap();
    assert_eq!(v["answer"], "one\\n\\ntwo three");
}

#[test]
fn duplicate_key_is_an_error_at_the_second_key() {
    let e = y("title: a\nother: 1\ntitle: b\n").unwrap_err();
    assert_eq!((e.code, e.line, e.column), (Code::DuplicateKey, Some(4), Some(1)));
}

#[test]
fn error_lines_are_in_the_original_file() {
    let e = y("a: 1\nb: [1, 2\n").unwrap_err();
    assert_eq!((e.code, e.line, e.column), (Code::InvalidYaml, Some(3), Some(4)));
}

#[test]
fn aliases_and_merge_keys() {
    let v = y("base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\nlist: [*b]\n").unwrap();
    assert_eq!(v["item"], json!({"x": 1, "y": 3}));
    assert_eq!(v["list"], json!([{"x": 1, "y": 2}]));
}

#[test]
fn billion_laughs_fails_fast() {
    let mut doc = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        doc.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    assert_eq!(y(&doc).unwrap_err().code, Code::AliasExpansion);
}

#[test]
fn depth_is_bounded() {
    let doc = format!("a: {}{}\n", "[".repeat(100), "]".repeat(100));
    assert_eq!(y(&doc).unwrap_err().code, Code::TooDeep);
    let block = (0..100).map(|i| format!("{}k:\n", " ".repeat(i))).collect::<String>();
    assert_eq!(y(&block).unwrap_err().code, Code::TooDeep);
}

#[test]
fn second_document_is_an_error() {
    assert_eq!(
        y("a: 1\n--- # second\nb: 2\n").unwrap_err().code,
        Code::MultipleDocuments
    );
    assert_eq!(y("a: 1\n...\nb: 2\n").unwrap_err().code, Code::MultipleDocuments);
    assert_eq!(y("a: 1\n... # end\n").unwrap(), json!({"a": 1}));
}

#[test]
fn flow_closer_at_column_zero_is_accepted() {
    let v = y("weight: 30\naliases: [\n  '/a/',\n  '/b/',\n]\nmap: {\n  x: 1\n}\nafter: ok\n").unwrap();
    assert_eq!(
        v,
        json!({"weight": 30, "aliases": ["/a/", "/b/"], "map": {"x": 1}, "after": "ok"})
    );
}

#[test]
fn unknown_anchor() {
    let e = y("a: *nope\n").unwrap_err();
    assert_eq!((e.code, e.line, e.column), (Code::UnknownAnchor, Some(2), Some(4)));
}

#[test]
fn every_scalar_style() {
    let v = y(concat!(
        "plain: a\n  b\n\n  c\n",
        "single: 'it''s\n  folded'\n",
        "double: \"tab\\tx\\u00e9\\x41 \\\n  joined\"\n",
        "literal: |+\n  keep\n\n",
        "folded: >2-\n   more\n  text\n  here\n",
        "? explicit\n: value\n",
        "seq:\n- - nested\n  - x\n- k: v\n  k2: v2\n",
        "tagged: !!str 12\n",
        "flow: {a: [1, {b: c}], \"d\":e, ? f}\n",
    ))
    .unwrap();
    assert_eq!(
        v,
        json!({
            "plain": "a b\nc", "single": "it's folded", "double": "tab\txéA joined",
            "literal": "keep\n\n", "folded": " more\ntext here", "explicit": "value",
            "seq": [["nested", "x"], {"k": "v", "k2": "v2"}], "tagged": "12",
            "flow": {"a": [1, {"b": "c"}], "d": "e", "f": null}
        })
    );
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The yaml-test-suite cases that fit front matter (one mapping, one document), copied into
/// the repository: `(name, input, expected value or None for an error case)`.
fn suite() -> Vec<(String, String, Option<Value>)> {
    let dir = root().join("tests/fixtures/conformance/yaml-test-suite");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
        .into_iter()
        .map(|case| {
            let input = std::fs::read_to_string(case.join("in.yaml")).unwrap();
            let expected = (!case.join("error").exists()).then(|| {
                serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(case.join("in.json")).unwrap())
                    .unwrap()
                    .into()
            });
            (
                case.file_name().unwrap().to_string_lossy().into_owned(),
                input,
                expected,
            )
        })
        .collect()
}

#[test]
fn every_valid_suite_case_reads_as_expected() {
    let cases: Vec<_> = suite().into_iter().filter(|c| c.2.is_some()).collect();
    assert_eq!(cases.len(), 114);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(name, input, expected)| {
            let got = parse(input, 1, &Limits::default());
            let same = got.as_ref().ok().map(|v| by_value(v.clone())) == expected.clone().map(by_value);
            (!same).then(|| format!("{name}: {input:?}\n  got      {got:?}\n  expected {expected:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_suite_error_case_is_a_structured_error() {
    let cases: Vec<_> = suite().into_iter().filter(|c| c.2.is_none()).collect();
    assert_eq!(cases.len(), 76);
    let accepted: Vec<String> = cases
        .iter()
        .filter_map(|(name, input, _)| match parse(input, 1, &Limits::default()) {
            Ok(v) => Some(format!("{name}: {input:?} -> {v:?}")),
            Err(e) => {
                assert!(e.line.is_some() && e.column.is_some(), "{name}: {e:?}");
                None
            }
        })
        .collect();
    assert!(
        accepted.is_empty(),
        "{} accepted:\n{}",
        accepted.len(),
        accepted.join("\n")
    );
}

/// Every fixture and corpus YAML block and every suite case: the mutations' seeds.
fn seeds() -> Vec<String> {
    let mut blocks = front_matter_blocks(&root().join("tests/fixtures"), "---");
    blocks.extend(front_matter_blocks(&root().join("benches/corpus"), "---"));
    assert!(
        blocks.len() >= 100,
        "only {} YAML documents among the fixtures and corpus",
        blocks.len()
    );
    blocks.extend(suite().into_iter().map(|(_, input, _)| input));
    blocks
}

/// The blocks the `yaml` fuzz target found (`tests/fixtures/fuzz-regressions/yaml-*`).
fn fuzz_findings() -> Vec<String> {
    let mut blocks = Vec::new();
    for entry in std::fs::read_dir(root().join("tests/fixtures/fuzz-regressions")).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap().to_string_lossy().starts_with("yaml-") {
            blocks.push(std::fs::read_to_string(path).unwrap());
        }
    }
    assert!(!blocks.is_empty());
    blocks
}

fn agree(block: &str) -> std::result::Result<(), String> {
    oracle::agree(block, &parse(block, 1, &Limits::default()))
}

#[test]
fn agrees_with_yaml_rust2_on_every_case_fixture_document_and_fuzz_finding() {
    assert_agree(seeds().iter().chain(&fuzz_findings()), agree);
}

/// Pieces of YAML syntax the mutations insert.
const PIECES: &[&str] = &[
    "\n",
    " ",
    "  ",
    "\t",
    ":",
    ": ",
    "- ",
    "-",
    "? ",
    "#",
    " #",
    "'",
    "''",
    "\"",
    "\\",
    "\\n",
    "\\x4",
    "[",
    "]",
    "{",
    "}",
    ",",
    "|",
    ">",
    "|-",
    ">+",
    "|2",
    "&a ",
    "*a",
    "!!str ",
    "!t ",
    "<<: ",
    "~",
    "null",
    "true",
    "1",
    "0x1F",
    "1.5e3",
    ".inf",
    "é",
    "key: v\n",
    "- x\n",
    "  k: [a, b]\n",
    "--- ",
    "...\n",
    "%",
    "@",
    "`",
];

#[test]
fn agrees_with_yaml_rust2_on_fifty_thousand_mutations() {
    differential(&seeds(), PIECES, |text| {
        // As every block the front-matter stage hands over, it ends with a line break.
        let text = if text.ends_with('\n') {
            text.to_owned()
        } else {
            format!("{text}\n")
        };
        let ours = parse(&text, 1, &Limits::default());
        oracle::agree(&text, &ours)?;
        Ok(ours.is_err())
    });
}

/// The byte scan finds what `char::is_control` finds, for every character, wherever it is:
/// in the tail, inside an eight-byte word, across two words (a C1 character's `C2` ending one).
#[test]
fn control_character_scan_is_is_control() {
    let reference = |s: &str| s.find(|c: char| c.is_control() && !matches!(c, '\n' | '\t'));
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        for text in [
            format!("{c}"),
            format!("ab\u{e9}\n{c}z"),
            format!("\u{c2}{c}\u{7e}"),
            format!("abcdefg{c}\tlmnopqrstu"),
            format!("ab\ncdefghijklm{c}rstu\u{c2}\u{a0}"),
        ] {
            assert_eq!(
                super::reader::control_character(&text),
                reference(&text),
                "{:x}",
                c as u32
            );
        }
    }
}

/// Found by fuzzing the whole stage: a one-pass subset reader (since removed) took a NUL into a
/// value the full reader refuses. Block and flow context alike refuse YAML's non-printable
/// characters.
#[test]
fn control_characters_are_refused_on_every_path() {
    for block in ["a: x\0\n", "a: x\u{85}y\n", "a:\n  - \u{7f}\n", "a: [x\0]\n"] {
        let e = y(block).unwrap_err();
        assert_eq!(e.code, Code::InvalidYaml, "{block:?}");
    }
}
