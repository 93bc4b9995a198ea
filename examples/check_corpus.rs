//! Render every `.md` file under the given folders and report failures:
//! `cargo run --release --example check_corpus -- DIR...`.

fn main() {
    let mut failures = 0;
    let mut total = 0;
    for dir in std::env::args().skip(1) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("{dir}: cannot read");
            std::process::exit(2);
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "md")) {
            total += 1;
            let source = std::fs::read_to_string(path).unwrap_or_default();
            if let Err(e) = pagemark::render(&source, &pagemark::Options::default()) {
                failures += 1;
                println!("{}: {e}", path.display());
            }
        }
    }
    println!("{total} files, {failures} failed");
}
