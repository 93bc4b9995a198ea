fn main() {
    let r = pagemark::Renderer::default();
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let mut t = 0;
    for _ in 0..n {
        t += r.render("x").map(|p| p.html.len()).unwrap_or(0);
    }
    println!("{t}");
}
