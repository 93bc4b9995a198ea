#![no_main]
//! Front matter: never a panic; an error always points inside the source; data has no `\r`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    match pagemark::parse(source, &Default::default()) {
        Ok(parsed) => {
            assert!(!parsed.content.contains('\r'));
            assert!(!serde_json::to_string(&parsed.data).unwrap_or_default().contains("\\r"));
        }
        Err(e) => {
            let lines = source.replace("\r\n", "\n").split(['\n', '\r']).count() as u32 + 1;
            assert!(e.line.is_none_or(|l| l >= 1 && l <= lines), "{e:?} for {source:?}");
        }
    }
});
