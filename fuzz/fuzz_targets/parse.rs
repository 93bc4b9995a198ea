#![no_main]
//! Front matter: never a panic; an error always points inside the source; no `\r` anywhere in
//! the data or the content.
use libfuzzer_sys::fuzz_target;

fn has_cr(v: &pagemark::Value) -> bool {
    match v {
        pagemark::Value::String(s) => s.contains('\r'),
        pagemark::Value::Array(a) => a.iter().any(has_cr),
        pagemark::Value::Object(m) => m.iter().any(|(k, v)| k.contains('\r') || has_cr(v)),
        _ => false,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    match pagemark::parse(source, &Default::default()) {
        Ok(parsed) => {
            assert!(!parsed.content.contains('\r'));
            assert!(!has_cr(&pagemark::Value::Object(parsed.data)));
        }
        Err(e) => {
            let lines = source.replace("\r\n", "\n").split(['\n', '\r']).count() as u32 + 1;
            assert!(e.line.is_none_or(|l| l >= 1 && l <= lines), "{e:?} for {source:?}");
        }
    }
});
