//! Property tests over mutated inputs: every fixture, cut, spliced and sprinkled with the
//! characters that matter to front matter and markdown, must parse and render without a panic;
//! errors must point inside the source; successes must carry no `\r` and no unsafe URL.
//! A fixed-seed generator keeps failures reproducible (the seed and case are in the message).

use std::path::Path;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "---",
    "\n---\n",
    "+++",
    ";;;",
    "...",
    "{",
    "}",
    "[",
    "]",
    ":",
    ": ",
    "- ",
    "&a ",
    "*a",
    "<<: *a",
    "\"",
    "'",
    "|",
    ">-",
    "\t",
    "\r\n",
    "\r",
    "\n",
    "\u{feff}",
    "\\n",
    "#",
    "<!--more-->",
    "<script>",
    "](javascript:x)",
    "<b onclick=x>",
    "`",
    "*",
    "**",
    "_",
    "![a](",
    "[^1]",
    "|---|",
    "> [!NOTE]",
    "&nbsp;",
    "&amp;",
    "\u{2028}",
    "\0",
    "é",
    "日本",
    "🎉",
];

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for dir in [root.clone(), root.join("frontmatter")] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") {
                out.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    out.sort();
    out
}

fn mutate(rng: &mut Rng, source: &str) -> String {
    let mut chars: Vec<char> = source.chars().collect();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(chars.len() + 1);
        match rng.below(4) {
            0 => {
                let piece = PIECES[rng.below(PIECES.len())];
                chars.splice(at..at, piece.chars());
            }
            1 if !chars.is_empty() => {
                let end = (at + rng.below(40)).min(chars.len());
                chars.drain(at.min(end)..end);
            }
            2 => chars.truncate(at),
            _ => {
                let repeat = PIECES[rng.below(PIECES.len())].repeat(1 + rng.below(50));
                chars.splice(at..at, repeat.chars());
            }
        }
    }
    chars.into_iter().collect()
}

fn options(rng: &mut Rng) -> pagemark::Options {
    let mut o = pagemark::Options::default();
    o.html = [pagemark::HtmlMode::Escape, pagemark::HtmlMode::Strip][rng.below(2)];
    o.layout = [
        pagemark::Layout::Auto,
        pagemark::Layout::Article,
        pagemark::Layout::Content,
    ][rng.below(3)];
    if rng.below(2) == 0 {
        o.site.base_url = Some("https://example.com/base/".into());
    }
    if rng.below(2) == 0 {
        o.id_prefix = "user-content-".into();
    }
    o.markdown.smart_punctuation = rng.below(2) == 0;
    o
}

fn has_carriage_return(v: &pagemark::Value) -> bool {
    match v {
        pagemark::Value::String(s) => s.contains('\r'),
        pagemark::Value::Array(a) => a.iter().any(has_carriage_return),
        pagemark::Value::Object(m) => m.iter().any(|(k, v)| k.contains('\r') || has_carriage_return(v)),
        _ => false,
    }
}

#[test]
fn mutated_fixtures_never_panic_and_errors_point_into_the_source() {
    let corpus = corpus();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut cases = 0;
    for (i, base) in corpus.iter().enumerate() {
        for round in 0..150 {
            let source = mutate(&mut rng, base);
            let options = options(&mut rng);
            let context = format!("fixture {i}, round {round}: {source:?}");
            match pagemark::render(&source, &options) {
                Ok(page) => {
                    assert!(!page.html.contains('\r'), "{context}");
                    assert!(
                        !page.html.to_ascii_lowercase().contains("href=\"javascript:"),
                        "{context}"
                    );
                    let data = pagemark::Value::Object(page.front_matter.clone());
                    assert!(!has_carriage_return(&data), "{context}");
                }
                Err(e) => {
                    // CRLF, CR and LF each end a line, as pagemark (and editors) count them.
                    let lines = source.replace("\r\n", "\n").split(['\n', '\r']).count() as u32 + 1;
                    if let Some(line) = e.line {
                        assert!(line >= 1 && line <= lines, "{context}: line {line} of {lines}: {e}");
                    }
                    assert!(e.column.is_none_or(|c| c >= 1), "{context}");
                    assert!(!e.message.is_empty(), "{context}");
                }
            }
            cases += 1;
        }
    }
    assert!(cases > 10_000, "{cases}");
}
