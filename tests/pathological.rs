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
            // Linear in the input (the worst: `# a` becomes `<h1 id="a-123456">a</h1>`), now that
            // nesting is bounded (unbounded, 1 MB of `> ` was 13 MB of block quotes).
            Ok(page) => assert!(page.html.len() < source.len() * 8 + 4096, "{name}: output blew up"),
            Err(e) => assert!(
                e.line.is_some() || e.code == pagemark::Code::InputTooLarge,
                "{name}: {e}"
            ),
        }
        assert!(pagemark::sanitize_html(&source, &options).is_ok(), "{name}");
    }
}

/// Deepest element nesting in HTML the writer produced (every tag it writes is closed).
fn html_depth(html: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for tag in html.split('<').skip(1) {
        if tag.starts_with('/') {
            depth = depth.saturating_sub(1);
        } else if !tag.starts_with("br")
            && !tag.starts_with("hr")
            && !tag.starts_with("img")
            && !tag.starts_with("input")
        {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

#[test]
fn markdown_nesting_is_flattened_below_the_limit_with_content_kept() {
    let options = pagemark::Options::default();
    let list: String = (0..300).map(|i| format!("{}* item {i}\n", "  ".repeat(i))).collect();
    for (name, source) in [
        ("block quotes", format!("{}deep", "> ".repeat(5000))),
        (
            "emphasis",
            format!("{}deep{}", "*a **a ".repeat(500), " a** a*".repeat(500)),
        ),
        ("lists", list),
    ] {
        let page = pagemark::render(&source, &options).unwrap();
        // 100 levels of markdown, plus the paragraph and the list items inside them.
        let depth = html_depth(&page.html);
        assert!((100..=202).contains(&depth), "{name}: nested {depth} deep");
        assert!(
            page.html.contains("deep") || page.html.contains("item 299"),
            "{name}: content kept"
        );
        let warning = page.warnings.iter().find(|w| w.code == "too-deep-markdown");
        assert!(warning.is_some_and(|w| w.line.is_some()), "{name}: {:?}", page.warnings);
    }
    // The items of a flattened list stay on their own lines.
    let mut options = pagemark::Options::default();
    options.limits.max_nesting = 1;
    let page = pagemark::render("* a\n  * b\n  * c\n", &options).unwrap();
    assert_eq!(page.html, "<ul>\n<li>a\nb\nc</li>\n</ul>\n");
}
