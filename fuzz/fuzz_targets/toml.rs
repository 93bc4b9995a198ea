#![no_main]
//! TOML front matter: our reader against the `toml` crate (the oracle of the unit tests, the
//! same comparison: `src/frontmatter/toml/oracle.rs`). Any disagreement is a crash.
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

#[path = "../../src/frontmatter/toml/oracle.rs"]
mod oracle;

/// What the front-matter stage does after any reader: the limits, checked by handing the
/// value to that stage as JSON front matter (the value is not taken back: serde_json's float
/// parsing may round differently), and every `\r` turned into `\n`.
fn adjust(v: Value) -> Result<Value, &'static str> {
    let source = format!(";;;\n{v}\n;;;\n");
    pagemark::parse(&source, &Default::default()).map_err(|e| e.code.as_str())?;
    Ok(without_cr(v))
}

fn without_cr(v: Value) -> Value {
    let fix = |s: String| s.replace("\r\n", "\n").replace('\r', "\n");
    match v {
        Value::String(s) => Value::String(fix(s)),
        Value::Array(a) => Value::Array(a.into_iter().map(without_cr).collect()),
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, v)| (fix(k), without_cr(v))).collect()),
        other => other,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(block) = std::str::from_utf8(data) else { return };
    // CRs are normalized before the reader sees the block, and `+++` would close it early.
    if block.contains('\r') || block.lines().any(|l| l.starts_with("+++")) {
        return;
    }
    let source = format!("+++\n{block}\n+++\n");
    let ours = pagemark::parse(&source, &Default::default())
        .map(|p| Value::Object(p.data))
        .map_err(|e| (e.code.as_str(), e.line.map(|l| l - 1)));
    if let Err(disagreement) = oracle::agree(&format!("{block}\n"), ours, adjust) {
        panic!("{disagreement}");
    }
});
