//! `Options::source_positions` on real documents: every corpus file and fixture rendered with
//! `data-line` marks, and each mark checked against the line of the file it names — the line
//! where a block of that kind starts (a heading's `#` or text, a list marker, a fence, a `>`,
//! a table row, a rule, a footnote label).

use std::path::Path;

fn documents() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [
        "benches/corpus/docs",
        "benches/corpus/qa",
        "benches/corpus/big",
        "tests/fixtures",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") {
                out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    out
}

/// Every `<tag data-line="N"` in the HTML.
fn marks(html: &str) -> Vec<(&str, usize)> {
    html.split('<')
        .filter_map(|tag| {
            let (name, rest) = tag.split_once(" data-line=\"")?;
            Some((name, rest.split('"').next()?.parse().ok()?))
        })
        .collect()
}

/// The line without the markers of the containers it is in: block quote `>`s and list markers.
fn inner(line: &str) -> &str {
    let mut rest = line.trim_start();
    loop {
        if let Some(r) = rest.strip_prefix('>') {
            rest = r.trim_start();
        } else if let Some(r) = list_marker(rest) {
            rest = r.trim_start();
        } else {
            return rest;
        }
    }
}

/// The rest after a list marker (`-`, `*`, `+`, `1.`, `1)`) followed by a space or the line end.
fn list_marker(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let after = match digits {
        0 => line.strip_prefix(['-', '*', '+'])?,
        1..=9 => line[digits..].strip_prefix(['.', ')'])?,
        _ => return None,
    };
    (after.is_empty() || after.starts_with([' ', '\t'])).then_some(after)
}

fn has_list_marker(line: &str) -> bool {
    let mut rest = line.trim_start();
    loop {
        if list_marker(rest).is_some() {
            return true;
        }
        match rest.strip_prefix('>') {
            Some(r) => rest = r.trim_start(),
            None => return false,
        }
    }
}

/// Whether `line` (and, for a setext heading, the next) can start a block written as `tag`.
fn starts(tag: &str, line: &str, next: &str) -> bool {
    let text = inner(line);
    match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            text.starts_with('#') || (!text.is_empty() && inner(next).trim_matches(['=', '-', ' ']).is_empty())
        }
        "p" | "dt" | "dd" => !text.is_empty(),
        "ul" | "ol" | "li" => has_list_marker(line),
        "pre" => {
            text.starts_with("```")
                || text.starts_with("~~~")
                || line.starts_with("    ")
                || line.contains('\t')
                || !text.is_empty()
        }
        "blockquote" => line.trim_start().starts_with('>') || line.contains("> ") || line.trim_end().ends_with('>'),
        "table" | "tr" => line.contains('|'),
        "hr" => {
            let marks: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            marks.len() >= 3
                && (marks.chars().all(|c| c == '-')
                    || marks.chars().all(|c| c == '*')
                    || marks.chars().all(|c| c == '_'))
                || has_list_marker(line)
        }
        "div" => text.starts_with("[^"),
        _ => false,
    }
}

#[test]
fn every_mark_points_at_the_line_where_its_block_starts() {
    let mut options = pagemark::Options::default();
    options.source_positions = true;
    let (mut checked, mut failures) = (0, Vec::new());
    for (path, source) in documents() {
        let Ok(page) = pagemark::render(&source, &options) else {
            continue;
        };
        let lines: Vec<&str> = source.trim_start_matches('\u{feff}').lines().collect();
        let from_field = page
            .warnings
            .iter()
            .any(|w| w.code == pagemark::WarningCode::ContentFromField);
        for (tag, n) in marks(&page.html) {
            let line = lines.get(n - 1).copied().unwrap_or_default();
            let next = lines.get(n).copied().unwrap_or_default();
            let ok = if from_field {
                // Every block is the field's: its key is on that line.
                line.contains(':') || line.contains('=')
            } else {
                starts(tag, line, next)
            };
            if !ok && failures.len() < 20 {
                failures.push(format!("{path}:{n}: <{tag}> at {line:?}"));
            }
            checked += 1;
        }
    }
    assert!(checked > 20_000, "only {checked} marks");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
