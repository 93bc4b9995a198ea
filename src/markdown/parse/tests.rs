//! The parser against pulldown-cmark, its oracle: the same HTML from the same writer.

use super::*;
use crate::options::{HtmlMode, Options};

fn oracle_options(e: Extensions) -> pulldown_cmark::Options {
    use pulldown_cmark::Options as O;
    let mut o = O::empty();
    for (on, flag) in [
        (e.alerts, O::ENABLE_GFM),
        (e.math, O::ENABLE_MATH),
        (e.definition_lists, O::ENABLE_DEFINITION_LIST),
        (e.tables, O::ENABLE_TABLES),
        (e.strikethrough, O::ENABLE_STRIKETHROUGH),
        (e.tasklists, O::ENABLE_TASKLISTS),
        (e.footnotes, O::ENABLE_FOOTNOTES),
        (e.smart_punctuation, O::ENABLE_SMART_PUNCTUATION),
        (e.heading_attributes, O::ENABLE_HEADING_ATTRIBUTES),
        (e.superscript, O::ENABLE_SUPERSCRIPT),
        (e.subscript, O::ENABLE_SUBSCRIPT),
    ] {
        if on {
            o |= flag;
        }
    }
    o
}

fn trusted() -> Options {
    let mut o = Options::default();
    o.html = HtmlMode::Trusted;
    o
}

/// HTML of `src` through our parser and through pulldown-cmark, the same writer for both.
pub(crate) fn both(src: &str, e: Extensions) -> (String, String) {
    let options = trusted();
    let ours = crate::html::write(Parser::new(src, e).map(|(ev, r)| (ev, r.start)), src.len(), None, &options);
    let theirs = crate::html::write(
        pulldown_cmark::Parser::new_ext(src, oracle_options(e))
            .into_offset_iter()
            .map(|(ev, r)| (ev, r.start)),
        src.len(),
        None,
        &options,
    );
    (ours, theirs)
}

fn spec_examples() -> Vec<(String, String)> {
    let spec = include_str!("../../../tests/fixtures/conformance/gfm/spec.txt");
    let fence = "`".repeat(32);
    let mut out = Vec::new();
    let mut lines = spec.lines();
    while let Some(line) = lines.next() {
        let Some(kind) = line.strip_prefix(&format!("{fence} example")) else { continue };
        let mut md = String::new();
        for l in lines.by_ref() {
            if l == "." {
                break;
            }
            md.push_str(l);
            md.push('\n');
        }
        for l in lines.by_ref() {
            if l == fence {
                break;
            }
        }
        out.push((kind.trim().to_owned(), md.replace('→', "\t")));
    }
    out
}

fn all() -> Extensions {
    Extensions {
        tables: true,
        strikethrough: true,
        tasklists: true,
        footnotes: true,
        alerts: true,
        ..Extensions::default()
    }
}

#[test]
fn every_spec_example_renders_as_the_oracle_does() {
    let examples = spec_examples();
    assert!(examples.len() > 670, "{}", examples.len());
    let mut failures = Vec::new();
    for (set, e) in [("commonmark", Extensions::default()), ("gfm", all())] {
        for (i, (kind, md)) in examples.iter().enumerate() {
            let (ours, theirs) = both(md, e);
            if ours != theirs {
                failures.push(format!("{set} #{} ({kind})\n{md:?}\nours:   {ours:?}\noracle: {theirs:?}", i + 1));
            }
        }
    }
    let n = failures.len();
    assert!(failures.is_empty(), "{n} differ:\n{}", failures.into_iter().take(40).collect::<Vec<_>>().join("\n\n"));
}
