//! Every input the fuzzers found (`tests/fixtures/fuzz-regressions/`), checked with the fuzz
//! targets' own properties (`fuzz/fuzz_targets/common.rs`): `sanitize-*` files go through the
//! sanitizer, `render-*` files through `render` with the options their first byte picks.
//! `toml-*` and `yaml-*` files are blocks the `toml` and `yaml` targets found: the readers'
//! unit tests compare them with their oracles (`src/frontmatter/{toml,yaml}/tests.rs`).

use std::path::Path;

include!("../fuzz/fuzz_targets/common.rs");

#[test]
fn fuzz_findings_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz-regressions");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        if name.starts_with("toml-") || name.starts_with("yaml-") {
            continue;
        }
        if name.starts_with("sanitize-") {
            let html = String::from_utf8_lossy(&bytes);
            let options = options_from(0);
            let out = pagemark::sanitize_html(&html, &options).unwrap();
            check_safe_html(&out);
            assert_eq!(pagemark::sanitize_html(&out, &options).unwrap(), out, "{name}");
        } else if let Some((&first, rest)) = bytes.split_first() {
            let options = options_from(first);
            let page = pagemark::render(&String::from_utf8_lossy(rest), &options).unwrap();
            check_safe_html(&page.html);
            if options.html == pagemark::HtmlMode::Sanitize && options.layout == pagemark::Layout::Content {
                assert_eq!(
                    pagemark::sanitize_html(&page.html, &options).unwrap(),
                    page.html,
                    "{name}"
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 3, "{checked}");
}
