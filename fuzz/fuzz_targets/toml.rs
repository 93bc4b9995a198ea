#![no_main]
//! TOML front matter: our reader against the `toml` crate (the oracle of the unit tests, the
//! same comparison: `src/frontmatter/toml/oracle.rs`). Any disagreement is a crash.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Made a block as the front-matter stage makes one (no `\r`, a final line break) inside.
    if let Err(disagreement) = pagemark::frontmatter::__toml_agrees_with_oracle(text) {
        panic!("{disagreement}");
    }
});
