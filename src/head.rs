//! Stage 5: the head. Builds the list of tags from the document model and the site, then
//! writes it as HTML. Every value is plain text: whitespace collapsed, escaped exactly once;
//! URLs are absolute http(s) only; JSON-LD is a serde_json structure with `<`, `>`, `&`,
//! U+2028 and U+2029 written as `\uXXXX` so no string in it can end the `<script>`.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{json, Map, Value};

use crate::document::{is_handle, Meta};
use crate::options::{Options, StructuredData};
use crate::text::{collapse_whitespace, escape_html};
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

impl Serialize for HeadTag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Attrs<'a>(&'a [(&'static str, String)]);
        impl Serialize for Attrs<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("tag", self.tag)?;
        map.serialize_entry("attrs", &Attrs(&self.attrs))?;
        if let Some(text) = &self.text {
            map.serialize_entry("text", text)?;
        }
        map.end()
    }
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
            attrs: vec![(key, name.to_owned()), ("content", content)],
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
pub(crate) fn build(meta: &Meta, options: &Options, data: &Map<String, Value>, answer: Option<&str>) -> Vec<HeadTag> {
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
            attrs: vec![("rel", "canonical".to_owned()), ("href", canonical.to_owned())],
            text: None,
        });
    }
    for alternate in &meta.alternates {
        t.0.push(HeadTag {
            tag: "link",
            attrs: vec![
                ("rel", "alternate".to_owned()),
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
            attrs: vec![("type", "application/ld+json".to_owned())],
            text: Some(script_safe_json(&ld)),
        });
    }
    t.0
}

/// The structured data, by `options.structured_data`: an `Article` (a `WebPage` when
/// undated) and a `BreadcrumbList` from the URL path, or a `QAPage`/`FAQPage`; then whatever the
/// front matter's `schema`/`jsonld` field adds, all in one `@graph`.
fn json_ld(meta: &Meta, options: &Options, data: &Map<String, Value>, answer: Option<&str>) -> Option<Value> {
    let mut graph = match options.structured_data {
        StructuredData::Off => return None,
        StructuredData::Auto => {
            let mut graph = vec![Value::Object(page_node(meta, options))];
            let headline = meta.headline.as_deref().map(collapse_whitespace);
            if let Some(crumbs) = meta
                .canonical
                .as_deref()
                .and_then(|c| breadcrumbs(c, headline.as_deref()))
            {
                graph.push(crumbs);
            }
            graph
        }
        StructuredData::QaPage | StructuredData::FaqPage => vec![question_page(meta, options, answer.unwrap_or(""))],
    };
    for extra in ["schema", "jsonld"].iter().filter_map(|k| data.get(*k)) {
        let items = match extra {
            Value::Array(list) => list.clone(),
            Value::Object(_) => vec![extra.clone()],
            _ => continue,
        };
        for item in items.into_iter().filter_map(|i| match i {
            Value::Object(o) => Some(o),
            _ => None,
        }) {
            merge_node(&mut graph, item);
        }
    }
    Some(json!({"@context": "https://schema.org", "@graph": graph}))
}

/// A node of the same `@type` as one already there extends it; any other is added.
fn merge_node(graph: &mut Vec<Value>, mut node: Map<String, Value>) {
    node.remove("@context");
    let same = graph
        .iter_mut()
        .find(|n| node.get("@type").is_some_and(|t| n.get("@type") == Some(t)));
    match same {
        Some(Value::Object(existing)) => existing.extend(node),
        _ => graph.push(Value::Object(node)),
    }
}

fn page_node(meta: &Meta, options: &Options) -> Map<String, Value> {
    let dated = meta.date_published.is_some();
    let headline = meta.headline.as_deref().map(collapse_whitespace);
    let canonical = meta.canonical.as_deref();
    object([
        ("@type", Some(json!(if dated { "Article" } else { "WebPage" }))),
        (if dated { "headline" } else { "name" }, headline.map(Value::from)),
        ("description", meta.description.clone().map(Value::from)),
        ("datePublished", meta.date_published.clone().map(Value::from)),
        (
            "dateModified",
            meta.date_modified
                .clone()
                .or_else(|| meta.date_published.clone())
                .map(Value::from),
        ),
        ("author", authors(meta)),
        ("publisher", publisher(meta, options)),
        (
            "image",
            meta.image
                .as_ref()
                .filter(|i| http_host(&i.src).is_some())
                .map(|i| json!(i.src)),
        ),
        (
            "keywords",
            (!meta.keywords.is_empty()).then(|| json!(meta.keywords.join(", "))),
        ),
        (
            "articleSection",
            meta.section.clone().filter(|_| dated).map(Value::from),
        ),
        (
            "mainEntityOfPage",
            canonical.map(|url| json!({"@type": "WebPage", "@id": url})),
        ),
        ("url", canonical.filter(|_| !dated).map(Value::from)),
    ])
}

/// A JSON-LD object of the entries that have a value, in order (absent values are left out,
/// never written as `null`).
fn object<const N: usize>(entries: [(&str, Option<Value>); N]) -> Map<String, Value> {
    entries
        .into_iter()
        .filter_map(|(key, value)| Some((key.to_owned(), value?)))
        .collect()
}

fn authors(meta: &Meta) -> Option<Value> {
    let people: Vec<Value> = meta
        .author
        .iter()
        .map(|a| {
            Value::Object(object([
                ("@type", Some(json!("Person"))),
                ("name", Some(json!(a.name))),
                ("url", a.url.clone().map(Value::from)),
            ]))
        })
        .collect();
    match people.len() {
        0 => None,
        1 => people.into_iter().next(),
        _ => Some(Value::Array(people)),
    }
}

fn publisher(meta: &Meta, options: &Options) -> Option<Value> {
    let name = meta.site_name.as_ref()?;
    let logo = options.site.logo.as_deref().and_then(|l| absolute(options, l));
    Some(Value::Object(object([
        ("@type", Some(json!("Organization"))),
        ("name", Some(json!(name))),
        ("logo", logo.map(|url| json!({"@type": "ImageObject", "url": url}))),
    ])))
}

/// `QAPage` (one question, its accepted answer) or `FAQPage` (a list of one).
fn question_page(meta: &Meta, options: &Options, answer: &str) -> Value {
    let question = meta
        .question
        .as_deref()
        .or(meta.headline.as_deref())
        .map(collapse_whitespace)
        .unwrap_or_default();
    let date = meta.date_published.as_deref();
    let accepted = object([
        ("@type", Some(json!("Answer"))),
        ("text", Some(json!(answer))),
        ("author", authors(meta)),
        ("datePublished", date.map(Value::from)),
        ("url", meta.canonical.as_deref().map(Value::from)),
    ]);
    let qa = options.structured_data == StructuredData::QaPage;
    let q = object([
        ("@type", Some(json!("Question"))),
        ("name", Some(json!(question))),
        ("acceptedAnswer", Some(Value::Object(accepted))),
        ("text", qa.then(|| json!(question))),
        ("answerCount", qa.then(|| json!(1))),
        ("datePublished", date.filter(|_| qa).map(Value::from)),
    ]);
    if qa {
        json!({"@type": "QAPage", "mainEntity": q})
    } else {
        json!({"@type": "FAQPage", "mainEntity": [q]})
    }
}

fn absolute(options: &Options, url: &str) -> Option<String> {
    crate::url::join(options.site.base_url.as_deref()?, url)
}

/// `https://x.org/learn/education-studies/questions/slug` → Learn › Education Studies ›
/// Questions › the headline. Needs at least two path segments to be worth a trail.
fn breadcrumbs(canonical: &str, headline: Option<&str>) -> Option<Value> {
    let after_scheme = canonical.find("://")? + 3;
    let path_start = canonical[after_scheme..].find('/').map(|i| after_scheme + i)?;
    let origin = &canonical[..path_start];
    let path = canonical[path_start..].split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if segments.len() < 2 {
        return None;
    }
    let mut items = Vec::with_capacity(segments.len());
    let mut url = origin.to_owned();
    for (i, seg) in segments.iter().enumerate() {
        url.push('/');
        url.push_str(seg);
        let last = i + 1 == segments.len();
        let name = match headline {
            Some(h) if last => h.to_owned(),
            _ => title_case(seg),
        };
        items.push(json!({"@type": "ListItem", "position": i + 1, "name": name, "item": url}));
    }
    Some(json!({"@type": "BreadcrumbList", "itemListElement": items}))
}

/// `education-studies` → `Education Studies`.
fn title_case(segment: &str) -> String {
    let decoded = segment.replace("%20", " ");
    decoded
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// JSON that can sit inside `<script>`: nothing in it can close the element or open a comment.
/// The escaping happens while serde_json writes the strings, in one pass.
pub(crate) fn script_safe_json(v: &Value) -> String {
    use serde::Serialize;
    let mut out = Vec::with_capacity(256);
    // Writing a `Value` into a `Vec` cannot fail.
    let _ = v.serialize(&mut serde_json::Serializer::with_formatter(&mut out, ScriptSafe));
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's compact output, with `<`, `>`, `&`, U+2028 and U+2029 in strings written as
/// `\u` escapes (the same JSON value; HTML and old JavaScript parsers see nothing special).
struct ScriptSafe;

impl serde_json::ser::Formatter for ScriptSafe {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let bytes = fragment.as_bytes();
        let mut last = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let (escaped, len) = match b {
                b'<' => ("\\u003c", 1),
                b'>' => ("\\u003e", 1),
                b'&' => ("\\u0026", 1),
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                0xe2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xa8]) => ("\\u2028", 3),
                0xe2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xa9]) => ("\\u2029", 3),
                _ => continue,
            };
            writer.write_all(bytes.get(last..i).unwrap_or_default())?;
            writer.write_all(escaped.as_bytes())?;
            last = i + len;
        }
        writer.write_all(bytes.get(last..).unwrap_or_default())
    }
}

/// The tags as HTML, one per line.
pub(crate) fn to_html(tags: &[HeadTag]) -> String {
    let mut out = String::with_capacity(tags.len() * 80);
    for tag in tags {
        out.push('<');
        out.push_str(tag.tag);
        for (k, v) in &tag.attrs {
            out.push(' ');
            out.push_str(k);
            out.push_str("=\"");
            escape_html(&mut out, v);
            out.push('"');
        }
        out.push('>');
        match (tag.tag, &tag.text) {
            ("script", Some(text)) => out.push_str(text),
            (_, Some(text)) => escape_html(&mut out, text),
            _ => {}
        }
        if tag.text.is_some() {
            out.push_str("</");
            out.push_str(tag.tag);
            out.push('>');
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_break_out_of_its_script() {
        let s = script_safe_json(&json!({"<k>": "</script ><!-- & \u{2028}\u{2029}é\"\n"}));
        assert_eq!(
            s,
            r#"{"\u003ck\u003e":"\u003c/script \u003e\u003c!-- \u0026 \u2028\u2029é\"\n"}"#
        );
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["<k>"], "</script ><!-- & \u{2028}\u{2029}é\"\n");
    }

    #[test]
    fn breadcrumbs_from_the_path() {
        let b = breadcrumbs("https://e.com/learn/education-studies/questions/x", Some("The Q")).unwrap();
        let names: Vec<_> = b["itemListElement"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["Learn", "Education Studies", "Questions", "The Q"]);
        assert_eq!(b["itemListElement"][1]["item"], "https://e.com/learn/education-studies");
        assert!(breadcrumbs("https://e.com/one", None).is_none());
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
        let ld: Value = serde_json::from_str(&ld).unwrap();
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
