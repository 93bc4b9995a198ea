#![no_main]
//! The whole pipeline with options chosen by the first byte: never a panic; the HTML has no
//! handler, no script URL, no dangerous element; re-sanitizing the content gives it back; the
//! head is one tag per line, as many as `head_tags`.
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let Ok(source) = std::str::from_utf8(rest) else { return };
    let options = options_from(first);
    let Ok(page) = pagemark::render(source, &options) else { return };
    check_safe_html(&page.html);
    if options.html == pagemark::HtmlMode::Sanitize && options.layout == pagemark::Layout::Content {
        let again = pagemark::sanitize_html(&page.html, &options).unwrap_or_default();
        assert_eq!(again, page.html, "re-sanitizing changed the output of {source:?}");
    }
    let lines: Vec<&str> = page.head.lines().collect();
    assert_eq!(lines.len(), page.head_tags.len(), "{}", page.head);
    for line in lines {
        assert!(["<title>", "<meta ", "<link ", "<script type=\"application/ld+json\">"].iter().any(|p| line.starts_with(p)), "{line}");
        assert_eq!(line.matches("<script").count(), usize::from(line.starts_with("<script")));
    }
});
