//! Render a corpus folder many times, for a profiler: `cargo run --release --example profile -- DIR [ROUNDS]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "benches/corpus/docs".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let mut docs = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            docs.push(std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    let renderer = pagemark::Renderer::default();
    let mut total = 0;
    for _ in 0..rounds {
        for d in &docs {
            total += renderer.render(d).map(|p| p.html.len()).unwrap_or(0);
        }
    }
    println!("{total}");
}
