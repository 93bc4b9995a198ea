//! Native speed of the front-matter readers against the crates they replaced (kept as the
//! tests' oracles): TOML on every valid toml-test case and every `+++` document of the corpus;
//! YAML on every `---` document of the corpus and on the yaml-test-suite cases that fit front
//! matter.
//! `cargo bench --bench frontmatter -- --markdown` prints the table `make bench` puts in
//! BENCHMARKS.md. CPU-time MB/s of the blocks' bytes, median of 15 rounds.

use std::path::Path;
use std::time::Instant;

/// Every block: toml-test's valid TOML 1.1 cases and the corpus's `+++` front matter, minus
/// what a `+++` document cannot hold (CRs are normalized first; a `+++` line closes it).
fn blocks() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let suite = root.join("tests/fixtures/conformance/toml-test");
    let list = std::fs::read_to_string(suite.join("files-toml-1.1.0")).unwrap_or_default();
    let mut out: Vec<String> = list
        .lines()
        .filter(|l| l.starts_with("valid/") && l.ends_with(".toml"))
        .filter_map(|l| std::fs::read_to_string(suite.join(l)).ok())
        .collect();
    for set in ["qa", "docs", "big", "html"] {
        let dir = root.join("benches/corpus").join(set);
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if let Some((block, _)) = text.strip_prefix("+++\n").and_then(|r| r.split_once("\n+++")) {
                out.push(format!("{block}\n"));
            }
        }
    }
    out.retain(|b| !b.contains('\r') && !b.lines().any(|l| l.starts_with("+++")));
    out
}

/// The YAML blocks of the corpus's `---` documents, and the suite's cases that fit front matter.
fn yaml_blocks() -> (Vec<String>, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut corpus = Vec::new();
    for set in ["qa", "docs", "big", "html"] {
        for entry in std::fs::read_dir(root.join("benches/corpus").join(set))
            .into_iter()
            .flatten()
            .flatten()
        {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if let Some((block, _)) = text.strip_prefix("---\n").and_then(|r| r.split_once("\n---")) {
                corpus.push(format!("{block}\n"));
            }
        }
    }
    let suite_dir = root.join("tests/fixtures/conformance/yaml-test-suite");
    let suite = std::fs::read_dir(suite_dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| !e.path().join("error").exists())
        .filter_map(|e| std::fs::read_to_string(e.path().join("in.yaml")).ok())
        .map(|y| y.strip_prefix("---\n").map(str::to_owned).unwrap_or(y))
        .collect();
    (corpus, suite)
}

/// One table row: ours through `parse` of the blocks as documents between `delimiter` lines,
/// the crate (`theirs`) on the blocks alone.
fn row(label: &str, blocks: &[String], delimiter: &str, crate_name: &str, theirs: impl Fn(&str)) -> String {
    let bytes: usize = blocks.iter().map(String::len).sum();
    let documents: Vec<String> = blocks
        .iter()
        .map(|b| format!("{delimiter}\n{b}{delimiter}\n"))
        .collect();
    let options = pagemark::Options::default();
    let ours = median_mb_s(bytes, || {
        for d in &documents {
            drop(std::hint::black_box(pagemark::parse(d, &options)));
        }
    });
    let theirs = median_mb_s(bytes, || blocks.iter().for_each(|b| theirs(b)));
    format!(
        "| {label} ({} blocks, {} KB) | {ours:.1} | {theirs:.1} ({crate_name}) | {:.2}× |",
        blocks.len(),
        bytes / 1000,
        ours / theirs
    )
}

fn median_mb_s(bytes: usize, mut f: impl FnMut()) -> f64 {
    let mut speeds: Vec<f64> = (0..15)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..20 {
                f();
            }
            20.0 * bytes as f64 / 1e6 / start.elapsed().as_secs_f64()
        })
        .collect();
    speeds.sort_by(f64::total_cmp);
    speeds[speeds.len() / 2]
}

fn main() {
    // Each crate's own reading, into its own tree (ours gives a `Value`).
    let toml = |b: &str| drop(std::hint::black_box(b.parse::<toml::Table>()));
    let yaml = |b: &str| drop(std::hint::black_box(yaml_rust2::YamlLoader::load_from_str(b)));
    let (corpus, suite) = yaml_blocks();
    let row = [
        row("TOML", &blocks(), "+++", "`toml` crate", toml),
        row("YAML, corpus", &corpus, "---", "yaml-rust2", yaml),
        row("YAML, suite", &suite, "---", "yaml-rust2", yaml),
    ]
    .join("\n");
    if std::env::args().any(|a| a == "--markdown") {
        println!("| reader | ours MB/s | the crate it replaced, MB/s | ours ÷ crate |\n|---|---:|---:|---:|\n{row}");
    } else {
        println!("{row}");
    }
}
