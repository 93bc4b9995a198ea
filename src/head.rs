//! Stage 5: the head. Builds the list of tags from the document model and the site, then
//! writes it as HTML. Every value is plain text: whitespace collapsed, escaped exactly once;
//! URLs are absolute http(s) only; JSON-LD is written as compact JSON with `<`, `>`, `&`,
//! U+2028 and U+2029 as `\uXXXX` so no string in it can end the `<script>`.

use crate::text::Own;
use std::borrow::Cow;

use crate::json;
use crate::value::{Map, Value};

use crate::document::{is_handle, Meta};
use crate::options::{Options, StructuredData};
use crate::text::{collapse_whitespace, escape_html, Put};
use crate::url::http_host;

/// One head element, for frameworks that manage the head themselves (React Helmet, unhead).
/// Attribute values are plain (unescaped) text; `head` holds the escaped HTML form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadTag {
    /// `title`, `meta`, `link` or `script`.
    pub tag: &'static str,
    /// Attributes in output order.
    pub attrs: Vec<(&'static str, String)>,
    /// Text content (`title`, and the JSON-LD `script`).
    pub text: Option<String>,
}

/// Collects tags, dropping any whose value is empty after cleaning.
struct Tags(Vec<HeadTag>);

impl Tags {
    fn meta(&mut self, key: &'static str, name: &str, content: Option<&str>) {
        let Some(content) = content.map(collapse_whitespace).filter(|c| !c.is_empty()) else {
            return;
        };
        self.0.push(HeadTag {
            tag: "meta",
            attrs: vec![(key, name.own()), ("content", content)],
            text: None,
        });
    }

    fn name(&mut self, name: &str, content: Option<&str>) {
        self.meta("name", name, content);
    }

    fn property(&mut self, property: &str, content: Option<&str>) {
        self.meta("property", property, content);
    }

    /// A URL-valued meta: only absolute http(s) URLs are emitted.
    fn url_property(&mut self, property: &str, url: Option<&str>) {
        self.property(property, url.filter(|u| http_host(u).is_some()));
    }
}

/// Build the head tags of a page.
///
/// `data` is the front matter (its `schema`/`jsonld` field is merged into the JSON-LD);
/// `answer` is the content as plain text, for `QAPage`/`FAQPage`.
pub(crate) fn build(meta: &Meta, options: &Options, data: &Map, answer: Option<&str>) -> Vec<HeadTag> {
    let mut t = Tags(Vec::with_capacity(32));
    if let Some(title) = meta.title.as_deref().map(collapse_whitespace).filter(|s| !s.is_empty()) {
        t.0.push(HeadTag {
            tag: "title",
            attrs: Vec::new(),
            text: Some(title),
        });
    }
    let description = meta.description.as_deref();
    t.name("description", description);
    let keywords = meta.keywords.join(", ");
    t.name("keywords", Some(&keywords));
    let authors = meta
        .author
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    t.name("author", Some(&authors));
    t.name("robots", meta.robots.as_deref());
    if let Some(canonical) = meta.canonical.as_deref().filter(|u| http_host(u).is_some()) {
        t.0.push(HeadTag {
            tag: "link",
            attrs: vec![("rel", "canonical".own()), ("href", canonical.own())],
            text: None,
        });
    }
    for alternate in &meta.alternates {
        t.0.push(HeadTag {
            tag: "link",
            attrs: vec![
                ("rel", "alternate".own()),
                ("hreflang", alternate.lang.clone()),
                ("href", alternate.url.clone()),
            ],
            text: None,
        });
    }

    let og_title = meta.headline.as_deref().or(meta.title.as_deref());
    t.property("og:type", Some(meta.page_type));
    t.property("og:title", og_title);
    t.property("og:description", description);
    t.url_property("og:url", meta.canonical.as_deref());
    t.property("og:site_name", meta.site_name.as_deref());
    t.property("og:locale", meta.locale.as_deref());
    if let Some(image) = &meta.image {
        t.url_property("og:image", Some(&image.src));
        t.property("og:image:alt", image.alt.as_deref());
        t.property("og:image:width", image.width.map(|w| w.to_string()).as_deref());
        t.property("og:image:height", image.height.map(|h| h.to_string()).as_deref());
    }

    t.property("article:published_time", meta.date_published.as_deref());
    t.property("article:modified_time", meta.date_modified.as_deref());
    for author in &meta.author {
        t.property("article:author", Some(author.url.as_deref().unwrap_or(&author.name)));
    }
    t.property("article:section", meta.section.as_deref());
    if meta.page_type == "article" {
        for keyword in &meta.keywords {
            t.property("article:tag", Some(keyword));
        }
    }

    let image = meta.image.as_ref().filter(|i| http_host(&i.src).is_some());
    t.name(
        "twitter:card",
        Some(if image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        }),
    );
    t.name("twitter:title", og_title);
    t.name("twitter:description", description);
    if let Some(image) = image {
        t.name("twitter:image", Some(&image.src));
        t.name("twitter:image:alt", image.alt.as_deref());
    }
    let handle = options.site.twitter_site.as_deref().filter(|h| is_handle(h));
    t.name("twitter:site", handle);
    t.name("twitter:creator", meta.author.iter().find_map(|a| a.twitter.as_deref()));

    if let Some(ld) = json_ld(meta, options, data, answer) {
        t.0.push(HeadTag {
            tag: "script",
            attrs: vec![("type", "application/ld+json".own())],
            text: Some(ld),
        });
    }
    t.0
}

/// A JSON-LD value under construction. Our own small tree rather than `serde_json::Value`:
/// keys are mostly `'static`, front-matter values are borrowed, and it is written straight into
/// the script text (building and serializing `Value`s was ~9 % of a `qa` render natively).
#[derive(Debug)]
enum Ld<'a> {
    Str(Cow<'a, str>),
    Int(usize),
    Obj(Vec<(&'a str, Ld<'a>)>),
    Arr(Vec<Ld<'a>>),
    /// A value from the front matter (`schema`/`jsonld`), written as it is.
    Json(&'a Value),
}

impl<'a> Ld<'a> {
    fn str(s: impl Into<Cow<'a, str>>) -> Self {
        Ld::Str(s.into())
    }

    /// Write as compact JSON that can sit inside `<script>`.
    fn write(out: &mut String, ld: &Ld) {
        match ld {
            Ld::Str(s) => json::string(out, s),
            Ld::Int(n) => out.put(&n.to_string()),
            Ld::Obj(entries) => json::object(out, entries.iter().map(|(k, v)| (*k, v)), Ld::write),
            Ld::Arr(items) => json::array(out, items, Ld::write),
            Ld::Json(v) => json::value(out, v),
        }
    }
}

/// The structured data, by `options.structured_data`: an `Article` (a `WebPage` when
/// undated) and a `BreadcrumbList` from the URL path, or a `QAPage`/`FAQPage`; then whatever the
/// front matter's `schema`/`jsonld` field adds, all in one `@graph`. Returns the script text.
fn json_ld(meta: &Meta, options: &Options, data: &Map, answer: Option<&str>) -> Option<String> {
    let mut graph = match options.structured_data {
        StructuredData::Off => return None,
        StructuredData::Auto => {
            let mut graph = vec![page_node(meta, options)];
            let headline = meta.headline.as_deref().map(collapse_whitespace);
            if let Some(crumbs) = meta.canonical.as_deref().and_then(|c| breadcrumbs(c, headline)) {
                graph.push(crumbs);
            }
            graph
        }
        StructuredData::QaPage | StructuredData::FaqPage => vec![question_page(meta, options, answer.unwrap_or(""))],
    };
    for extra in ["schema", "jsonld"].iter().filter_map(|k| data.get(k)) {
        let items = match extra {
            Value::Array(list) => list.as_slice(),
            Value::Object(_) => std::slice::from_ref(extra),
            _ => continue,
        };
        for item in items.iter().filter_map(Value::as_object) {
            merge_node(&mut graph, item);
        }
    }
    let mut out = String::with_capacity(1024);
    out.put(r#"{"@context":"https://schema.org","@graph":"#);
    json::array(&mut out, &graph, Ld::write);
    out.put("}");
    Some(out)
}

/// A node of the same `@type` as one already there extends it (a key it has is replaced in
/// place); any other is added. `@context` is dropped: the graph has one.
fn merge_node<'a>(graph: &mut Vec<Ld<'a>>, node: &'a Map) {
    let entries = node.iter().filter(|(k, _)| k.as_str() != "@context");
    let same_type = |n: &&mut Ld<'a>| match (n, node.get("@type")) {
        (Ld::Obj(existing), Some(t)) => existing.iter().any(|(k, v)| {
            *k == "@type"
                && match v {
                    Ld::Str(s) => t.as_str() == Some(s),
                    Ld::Json(v) => *v == t,
                    _ => false,
                }
        }),
        _ => false,
    };
    match graph.iter_mut().find(same_type) {
        Some(Ld::Obj(existing)) => {
            for (key, value) in entries {
                match existing.iter_mut().find(|(k, _)| *k == key) {
                    Some(slot) => slot.1 = Ld::Json(value),
                    None => existing.push((key, Ld::Json(value))),
                }
            }
        }
        _ => graph.push(Ld::Obj(entries.map(|(k, v)| (k.as_str(), Ld::Json(v))).collect())),
    }
}

fn page_node<'a>(meta: &'a Meta, options: &'a Options) -> Ld<'a> {
    let dated = meta.date_published.is_some();
    let headline = meta.headline.as_deref().map(collapse_whitespace);
    let canonical = meta.canonical.as_deref();
    object(&mut [
        ("@type", Some(Ld::str(if dated { "Article" } else { "WebPage" }))),
        (if dated { "headline" } else { "name" }, headline.map(Ld::str)),
        ("description", meta.description.as_deref().map(Ld::str)),
        ("datePublished", meta.date_published.as_deref().map(Ld::str)),
        (
            "dateModified",
            meta.date_modified
                .as_deref()
                .or(meta.date_published.as_deref())
                .map(Ld::str),
        ),
        ("author", authors(meta)),
        ("publisher", publisher(meta, options)),
        (
            "image",
            meta.image
                .as_ref()
                .filter(|i| http_host(&i.src).is_some())
                .map(|i| Ld::str(i.src.as_str())),
        ),
        (
            "keywords",
            (!meta.keywords.is_empty()).then(|| Ld::str(meta.keywords.join(", "))),
        ),
        ("articleSection", meta.section.as_deref().filter(|_| dated).map(Ld::str)),
        (
            "wordCount",
            (dated && meta.word_count > 0).then_some(Ld::Int(meta.word_count)),
        ),
        (
            "mainEntityOfPage",
            canonical.map(|url| object(&mut [("@type", Some(Ld::str("WebPage"))), ("@id", Some(Ld::str(url)))])),
        ),
        ("url", canonical.filter(|_| !dated).map(Ld::str)),
    ])
}

/// A JSON-LD object of the entries that have a value, in order (absent values are left out,
/// never written as `null`).
///
/// A slice, not an array by value: an array of each length was its own copy of this function
/// and its collect, ~1 KB of the module before wasm-opt apiece (session 16).
fn object<'a>(entries: &mut [(&'a str, Option<Ld<'a>>)]) -> Ld<'a> {
    Ld::Obj(
        entries
            .iter_mut()
            .filter_map(|(key, value)| Some((*key, value.take()?)))
            .collect(),
    )
}

fn authors(meta: &Meta) -> Option<Ld<'_>> {
    let mut people: Vec<Ld<'_>> = meta
        .author
        .iter()
        .map(|a| {
            object(&mut [
                ("@type", Some(Ld::str("Person"))),
                ("name", Some(Ld::str(a.name.as_str()))),
                ("url", a.url.as_deref().map(Ld::str)),
            ])
        })
        .collect();
    match people.len() {
        0 => None,
        1 => people.pop(),
        _ => Some(Ld::Arr(people)),
    }
}

fn publisher<'a>(meta: &'a Meta, options: &'a Options) -> Option<Ld<'a>> {
    let name = meta.site_name.as_deref()?;
    let logo = options.site.logo.as_deref().and_then(|l| options.site.absolute(l));
    Some(object(&mut [
        ("@type", Some(Ld::str("Organization"))),
        ("name", Some(Ld::str(name))),
        (
            "logo",
            logo.map(|url| object(&mut [("@type", Some(Ld::str("ImageObject"))), ("url", Some(Ld::str(url)))])),
        ),
    ]))
}

/// `QAPage` (one question, its accepted answer) or `FAQPage` (a list of one).
fn question_page<'a>(meta: &'a Meta, options: &'a Options, answer: &'a str) -> Ld<'a> {
    let question = meta
        .question
        .as_deref()
        .or(meta.headline.as_deref())
        .map(collapse_whitespace)
        .unwrap_or_default();
    let date = meta.date_published.as_deref();
    let accepted = object(&mut [
        ("@type", Some(Ld::str("Answer"))),
        ("text", Some(Ld::str(answer))),
        ("author", authors(meta)),
        ("datePublished", date.map(Ld::str)),
        ("url", meta.canonical.as_deref().map(Ld::str)),
    ]);
    let qa = options.structured_data == StructuredData::QaPage;
    let q = object(&mut [
        ("@type", Some(Ld::str("Question"))),
        ("name", Some(Ld::str(question.clone()))),
        ("acceptedAnswer", Some(accepted)),
        ("text", qa.then(|| Ld::str(question))),
        ("answerCount", qa.then_some(Ld::Int(1))),
        ("datePublished", date.filter(|_| qa).map(Ld::str)),
    ]);
    if qa {
        object(&mut [("@type", Some(Ld::str("QAPage"))), ("mainEntity", Some(q))])
    } else {
        object(&mut [
            ("@type", Some(Ld::str("FAQPage"))),
            ("mainEntity", Some(Ld::Arr(vec![q]))),
        ])
    }
}

/// `https://x.org/learn/education-studies/questions/slug` → Learn › Education Studies ›
/// Questions › the headline. Needs at least two path segments to be worth a trail.
fn breadcrumbs(canonical: &str, mut headline: Option<String>) -> Option<Ld<'_>> {
    let after_scheme = crate::text::find_str(canonical, "://")? + 3;
    let path_start = canonical.get(after_scheme..)?.find('/').map(|i| after_scheme + i)?;
    let origin = canonical.get(..path_start)?;
    let path = canonical.get(path_start..)?.split(['?', '#']).next().unwrap_or("");
    // Walked once, without collecting the segments first: that collect was 2.3 KB of the
    // module before wasm-opt (session 16).
    let mut segments = path.split('/').filter(|s| !s.is_empty()).peekable();
    let mut items = Vec::new();
    let mut url = origin.own();
    while let Some(seg) = segments.next() {
        url.push('/');
        url.put(seg);
        let last = segments.peek().is_none();
        let name = if last { headline.take() } else { None }.unwrap_or_else(|| title_case(seg));
        items.push(object(&mut [
            ("@type", Some(Ld::str("ListItem"))),
            ("position", Some(Ld::Int(items.len() + 1))),
            ("name", Some(Ld::str(name))),
            ("item", Some(Ld::str(url.clone()))),
        ]));
    }
    if items.len() < 2 {
        return None;
    }
    Some(object(&mut [
        ("@type", Some(Ld::str("BreadcrumbList"))),
        ("itemListElement", Some(Ld::Arr(items))),
    ]))
}

/// `education-studies` → `Education Studies`, `caf%C3%A9s` → `Cafés`. Only an ASCII first
/// letter is capitalized (`über` stays `über`): Unicode's case tables would cost the module
/// 12 KB for the first letter of a URL segment.
fn title_case(segment: &str) -> String {
    crate::url::percent_decode(segment)
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut word = w.own();
            if let Some(first) = word.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            word
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The tags as HTML, one per line.
pub(crate) fn to_html(tags: &[HeadTag]) -> String {
    let mut out = String::with_capacity(tags.len() * 80);
    for tag in tags {
        out.put("<");
        out.put(tag.tag);
        for (k, v) in &tag.attrs {
            out.put(" ");
            out.put(k);
            out.put("=\"");
            escape_html(&mut out, v);
            out.put("\"");
        }
        out.put(">");
        match (tag.tag, &tag.text) {
            ("script", Some(text)) => out.put(text),
            (_, Some(text)) => escape_html(&mut out, text),
            _ => {}
        }
        if tag.text.is_some() {
            out.put("</");
            out.put(tag.tag);
            out.put(">");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::json;

    #[test]
    fn json_ld_cannot_break_out_of_its_script() {
        let mut s = String::new();
        json::value(&mut s, &json!({"<k>": "</script ><!-- & \u{2028}\u{2029}é\"\n"}));
        assert_eq!(
            s,
            r#"{"\u003ck\u003e":"\u003c/script \u003e\u003c!-- \u0026 \u2028\u2029é\"\n"}"#
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["<k>"], "</script ><!-- & \u{2028}\u{2029}é\"\n");
    }

    /// The writer spells JSON exactly as serde_json does, apart from the five script escapes.
    #[test]
    fn json_is_written_as_serde_json_writes_it() {
        let v = serde_json::json!({
            "s": "a\u{0}\u{1}\u{8}\u{c}\u{1f}\u{7f}\t\r\n\\\"/é😀", "n": [0, -3, 12.5, 1e300, -0.0, 18446744073709551615u64],
            "b": [true, false, null], "o": {"": {}, "x": []}
        });
        let mut ours = String::new();
        json::value(&mut ours, &v.clone().into());
        assert_eq!(ours, serde_json::to_string(&v).unwrap());
    }

    fn written(ld: &Ld) -> Value {
        let mut s = String::new();
        Ld::write(&mut s, ld);
        serde_json::from_str::<serde_json::Value>(&s).unwrap().into()
    }

    #[test]
    fn breadcrumbs_from_the_path() {
        let b = written(
            &breadcrumbs(
                "https://e.com/learn/education-studies/questions/x",
                Some("The Q".into()),
            )
            .unwrap(),
        );
        let names: Vec<_> = b["itemListElement"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["Learn", "Education Studies", "Questions", "The Q"]);
        assert_eq!(b["itemListElement"][1]["item"], "https://e.com/learn/education-studies");
        assert_eq!(b["itemListElement"][3]["position"], 4);
        assert!(breadcrumbs("https://e.com/one", None).is_none());
        assert_eq!(title_case("caf%C3%A9s_and-%C3%BCber%20alles"), "Cafés And über Alles");
    }

    #[test]
    fn a_front_matter_node_of_the_same_type_extends_in_place() {
        let data = json!({"schema": [{"@type": "Article", "@context": "x", "headline": "Mine", "wordCount": 3}, {"@type": ["A", "B"], "k": 1}],
                          "jsonld": {"@type": ["A", "B"], "k": 2, "j": 0}});
        let mut graph = vec![object(&mut [
            ("@type", Some(Ld::str("Article"))),
            ("headline", Some(Ld::str("Ours"))),
            ("x", Some(Ld::Int(1))),
        ])];
        for item in data["schema"].as_array().unwrap().iter().chain([&data["jsonld"]]) {
            merge_node(&mut graph, item.as_object().unwrap());
        }
        let graph: Vec<Value> = graph.iter().map(written).collect();
        assert_eq!(
            graph,
            [
                json!({"@type": "Article", "headline": "Mine", "x": 1, "wordCount": 3}),
                json!({"@type": ["A", "B"], "k": 2, "j": 0})
            ]
        );
        assert_eq!(
            graph[0].as_object().unwrap().keys().collect::<Vec<_>>(),
            ["@type", "headline", "x", "wordCount"]
        );
    }

    #[test]
    fn handles_are_checked() {
        assert!(is_handle("@pagemark_rs"));
        assert!(!is_handle("pagemark") && !is_handle("@a b") && !is_handle("@"));
    }

    fn head(src: &str, options: &Options) -> crate::Page {
        crate::render(src, options).unwrap()
    }

    #[test]
    fn hreflang_creator_and_merged_schema() {
        let mut o = Options::default();
        o.site.base_url = Some("https://example.com".into());
        let src = "---\ntitle: T\nurl: /en/t\ndate: 2025-01-26\nauthor: {name: Ann, twitter: ann_writes}\ntranslations: {fr: /fr/t, x-default: /t}\nschema: {\"@type\": Article, \"wordCount\": 12}\njsonld: [{\"@type\": Event, \"name\": Launch}]\n---\nx";
        let page = head(src, &o);
        assert!(
            page.head
                .contains(r#"<link rel="alternate" hreflang="fr" href="https://example.com/fr/t">"#),
            "{}",
            page.head
        );
        assert!(page
            .head
            .contains(r#"<link rel="alternate" hreflang="x-default" href="https://example.com/t">"#));
        assert!(page
            .head
            .contains(r#"<meta name="twitter:creator" content="@ann_writes">"#));
        let ld = page
            .head_tags
            .iter()
            .find(|t| t.tag == "script")
            .and_then(|t| t.text.clone())
            .unwrap();
        let ld: serde_json::Value = serde_json::from_str(&ld).unwrap();
        assert_eq!(ld["@graph"][0]["wordCount"], 12);
        assert_eq!(ld["@graph"][0]["headline"], "T");
        assert_eq!(ld["@graph"][2]["@type"], "Event");
    }

    #[test]
    fn structured_data_modes() {
        let src = "---\nquestion: Why?\ndate: 2025-01-26\nanswer: Because **so**.\n---\n";
        let mut o = Options::default();
        o.structured_data = StructuredData::FaqPage;
        let page = head(src, &o);
        assert!(page.head.contains(r#""@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Why?","acceptedAnswer":{"@type":"Answer","text":"Because so."#), "{}", page.head);
        o.structured_data = StructuredData::Off;
        assert!(!head(src, &o).head.contains("ld+json"));
    }

    #[test]
    fn attributes_escape_once() {
        let html = to_html(&[HeadTag {
            tag: "meta",
            attrs: vec![("content", "a \"b\" &amp; <c>".into())],
            text: None,
        }]);
        assert_eq!(html, "<meta content=\"a &quot;b&quot; &amp;amp; &lt;c&gt;\">\n");
    }
}
