// The pathological inputs (cmark's classes, plus YAML and HTML ones), each built to a target
// size. Shared by `tests/pathological.rs` (they must finish) and `benches/pathological.rs`
// (their growth from 10 KB to 1 MB is measured).

/// A name and a builder that makes an input of about `n` bytes.
pub type Case = (&'static str, fn(usize) -> String);

pub fn cases() -> Vec<Case> {
    vec![
        ("nested strong emphasis", |n| {
            let k = n / 14;
            format!("{}b{}", "*a **a ".repeat(k), " a** a*".repeat(k))
        }),
        ("many emphasis closers without openers", |n| "a_ ".repeat(n / 3)),
        ("many emphasis openers without closers", |n| "_a ".repeat(n / 3)),
        ("mismatched openers and closers", |n| "*a_ ".repeat(n / 4)),
        ("openers and closers multiple of 3", |n| {
            format!("a**b{}", "c* ".repeat(n / 3))
        }),
        ("many link closers without openers", |n| "a]".repeat(n / 2)),
        ("many link openers without closers", |n| "[a".repeat(n / 2)),
        ("link openers and emphasis closers", |n| "[ a_".repeat(n / 4)),
        ("pattern [ (]( repeated", |n| "[ (](".repeat(n / 5)),
        ("nested brackets", |n| {
            format!("{}a{}", "[".repeat(n / 2), "]".repeat(n / 2))
        }),
        ("nested block quotes", |n| format!("{}a\n", "> ".repeat(n / 2))),
        ("deeply nested lists", |n| {
            let mut s = String::new();
            let mut i = 0;
            while s.len() < n {
                s.push_str(&"  ".repeat(i));
                s.push_str("* a\n");
                i += 1;
            }
            s
        }),
        ("NUL bytes", |n| "abc\0de\0".repeat(n / 7)),
        ("backtick runs", |n| {
            let mut s = String::new();
            let mut i = 1;
            while s.len() < n {
                s.push_str(&"`".repeat(i));
                s.push_str(" e ");
                i += 1;
            }
            s
        }),
        ("unclosed links A", |n| "[a](<b".repeat(n / 6)),
        ("unclosed links B", |n| "[a](b".repeat(n / 5)),
        ("many link reference definitions", |n| {
            (0..n / 12).map(|i| format!("[a{i}]: /u\n")).collect::<String>() + "[a1] [a2]"
        }),
        ("many footnotes", |n| {
            (0..n / 10).map(|i| format!("x[^{i}] ")).collect::<String>()
        }),
        ("many identical headings", |n| "# a\n".repeat(n / 4)),
        ("unclosed HTML comment", |n| format!("<!--{}", "a".repeat(n))),
        ("many HTML comments", |n| "<!-- c -->x\n".repeat(n / 12)),
        ("many HTML comments in a block", |n| {
            format!("<div>\n{}", "<!-- c -->x ".repeat(n / 12))
        }),
        ("unclosed HTML attribute", |n| {
            format!("<a title=\"{}", "a ".repeat(n / 2))
        }),
        ("many unclosed HTML tags", |n| "<b><i><div><span>".repeat(n / 17)),
        ("many attributes", |n| format!("<a {}>x</a>", "x=1 ".repeat(n / 4))),
        ("table with many columns", |n| {
            let k = n / 6;
            format!("{}|\n{}|\n{}|\n", "|a".repeat(k), "|-".repeat(k), "|b".repeat(k))
        }),
        ("long single line", |n| "word ".repeat(n / 5)),
        // GFM autolinks: domains that fail late, emails that never end, paths of `)`.
        ("near-www autolinks", |n| "www.a_".repeat(n / 6)),
        ("near-email autolinks", |n| "a@".repeat(n / 2)),
        ("near-URL autolinks", |n| "http://a_.b_".repeat(n / 12)),
        ("autolink closing parentheses", |n| format!("www.a.b/{}", ")".repeat(n))),
        ("autolink entity-like endings", |n| {
            format!("www.a.b/{}", "&a;".repeat(n / 3))
        }),
        ("YAML long value", |n| {
            format!("---\ntitle: {}\n---\nbody", "x".repeat(n))
        }),
        ("YAML huge key", |n| format!("---\n{}: 1\n---\nbody", "k".repeat(n))),
        ("YAML many keys", |n| {
            format!(
                "---\n{}---\nbody",
                (0..n / 12).map(|i| format!("key{i}: v\n")).collect::<String>()
            )
        }),
        ("YAML deep nesting", |n| {
            format!("---\na: {}{}\n---\n", "[".repeat(n / 2), "]".repeat(n / 2))
        }),
        ("YAML alias bomb", |n| {
            let mut s = String::from("---\na0: &a0 [x, x, x, x, x, x, x, x]\n");
            let mut i = 1;
            while s.len() < n {
                s.push_str(&format!(
                    "a{i}: &a{i} [{}]\n",
                    vec![format!("*a{}", i - 1); 8].join(", ")
                ));
                i += 1;
            }
            s + "---\n"
        }),
        ("unclosed front matter", |n| {
            format!("---\n{}", "title: x\n".repeat(n / 9))
        }),
    ]
}
