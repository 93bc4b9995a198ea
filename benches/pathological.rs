//! Scaling of the pathological inputs: each rendered at 10 KB, 100 KB and 1 MB; the growth
//! ratio (time at 10× the size ÷ time) must stay near-linear (≤ 15). `cargo bench --bench
//! pathological`; `make bench` puts the table into BENCHMARKS.md.

use std::time::Instant;

#[path = "../tests/support/pathological_cases.rs"]
mod cases;

fn seconds(source: &str) -> f64 {
    let options = pagemark::Options::default();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let _ = pagemark::render(source, &options);
        best = best.min(start.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let markdown = std::env::args().any(|a| a == "--markdown");
    if markdown {
        println!("| input | 10 KB | 100 KB | 1 MB | growth 10→100 KB | growth 100 KB→1 MB |");
        println!("|---|---:|---:|---:|---:|---:|");
    }
    let mut worst: f64 = 0.0;
    for (name, build) in cases::cases() {
        let t: Vec<f64> = [10_000, 100_000, 1_000_000]
            .iter()
            .map(|&n| seconds(&build(n)))
            .collect();
        // Below ~50 µs timer noise dominates; such growth figures are not meaningful.
        let growth = |a: f64, b: f64| if a < 5e-5 { f64::NAN } else { b / a };
        let (g1, g2) = (growth(t[0], t[1]), growth(t[1], t[2]));
        worst = worst.max(if g2.is_nan() { 0.0 } else { g2 });
        let ms = |s: f64| format!("{:.2} ms", s * 1e3);
        let g = |x: f64| {
            if x.is_nan() {
                "–".to_owned()
            } else {
                format!("{x:.1}×")
            }
        };
        if markdown {
            println!(
                "| {name} | {} | {} | {} | {} | {} |",
                ms(t[0]),
                ms(t[1]),
                ms(t[2]),
                g(g1),
                g(g2)
            );
        } else {
            println!(
                "{name:<40} {:>10} {:>10} {:>10} {:>7} {:>7}",
                ms(t[0]),
                ms(t[1]),
                ms(t[2]),
                g(g1),
                g(g2)
            );
        }
    }
    if !markdown {
        println!("worst growth 100 KB → 1 MB: {worst:.1}× (target ≤ 15×)");
    }
}
