//! The seed document end to end, through the public Rust API.

use pagemark::{render, Options};

fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/quicktakes-therapeutic-integration.md"
    ))
    .unwrap()
}

fn options() -> Options {
    let mut o = Options::default();
    o.site.base_url = Some("https://example.com".into());
    o
}

#[test]
fn the_seed_renders_as_an_article_with_a_numbered_list() {
    let page = render(&seed(), &options()).unwrap();
    let html = &page.html;
    assert!(html.starts_with("<article class=\"pagemark-article\">"), "{html}");
    assert!(
        html.contains("<h1>How does the integration of therapeutic approaches enhance treatment effectiveness?</h1>")
    );
    assert!(html.contains("<p class=\"pagemark-byline\">Posted on <time datetime=\"2025-01-26\">Jan 26, 2025</time> by <span class=\"pagemark-author\">QuickTakes</span></p>"));
    assert!(html.contains("<section class=\"pagemark-question\">\n<p>How does the integration"));
    assert_eq!(html.matches("<ol>").count(), 1);
    assert_eq!(html.matches("<li>").count(), 6);
    for lead in [
        "Tailored Interventions",
        "Increased Effectiveness",
        "Addressing Complex Issues",
        "Flexibility in Treatment",
        "Enhanced Client Engagement",
        "Improved Therapeutic Alliance",
    ] {
        assert!(html.contains(&format!("<p><strong>{lead}</strong>:")), "{lead}");
    }
    assert!(!html.contains("\\n"), "literal \\n left in the output");
    assert!(html.contains("<p>In summary, the integration"));
}

#[test]
fn the_seed_head_has_the_seo_fields() {
    let page = render(&seed(), &options()).unwrap();
    let head = &page.head;
    assert!(head.contains("<title>QuickTakes | Education studies</title>"));
    assert!(head.contains("<meta name=\"description\" content=\"The integration of therapeutic approaches enhances treatment effectiveness by tailoring interventions,"));
    assert!(head.contains(
        "<meta name=\"keywords\" content=\"therapeutic integration, treatment effectiveness, tailored interventions,"
    ));
    let canonical = "https://example.com/learn/education-studies/questions/how-does-the-integration-of-therapeutic-approaches-enhance-treatment-effectiveness";
    assert!(head.contains(&format!("<link rel=\"canonical\" href=\"{canonical}\">")));
    assert!(head.contains(&format!("<meta property=\"og:url\" content=\"{canonical}\">")));
    assert!(head.contains("<meta property=\"og:type\" content=\"article\">"));
    assert_eq!(page.meta.keywords.len(), 14);
    assert_eq!(page.meta.date_text.as_deref(), Some("Jan 26, 2025"));

    let ld = page
        .head_tags
        .iter()
        .find(|t| t.tag == "script")
        .and_then(|t| t.text.clone())
        .unwrap();
    let ld: serde_json::Value = serde_json::from_str(&ld).unwrap();
    assert_eq!(ld["@graph"][0]["@type"], "Article");
    assert_eq!(ld["@graph"][0]["datePublished"], "2025-01-26");
    assert_eq!(ld["@graph"][1]["itemListElement"][1]["name"], "Education Studies");
}

#[test]
fn front_matter_dates_stay_as_written() {
    let page = render(&seed(), &options()).unwrap();
    assert_eq!(page.front_matter["date"], "2025-01-26");
    assert_eq!(page.front_matter["id"], 163040);
    assert_eq!(page.front_matter["seo"]["title"], "QuickTakes | Education studies");
}

#[test]
fn without_a_base_url_there_is_no_canonical_and_a_warning() {
    let page = render(&seed(), &Options::default()).unwrap();
    assert!(!page.head.contains("canonical"));
    assert!(page.warnings.iter().any(|w| w.code == "no-base-url"));
}

#[test]
fn every_fixture_renders() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let source = std::fs::read_to_string(&path).unwrap();
            let result = render(&source, &options());
            let broken = path.file_name().unwrap().to_string_lossy().starts_with("broken");
            assert_eq!(result.is_err(), broken, "{}: {:?}", path.display(), result.err());
        }
    }
}
