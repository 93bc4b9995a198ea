#![no_main]
//! TOML front matter: our reader against the `toml` crate (the oracle of the unit tests, the
//! same comparison: `src/frontmatter/toml/oracle.rs`). Any disagreement is a crash.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // As the front-matter stage hands a block over: no `\r`, ending with a line break.
    let mut block = text.replace("\r\n", "\n").replace('\r', "\n");
    if !block.ends_with('\n') {
        block.push('\n');
    }
    if let Err(disagreement) = pagemark::frontmatter::__toml_agrees_with_oracle(&block) {
        panic!("{disagreement}");
    }
});
