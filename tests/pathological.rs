//! Pathological inputs at 1 MB must render (or fail with an error) and finish: a hang or a
//! stack overflow here fails `make test`. Their growth is measured by `cargo bench --bench
//! pathological`.

#[path = "support/pathological_cases.rs"]
mod cases;

#[test]
fn every_pathological_input_finishes() {
    let options = pagemark::Options::default();
    for (name, build) in cases::cases() {
        let source = build(1_000_000);
        match pagemark::render(&source, &options) {
            // Linear in the input: nested block quotes are the worst, 27 bytes of tags per 2 of input.
            Ok(page) => assert!(page.html.len() < source.len() * 16 + 4096, "{name}: output blew up"),
            Err(e) => assert!(
                e.line.is_some() || e.code == pagemark::Code::InputTooLarge,
                "{name}: {e}"
            ),
        }
        assert!(pagemark::sanitize_html(&source, &options).is_ok(), "{name}");
    }
}
