// Property checks shared by the fuzz targets (included with `include!`).

/// The tags of well-formed output (what the sanitizer and the writer produce: double-quoted
/// values, `<` escaped in text): `(name, [(attribute, value)])`.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt + 1..];
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start();
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>').unwrap_or(rest.len());
            let attr = rest[..end].to_ascii_lowercase();
            rest = &rest[end..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix("=\"") {
                let close = after.find('"').unwrap_or(after.len());
                value = after[..close].to_owned();
                rest = after.get(close + 1..).unwrap_or("");
            }
            attrs.push((attr, value));
        }
        out.push((name, attrs));
    }
    out
}

fn check_safe_html(html: &str) {
    for (tag, attrs) in tags(html) {
        assert!(
            !["script", "style", "iframe", "object", "embed", "svg", "math", "form", "base", "meta", "link", "template", "textarea", "title", "noscript", "xmp", "plaintext"].contains(&tag.as_str()),
            "<{tag}> in {html}"
        );
        for (name, value) in attrs {
            assert!(!name.starts_with("on") && name != "style", "{tag}[{name}] in {html}");
            if ["href", "src", "cite"].contains(&name.as_str()) {
                let v: String = value.to_ascii_lowercase().chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
                assert!(!(v.starts_with("javascript:") || v.starts_with("vbscript:") || v.starts_with("data:")), "{tag}[{name}={value}] in {html}");
                assert!(!value.contains("&#") && !value.contains("&colon"), "encoded URL {value} in {html}");
            }
        }
    }
}

fn options_from(byte: u8) -> pagemark::Options {
    let mut o = pagemark::Options::default();
    o.html = match byte & 3 {
        1 => pagemark::HtmlMode::Escape,
        2 => pagemark::HtmlMode::Strip,
        _ => pagemark::HtmlMode::Sanitize,
    };
    o.layout = if byte & 4 != 0 { pagemark::Layout::Article } else { pagemark::Layout::Content };
    if byte & 8 != 0 {
        o.site.base_url = Some("https://example.com/".into());
    }
    o.id_prefix = "user-content-".into();
    o.markdown.math = byte & 16 != 0;
    o.markdown.definition_lists = byte & 32 != 0;
    o.markdown.heading_anchors = byte & 64 != 0;
    o.markdown.smart_punctuation = byte & 128 != 0;
    o
}
