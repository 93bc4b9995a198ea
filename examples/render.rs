//! Render a file and print its head, its HTML, its front matter as JSON and its warnings:
//! `cargo run --example render -- FILE [BASE_URL]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: render FILE [BASE_URL]");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut options = pagemark::Options::default();
    options.site.base_url = args.next();
    match pagemark::render(&source, &options) {
        Ok(page) => {
            println!("{}\n\n{}\n", page.head, page.html);
            println!("{}", pagemark::Value::Object(page.front_matter));
            for w in page.warnings {
                eprintln!("{path}:{}: {}: {}", w.line.unwrap_or(0), w.code, w.message);
            }
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
