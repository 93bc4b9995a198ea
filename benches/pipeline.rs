//! Native benchmark of each stage and the whole pipeline on the committed corpus
//! (`benches/corpus/`): front matter (`parse`), markdown + sanitize (`render_markdown`),
//! sanitize alone (`sanitize_html` on rendered HTML), and `render` (everything, head included).
//! Reports CPU-time MB/s as the median of rounds, criterion-style. `cargo bench --bench
//! pipeline` (or `make bench`, which also writes BENCHMARKS.md).

use std::path::Path;
use std::time::Instant;

fn load(set: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/corpus").join(set);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect()
}

/// Median MB/s over `rounds` passes of `f` over every document.
fn measure(docs: &[String], rounds: usize, mut f: impl FnMut(&str)) -> f64 {
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut speeds: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for d in docs {
                f(d);
            }
            bytes as f64 / 1e6 / start.elapsed().as_secs_f64()
        })
        .collect();
    speeds.sort_by(f64::total_cmp);
    speeds[speeds.len() / 2]
}

fn main() {
    let options = pagemark::Options::default();
    let renderer = pagemark::Renderer::new(options.clone()).expect("the default allowlist");
    let json = std::env::args().any(|a| a == "--json");
    let mut rows = Vec::new();
    for set in ["qa", "docs", "big", "html"] {
        let docs = load(set);
        let bodies: Vec<String> = docs
            .iter()
            .map(|d| pagemark::parse(d, &options).map(|p| p.content).unwrap_or_default())
            .collect();
        let html: Vec<String> = bodies
            .iter()
            .map(|b| renderer.render_markdown(b).unwrap_or_default())
            .collect();
        let rounds = if set == "big" { 15 } else { 7 };
        let front_matter = measure(&docs, rounds, |d| drop(renderer.parse(d)));
        let markdown = measure(&bodies, rounds, |d| drop(renderer.render_markdown(d)));
        let sanitize = measure(&html, rounds, |d| drop(renderer.sanitize_html(d)));
        let whole = measure(&docs, rounds, |d| drop(renderer.render(d)));
        rows.push((set, front_matter, markdown, sanitize, whole));
    }
    if json {
        let items: Vec<String> = rows
            .iter()
            .map(|(s, a, b, c, d)| {
                format!("\"{s}\":{{\"frontMatter\":{a:.1},\"markdown\":{b:.1},\"sanitize\":{c:.1},\"render\":{d:.1}}}")
            })
            .collect();
        println!("{{{}}}", items.join(","));
        return;
    }
    println!(
        "{:<6} {:>14} {:>22} {:>16} {:>14}",
        "set", "front matter", "markdown+sanitize", "sanitize only", "render (all)"
    );
    for (set, a, b, c, d) in rows {
        println!("{set:<6} {a:>9.1} MB/s {b:>17.1} MB/s {c:>11.1} MB/s {d:>9.1} MB/s");
    }
}
