//! Random edits of front-matter text for the readers' differential tests (TOML, YAML and JSON):
//! deterministic, so a failure reproduces from its seed.

use std::path::{Path, PathBuf};

/// Every file under `dir` (recursively) whose name ends in `.ext`, in path order.
pub(crate) fn files_under(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The front matter between `delimiter` lines (CRLF read as LF) of every markdown document
/// under `dir`, ending with a line break as the front-matter stage hands it over.
pub(crate) fn front_matter_blocks(dir: &Path, delimiter: &str) -> Vec<String> {
    let (open, close) = (format!("{delimiter}\n"), format!("\n{delimiter}"));
    files_under(dir, "md")
        .iter()
        .filter_map(|path| {
            let text = crate::text::normalize_newlines(&std::fs::read_to_string(path).unwrap_or_default()).into_owned();
            let (block, _) = text.strip_prefix(&open)?.split_once(&close)?;
            Some(format!("{block}\n"))
        })
        .collect()
}

/// Check every block with `agree` (the reader against its oracle) and fail listing every
/// disagreement.
pub(crate) fn assert_agree<'a>(
    blocks: impl IntoIterator<Item = &'a String>,
    agree: impl Fn(&str) -> Result<(), String>,
) {
    let failures: Vec<String> = blocks.into_iter().filter_map(|b| agree(b).err()).collect();
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Read `count` mutants of `seeds` (one to three edits inserting `pieces`) with `check`, which
/// says whether the reader rejected the text (`Ok(true)`) or how it disagrees with its oracle.
/// 50 000 by default; `PAGEMARK_MUTATIONS=N` for a longer run with a seed of its own.
/// `PAGEMARK_DISAGREEMENTS=FILE` writes every disagreement there.
pub(crate) fn differential(seeds: &[String], pieces: &[&str], check: impl Fn(&str) -> Result<bool, String>) {
    let count = std::env::var("PAGEMARK_MUTATIONS").ok().and_then(|n| n.parse().ok());
    let mut rng = Rng(count.map_or(0x9e37_79b9_7f4a_7c15, |n: u64| n | 1));
    let count = count.map_or(50_000, |n| n as usize);
    let mut failures = Vec::new();
    let mut rejected = 0;
    for i in 0..count {
        let mut text = seeds[i % seeds.len()].clone();
        for _ in 0..=rng.below(2) {
            text = mutate(&text, &mut rng, pieces);
        }
        match check(&text) {
            Ok(r) => rejected += usize::from(r),
            Err(f) => failures.push(f),
        }
    }
    if let Ok(path) = std::env::var("PAGEMARK_DISAGREEMENTS") {
        std::fs::write(path, failures.join("\n")).unwrap();
    }
    let shown: Vec<String> = failures
        .iter()
        .take(30)
        .map(|f| f.chars().take(600).collect())
        .collect();
    assert!(
        failures.is_empty(),
        "{} disagreements, the first:\n{}",
        failures.len(),
        shown.join("\n")
    );
    // Both outcomes must be common, or the mutations test little.
    assert!(
        (count / 5..count * 4 / 5).contains(&rejected),
        "{rejected} of {count} rejected"
    );
}

/// A small deterministic generator (xorshift64), so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// One random edit: insert a piece, delete a range, or repeat a line.
fn mutate(text: &str, rng: &mut Rng, pieces: &[&str]) -> String {
    let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
    let at = bounds[rng.below(bounds.len())];
    let (head, tail) = text.split_at_checked(at).unwrap_or((text, ""));
    match rng.below(3) {
        0 => format!("{head}{}{tail}", pieces[rng.below(pieces.len())]),
        1 => {
            let end = bounds[(bounds.partition_point(|&b| b < at) + 1 + rng.below(8)).min(bounds.len() - 1)];
            format!("{head}{}", &text[end..])
        }
        _ => {
            let line_start = head.rfind('\n').map_or(0, |i| i + 1);
            let line_end = tail.find('\n').map_or(text.len(), |i| at + i + 1);
            format!("{}{}", &text[..line_end], &text[line_start..])
        }
    }
}
