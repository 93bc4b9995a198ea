//! Results as JavaScript reads them: JSON text with camelCase names, which the engine's
//! `JSON.parse` turns into plain objects in one boundary crossing. Written by hand rather than by
//! serde's derives, so the core types carry no JavaScript spelling and the module no serializer.
//!
//! The shapes are the TypeScript interfaces of `types.d.ts`: a field the Rust type holds as
//! `Option` is `null` when absent where the interface says `| null` (`Meta`), and left out
//! where it says `?` (`Author`, `Image`, `Warning`, `HeadTag.text`, `Parsed.excerpt`).

use std::fmt::Display;

use crate::document::Alternate;
use crate::json::{self, Object};
use crate::value::Map;
use crate::{Author, Format, HeadTag, Image, Meta, Page, Parsed, TocEntry, Update, Warning};

/// Everything of a page but its HTML and head text, which cross as strings of their own.
pub(crate) fn page_rest(page: &Page) -> String {
    let mut out = String::with_capacity(1024);
    let mut o = Object::open(&mut out);
    Rest {
        head_tags: Some(&page.head_tags),
        meta: Some(&page.meta),
        front_matter: Some(&page.front_matter),
        toc: Some(&page.toc),
        warnings: Some(&page.warnings),
    }
    .write(&mut o);
    o.close();
    out
}

/// A live-preview update: the splice always, every other field only when it changed.
pub(crate) fn update(u: &Update) -> String {
    let mut out = String::with_capacity(u.nodes.iter().map(|n| n.len() + 8).sum::<usize>() + 128);
    let mut o = Object::open(&mut out);
    optional(&mut o, "shell", u.shell.as_deref());
    number(o.key("start"), u.start);
    number(o.key("deleteCount"), u.delete_count);
    json::array(o.key("html"), &u.nodes, |out, n| json::string(out, n));
    number(o.key("nodeCount"), u.node_count);
    if u.line_shift != 0 {
        number(o.key("lineShift"), u.line_shift);
    }
    optional(&mut o, "lead", u.lead.as_deref());
    optional(&mut o, "head", u.head);
    Rest {
        head_tags: u.head_tags,
        meta: u.meta,
        front_matter: u.front_matter,
        toc: u.toc,
        warnings: u.warnings,
    }
    .write(&mut o);
    o.close();
    out
}

/// A page's structured fields, each written when present: all of them for a page, those that
/// changed for an update.
struct Rest<'p> {
    head_tags: Option<&'p [HeadTag]>,
    meta: Option<&'p Meta>,
    front_matter: Option<&'p Map>,
    toc: Option<&'p [TocEntry]>,
    warnings: Option<&'p [Warning]>,
}

impl Rest<'_> {
    fn write(&self, o: &mut Object) {
        if let Some(tags) = self.head_tags {
            json::array(o.key("headTags"), tags, head_tag);
        }
        if let Some(m) = self.meta {
            meta(o.key("meta"), m);
        }
        if let Some(data) = self.front_matter {
            json::object(
                o.key("frontMatter"),
                data.iter().map(|(k, v)| (k.as_str(), v)),
                json::value,
            );
        }
        if let Some(toc) = self.toc {
            json::array(o.key("toc"), toc, toc_entry);
        }
        if let Some(warnings) = self.warnings {
            json::array(o.key("warnings"), warnings, warning);
        }
    }
}

/// The result of `parse`.
pub(crate) fn parsed(p: &Parsed) -> String {
    let mut out = String::with_capacity(p.content.len() + 256);
    let mut o = Object::open(&mut out);
    json::object(o.key("data"), p.data.iter().map(|(k, v)| (k.as_str(), v)), json::value);
    json::string(o.key("content"), &p.content);
    let format = match p.format {
        Format::Yaml => "yaml",
        Format::Toml => "toml",
        Format::Json => "json",
        Format::None => "none",
    };
    json::string(o.key("format"), format);
    number(o.key("contentLine"), p.content_line);
    optional(&mut o, "excerpt", p.excerpt.as_deref());
    o.close();
    out
}

fn head_tag(out: &mut String, tag: &HeadTag) {
    let mut o = Object::open(out);
    json::string(o.key("tag"), tag.tag);
    json::object(
        o.key("attrs"),
        tag.attrs.iter().map(|(k, v)| (*k, v.as_str())),
        json::string,
    );
    optional(&mut o, "text", tag.text.as_deref());
    o.close();
}

fn meta(out: &mut String, m: &Meta) {
    let mut o = Object::open(out);
    nullable(&mut o, "title", m.title.as_deref());
    nullable(&mut o, "headline", m.headline.as_deref());
    nullable(&mut o, "description", m.description.as_deref());
    json::array(o.key("keywords"), &m.keywords, |out, k| json::string(out, k));
    nullable(&mut o, "canonical", m.canonical.as_deref());
    json::array(o.key("author"), &m.author, author);
    nullable(&mut o, "datePublished", m.date_published.as_deref());
    nullable(&mut o, "dateModified", m.date_modified.as_deref());
    nullable(&mut o, "dateText", m.date_text.as_deref());
    nullable(&mut o, "postedOnText", m.posted_on_text.as_deref());
    match &m.image {
        Some(i) => image(o.key("image"), i),
        None => o.key("image").push_str("null"),
    }
    nullable(&mut o, "section", m.section.as_deref());
    nullable(&mut o, "question", m.question.as_deref());
    json::string(o.key("type"), m.page_type);
    nullable(&mut o, "locale", m.locale.as_deref());
    nullable(&mut o, "robots", m.robots.as_deref());
    nullable(&mut o, "siteName", m.site_name.as_deref());
    json::array(o.key("alternates"), &m.alternates, alternate);
    number(o.key("wordCount"), m.word_count);
    number(o.key("readingMinutes"), m.reading_minutes);
    o.close();
}

fn author(out: &mut String, a: &Author) {
    let mut o = Object::open(out);
    json::string(o.key("name"), &a.name);
    optional(&mut o, "url", a.url.as_deref());
    optional(&mut o, "twitter", a.twitter.as_deref());
    o.close();
}

fn image(out: &mut String, i: &Image) {
    let mut o = Object::open(out);
    json::string(o.key("src"), &i.src);
    optional(&mut o, "alt", i.alt.as_deref());
    if let Some(width) = i.width {
        number(o.key("width"), width);
    }
    if let Some(height) = i.height {
        number(o.key("height"), height);
    }
    o.close();
}

fn alternate(out: &mut String, a: &Alternate) {
    let mut o = Object::open(out);
    json::string(o.key("lang"), &a.lang);
    json::string(o.key("url"), &a.url);
    o.close();
}

fn toc_entry(out: &mut String, t: &TocEntry) {
    let mut o = Object::open(out);
    number(o.key("level"), t.level);
    json::string(o.key("id"), &t.id);
    json::string(o.key("text"), &t.text);
    o.close();
}

fn warning(out: &mut String, w: &Warning) {
    let mut o = Object::open(out);
    json::string(o.key("code"), w.code.as_str());
    json::string(o.key("message"), &w.message);
    if let Some(line) = w.line {
        number(o.key("line"), line);
    }
    if let Some(column) = w.column {
        number(o.key("column"), column);
    }
    o.close();
}

fn number(out: &mut String, n: impl Display) {
    out.push_str(&n.to_string());
}

/// `key: "text"`, or `key: null`.
// Out of line: LLVM copied it into 13 callers, 1.5 KB of code before wasm-opt (session 15).
#[inline(never)]
fn nullable(o: &mut Object, key: &str, text: Option<&str>) {
    match text {
        Some(text) => json::string(o.key(key), text),
        None => o.key(key).push_str("null"),
    }
}

/// `key: "text"`, or no `key` at all.
fn optional(o: &mut Object, key: &str, text: Option<&str>) {
    if let Some(text) = text {
        json::string(o.key(key), text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Page {
        let source = include_str!("../../tests/fixtures/quicktakes-therapeutic-integration.md");
        let options = crate::Options {
            site: crate::Site {
                base_url: Some("https://example.com".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        crate::render(source, &options).unwrap()
    }

    /// Every field of every type, in the names and shapes `types.d.ts` gives them.
    #[test]
    fn a_page_is_written_in_the_shapes_of_the_typescript_interfaces() {
        let page = seed();
        let rest: serde_json::Value = serde_json::from_str(&page_rest(&page)).unwrap();
        let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&rest), ["headTags", "meta", "frontMatter", "toc", "warnings"]);
        assert_eq!(
            keys(&rest["meta"]),
            [
                "title",
                "headline",
                "description",
                "keywords",
                "canonical",
                "author",
                "datePublished",
                "dateModified",
                "dateText",
                "postedOnText",
                "image",
                "section",
                "question",
                "type",
                "locale",
                "robots",
                "siteName",
                "alternates",
                "wordCount",
                "readingMinutes"
            ]
        );
        let m = &page.meta;
        assert_eq!(rest["meta"]["title"], m.title.as_deref().unwrap());
        assert_eq!(rest["meta"]["wordCount"], m.word_count);
        assert_eq!(rest["meta"]["type"], m.page_type);
        assert_eq!(rest["meta"]["locale"], serde_json::Value::Null);
        assert_eq!(rest["meta"]["author"][0]["name"], m.author[0].name);
        let tags = rest["headTags"].as_array().unwrap();
        assert_eq!(tags.len(), page.head_tags.len());
        for (json, tag) in tags.iter().zip(&page.head_tags) {
            assert_eq!(json["tag"], tag.tag);
            assert_eq!(json["text"].as_str(), tag.text.as_deref());
            for (k, v) in &tag.attrs {
                assert_eq!(json["attrs"][k], *v);
            }
        }
        let front_matter: crate::Value = crate::Value::Object(page.front_matter.clone());
        assert_eq!(rest["frontMatter"].to_string(), front_matter.to_string());
        let headed = crate::render("# One\n", &Default::default()).unwrap();
        let rest: serde_json::Value = serde_json::from_str(&page_rest(&headed)).unwrap();
        assert_eq!(
            rest["toc"][0],
            serde_json::json!({"level": 1, "id": "one", "text": "One"})
        );
    }

    #[test]
    fn an_update_carries_what_changed() {
        let mut r = crate::Renderer::default();
        let first: serde_json::Value =
            serde_json::from_str(&update(&r.update("---\ndescription: D\n---\n# A\n\nB\n").unwrap())).unwrap();
        assert_eq!(first["shell"], "");
        assert_eq!(
            first["html"],
            serde_json::json!(["<h1 id=\"a\">A</h1>", "\n", "<p>B</p>", "\n"])
        );
        assert_eq!(first["nodeCount"], 4);
        assert!(first["meta"].is_object() && first["toc"].is_array());
        let next: serde_json::Value =
            serde_json::from_str(&update(&r.update("---\ndescription: D\n---\n# A\n\nC\n").unwrap())).unwrap();
        let keys: Vec<&String> = next.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["start", "deleteCount", "html", "nodeCount"]);
        assert_eq!(
            (next["start"].as_u64(), next["deleteCount"].as_u64()),
            (Some(2), Some(1))
        );
    }

    #[test]
    fn absent_optional_fields_are_left_out() {
        let w = Warning::new(crate::WarningCode::TitleMissing, "no title");
        let mut out = String::new();
        warning(&mut out, &w);
        assert_eq!(out, r#"{"code":"title-missing","message":"no title"}"#);
        let mut out = String::new();
        image(
            &mut out,
            &Image {
                src: "/a.png".into(),
                alt: None,
                width: Some(3),
                height: None,
            },
        );
        assert_eq!(out, r#"{"src":"/a.png","width":3}"#);
    }

    #[test]
    fn parse_results_name_their_format_and_content_line() {
        let p = crate::parse("+++\na = 1.10\n+++\nBody\n<!-- more -->\n", &Default::default()).unwrap();
        let v: serde_json::Value = serde_json::from_str(&parsed(&p)).unwrap();
        assert_eq!(v["format"], "toml");
        assert_eq!(v["contentLine"], 4);
        assert_eq!(
            parsed(&p).split(r#""data":"#).nth(1).unwrap().split(',').next(),
            Some(r#"{"a":1.10}"#)
        );
    }
}
