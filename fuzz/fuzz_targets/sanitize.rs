#![no_main]
//! The sanitizer on arbitrary HTML: never a panic; safe output; idempotent.
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else { return };
    let options = options_from(0);
    let Ok(out) = pagemark::sanitize_html(html, &options) else { return };
    check_safe_html(&out);
    let again = pagemark::sanitize_html(&out, &options).unwrap_or_default();
    assert_eq!(again, out, "not idempotent for {html:?}");
});
