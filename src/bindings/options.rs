//! [`Options`] as JavaScript writes them: a plain object with camelCase keys, read by hand from
//! its JSON. The core types know nothing of JavaScript's spelling; this file is the one place
//! that maps `baseUrl` to `base_url` or `false` to `StructuredData::Off`.
//!
//! By hand rather than by `#[derive(Deserialize)]`: serde's derived readers for these eleven
//! types cost 30 KB of the gzipped module (`twiggy`, session 6), this file a tenth of that,
//! and every message names the option by its full path (`sanitize.tags`).

use crate::text::Own;
use std::num::NonZeroU32;

use crate::value::{Map, Value};

use crate::{
    Code, Error, FieldMap, HtmlMode, ImageSize, Layout, Limits, MarkdownOptions, NameMap, Options, SanitizeOptions,
    Site, StructuredData,
};

/// Read options from their JSON text. `null` is the defaults; any other mistake (an unknown key,
/// a wrong type, a zero where zero means nothing) is an `invalid-options` error naming the
/// option, never silently ignored.
pub(crate) fn from_json(json: &str) -> Result<Options, Error> {
    let value = super::from_json(json).map_err(|e| invalid(&e))?;
    if value.is_null() {
        return Ok(Options::default());
    }
    options(value, "").map_err(|e| invalid(&e))
}

fn invalid(reason: &str) -> Error {
    Error::new(Code::InvalidOptions, format!("invalid options: {reason}"))
}

type Read<T> = fn(Value, &str) -> Result<T, String>;

/// One object's fields, taken one by one; a field left over at the end is a misspelt option.
struct Fields<'p> {
    map: Map,
    path: &'p str,
}

impl<'p> Fields<'p> {
    fn of(value: Value, path: &'p str) -> Result<Self, String> {
        match value {
            Value::Object(map) => Ok(Fields { map, path }),
            _ => Err(format!("{} must be an object", name(path))),
        }
    }

    /// Replace `into` by the field `key` read with `read`, when the object has it. Out of line:
    /// inlined into its 60 callers it cost 213 bytes of the gzipped module (session 18).
    #[inline(never)]
    fn read<T>(&mut self, key: &str, into: &mut T, read: Read<T>) -> Result<(), String> {
        if let Some(value) = self.map.remove(key) {
            *into = read(value, &join(self.path, key))?;
        }
        Ok(())
    }

    // Out of line: LLVM copied it into 13 callers, 1.2 KB of code before wasm-opt (session 15).
    #[inline(never)]
    fn finish(self) -> Result<(), String> {
        match self.map.keys().next() {
            Some(key) => Err(format!("unknown field `{}`", join(self.path, key))),
            None => Ok(()),
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.own()
    } else {
        format!("{path}.{key}")
    }
}

fn name(path: &str) -> String {
    if path.is_empty() {
        "the options".own()
    } else {
        format!("`{path}`")
    }
}

fn options(value: Value, path: &str) -> Result<Options, String> {
    let mut o = Options::default();
    let mut f = Fields::of(value, path)?;
    f.read("site", &mut o.site, site)?;
    f.read("url", &mut o.url, optional_string)?;
    f.read("html", &mut o.html, html_mode)?;
    f.read("layout", &mut o.layout, layout)?;
    f.read("contentFields", &mut o.content_fields, strings)?;
    f.read("fields", &mut o.fields, field_map)?;
    f.read("markdown", &mut o.markdown, markdown)?;
    f.read("idPrefix", &mut o.id_prefix, string)?;
    f.read("excerptSeparator", &mut o.excerpt_separator, string)?;
    f.read("nofollowExternal", &mut o.nofollow_external, boolean)?;
    f.read("absoluteUrls", &mut o.absolute_urls, boolean)?;
    f.read("sourcePositions", &mut o.source_positions, boolean)?;
    f.read("sanitize", &mut o.sanitize, sanitize)?;
    f.read("structuredData", &mut o.structured_data, structured_data)?;
    f.read("limits", &mut o.limits, limits)?;
    f.read("wordsPerMinute", &mut o.words_per_minute, positive)?;
    f.read("images", &mut o.images, images)?;
    f.finish()?;
    Ok(o)
}

fn site(value: Value, path: &str) -> Result<Site, String> {
    let mut s = Site::default();
    let mut f = Fields::of(value, path)?;
    f.read("name", &mut s.name, optional_string)?;
    f.read("baseUrl", &mut s.base_url, optional_string)?;
    f.read("titleTemplate", &mut s.title_template, optional_string)?;
    f.read("locale", &mut s.locale, optional_string)?;
    f.read("twitterSite", &mut s.twitter_site, optional_string)?;
    f.read("defaultImage", &mut s.default_image, optional_string)?;
    f.read("logo", &mut s.logo, optional_string)?;
    f.read("defaultAuthor", &mut s.default_author, optional_string)?;
    f.finish()?;
    Ok(s)
}

fn field_map(value: Value, path: &str) -> Result<FieldMap, String> {
    let mut m = FieldMap::default();
    let mut f = Fields::of(value, path)?;
    f.read("title", &mut m.title, strings)?;
    f.read("headline", &mut m.headline, strings)?;
    f.read("description", &mut m.description, strings)?;
    f.read("keywords", &mut m.keywords, strings)?;
    f.read("canonical", &mut m.canonical, strings)?;
    f.read("author", &mut m.author, strings)?;
    f.read("datePublished", &mut m.date_published, strings)?;
    f.read("dateModified", &mut m.date_modified, strings)?;
    f.read("image", &mut m.image, strings)?;
    f.read("section", &mut m.section, strings)?;
    f.read("question", &mut m.question, strings)?;
    f.read("dateFormat", &mut m.date_format, strings)?;
    f.read("postedOnText", &mut m.posted_on_text, strings)?;
    f.finish()?;
    Ok(m)
}

fn markdown(value: Value, path: &str) -> Result<MarkdownOptions, String> {
    let mut m = MarkdownOptions::default();
    let mut f = Fields::of(value, path)?;
    f.read("tables", &mut m.tables, boolean)?;
    f.read("strikethrough", &mut m.strikethrough, boolean)?;
    f.read("tasklists", &mut m.tasklists, boolean)?;
    f.read("footnotes", &mut m.footnotes, boolean)?;
    f.read("autolinks", &mut m.autolinks, boolean)?;
    f.read("alerts", &mut m.alerts, boolean)?;
    f.read("math", &mut m.math, boolean)?;
    f.read("definitionLists", &mut m.definition_lists, boolean)?;
    f.read("headingAnchors", &mut m.heading_anchors, boolean)?;
    f.read("smartPunctuation", &mut m.smart_punctuation, boolean)?;
    f.read("headingIds", &mut m.heading_ids, boolean)?;
    f.read("superscript", &mut m.superscript, boolean)?;
    f.read("subscript", &mut m.subscript, boolean)?;
    f.finish()?;
    Ok(m)
}

fn limits(value: Value, path: &str) -> Result<Limits, String> {
    let mut l = Limits::default();
    let mut f = Fields::of(value, path)?;
    f.read("maxInputBytes", &mut l.max_input_bytes, count)?;
    f.read("maxDepth", &mut l.max_depth, count)?;
    f.read("maxAliasNodes", &mut l.max_alias_nodes, count)?;
    f.read("maxKeys", &mut l.max_keys, count)?;
    f.read("maxNesting", &mut l.max_nesting, count)?;
    f.finish()?;
    Ok(l)
}

fn sanitize(value: Value, path: &str) -> Result<SanitizeOptions, String> {
    let mut s = SanitizeOptions::default();
    let mut f = Fields::of(value, path)?;
    f.read("tags", &mut s.tags, strings)?;
    f.read("addTags", &mut s.add_tags, strings)?;
    f.read("removeTags", &mut s.remove_tags, strings)?;
    f.read("attributes", &mut s.attributes, lists_by_name)?;
    f.read("addAttributes", &mut s.add_attributes, lists_by_name)?;
    f.read("classes", &mut s.classes, strings)?;
    f.read("linkSchemes", &mut s.link_schemes, strings)?;
    f.read("imageSchemes", &mut s.image_schemes, strings)?;
    f.finish()?;
    Ok(s)
}

fn images(value: Value, path: &str) -> Result<NameMap<ImageSize>, String> {
    let Value::Object(map) = value else {
        return Err(format!(
            "{} must be an object of {{ width, height }} by URL",
            name(path)
        ));
    };
    by_name(map, |url, size| {
        let at = join(path, url);
        let (mut width, mut height) = (None, None);
        let mut f = Fields::of(size, &at)?;
        f.read("width", &mut width, |v, p| positive(v, p).map(Some))?;
        f.read("height", &mut height, |v, p| positive(v, p).map(Some))?;
        f.finish()?;
        match (width, height) {
            (Some(width), Some(height)) => Ok(ImageSize { width, height }),
            _ => Err(format!("`{at}` needs both width and height")),
        }
    })
}

fn html_mode(value: Value, path: &str) -> Result<HtmlMode, String> {
    match value.as_str() {
        Some("sanitize") => Ok(HtmlMode::Sanitize),
        Some("escape") => Ok(HtmlMode::Escape),
        Some("strip") => Ok(HtmlMode::Strip),
        Some("trusted") => Ok(HtmlMode::Trusted),
        _ => Err(one_of(path, &value, r#""sanitize", "escape", "strip" or "trusted""#)),
    }
}

fn layout(value: Value, path: &str) -> Result<Layout, String> {
    match value.as_str() {
        Some("auto") => Ok(Layout::Auto),
        Some("article") => Ok(Layout::Article),
        Some("content") => Ok(Layout::Content),
        _ => Err(one_of(path, &value, r#""auto", "article" or "content""#)),
    }
}

/// JavaScript's `false` (and `"off"`) turn JSON-LD off; `true` is the default.
fn structured_data(value: Value, path: &str) -> Result<StructuredData, String> {
    match &value {
        Value::Bool(true) => Ok(StructuredData::Auto),
        Value::Bool(false) => Ok(StructuredData::Off),
        Value::String(s) => match s.as_str() {
            "auto" => Ok(StructuredData::Auto),
            "QAPage" => Ok(StructuredData::QaPage),
            "FAQPage" => Ok(StructuredData::FaqPage),
            "off" => Ok(StructuredData::Off),
            _ => Err(one_of(path, &value, r#"false, "auto", "QAPage", "FAQPage" or "off""#)),
        },
        _ => Err(one_of(path, &value, r#"false, "auto", "QAPage", "FAQPage" or "off""#)),
    }
}

fn one_of(path: &str, value: &Value, expected: &str) -> String {
    format!("`{path}` is {value}, expected {expected}")
}

fn boolean(value: Value, path: &str) -> Result<bool, String> {
    value.as_bool().ok_or_else(|| format!("`{path}` must be true or false"))
}

fn string(value: Value, path: &str) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s),
        _ => Err(format!("`{path}` must be a string")),
    }
}

/// `null` is "not set", as an absent key is.
fn optional_string(value: Value, path: &str) -> Result<Option<String>, String> {
    match value {
        Value::Null => Ok(None),
        other => string(other, path).map(Some),
    }
}

fn strings(value: Value, path: &str) -> Result<Vec<String>, String> {
    match value {
        Value::Array(items) => items.into_iter().map(|v| string(v, path)).collect(),
        _ => Err(format!("`{path}` must be a list of strings")),
    }
    .map_err(|_| format!("`{path}` must be a list of strings"))
}

fn lists_by_name(value: Value, path: &str) -> Result<NameMap<Vec<String>>, String> {
    let Value::Object(map) = value else {
        return Err(format!("`{path}` must be an object of lists of strings"));
    };
    by_name(map, |key, list| strings(list, &join(path, key)))
}

/// Each entry of `map` read by `read`, in the object's order (its keys are unique).
fn by_name<T>(map: Map, read: impl Fn(&str, Value) -> Result<T, String>) -> Result<NameMap<T>, String> {
    let mut out = NameMap::new();
    for (key, value) in map {
        let value = read(&key, value)?;
        out.push_absent(key, value);
    }
    Ok(out)
}

fn count(value: Value, path: &str) -> Result<usize, String> {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| format!("`{path}` must be a whole number, 0 or more"))
}

fn positive(value: Value, path: &str) -> Result<NonZeroU32, String> {
    value
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .and_then(NonZeroU32::new)
        .ok_or_else(|| format!("`{path}` must be a whole number from 1 to {}", u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Options, String> {
        from_json(json).map_err(|e| {
            assert_eq!(e.code, Code::InvalidOptions);
            e.message
        })
    }

    /// Every value the TypeScript type of `structuredData` allows is read, and each string
    /// the reader accepts is in that type.
    #[test]
    fn structured_data_matches_its_typescript_type() {
        let types = include_str!("types.d.ts");
        let line = types
            .lines()
            .find(|l| l.trim().starts_with("structuredData?:"))
            .unwrap();
        let words: Vec<&str> = line
            .split(':')
            .nth(1)
            .unwrap()
            .trim()
            .trim_end_matches(';')
            .split(" | ")
            .collect();
        let mut strings = 0;
        for word in &words {
            let json = match *word {
                "boolean" => "true".to_owned(),
                quoted => quoted.to_owned(),
            };
            assert!(read(&format!(r#"{{"structuredData": {json}}}"#)).is_ok(), "{word}");
            strings += usize::from(word.starts_with('"'));
        }
        assert!(read(r#"{"structuredData": false}"#).is_ok());
        for accepted in ["auto", "off", "QAPage", "FAQPage"] {
            assert!(
                words.contains(&format!("\"{accepted}\"").as_str()),
                "{accepted} is missing from types.d.ts"
            );
        }
        assert_eq!(strings, 4);
    }

    #[test]
    fn every_option_by_its_javascript_name() {
        let o = read(
            r#"{"site": {"name": "S", "baseUrl": "https://e.com", "titleTemplate": "%s", "locale": "fr_FR",
                "twitterSite": "@s", "defaultImage": "/i.png", "logo": "/l.png", "defaultAuthor": "A"},
              "html": "strip", "layout": "article", "contentFields": ["text"],
              "fields": {"title": ["t"], "headline": ["h"], "description": ["d"], "keywords": ["k"],
                "canonical": ["c"], "author": ["a"], "datePublished": ["p"], "dateModified": ["m"],
                "image": ["i"], "section": ["s"], "question": ["q"], "dateFormat": ["f"], "postedOnText": ["o"]},
              "markdown": {"tables": false, "strikethrough": false, "tasklists": false, "footnotes": false,
                "autolinks": false, "alerts": false, "math": true, "definitionLists": true, "headingAnchors": true,
                "smartPunctuation": true, "headingIds": true, "superscript": true, "subscript": true},
              "idPrefix": "u-", "excerptSeparator": "<!--x-->", "nofollowExternal": true, "absoluteUrls": true,
              "sanitize": {"tags": ["b"], "addTags": ["mark"], "removeTags": ["i"], "attributes": {"a": ["href"]},
                "addAttributes": {"b": ["title"]}, "classes": ["c-*"], "linkSchemes": ["https"], "imageSchemes": []},
              "structuredData": "FAQPage",
              "limits": {"maxInputBytes": 1, "maxDepth": 2, "maxAliasNodes": 3, "maxKeys": 4, "maxNesting": 5},
              "wordsPerMinute": 100, "images": {"/a.png": {"width": 3, "height": 4}}}"#,
        )
        .unwrap();
        assert_eq!(o.site.base_url.as_deref(), Some("https://e.com"));
        assert_eq!(o.site.default_author.as_deref(), Some("A"));
        assert_eq!((o.html, o.layout), (HtmlMode::Strip, Layout::Article));
        assert_eq!(o.fields.posted_on_text, ["o"]);
        assert_eq!(o.fields.date_published, ["p"]);
        assert!(o.markdown.subscript && o.markdown.definition_lists && !o.markdown.tables);
        assert_eq!(
            (o.id_prefix.as_str(), o.nofollow_external, o.absolute_urls),
            ("u-", true, true)
        );
        assert_eq!(o.sanitize.add_attributes.get("b"), Some(&vec!["title".to_owned()]));
        assert!(o.sanitize.image_schemes.is_empty());
        assert_eq!(o.structured_data, StructuredData::FaqPage);
        assert_eq!((o.limits.max_input_bytes, o.limits.max_nesting), (1, 5));
        assert_eq!(o.words_per_minute.get(), 100);
        assert_eq!(o.images.get("/a.png"), ImageSize::new(3, 4).as_ref());
    }

    #[test]
    fn absent_and_null_are_the_defaults() {
        let o = read(r#"{"site": {"name": null}}"#).unwrap();
        assert_eq!(o.site.name, None);
        assert_eq!(o.content_fields, Options::default().content_fields);
        assert_eq!(read("null").unwrap().excerpt_separator, "<!--more-->");
    }

    #[test]
    fn structured_data_spellings() {
        for (json, want) in [
            ("false", StructuredData::Off),
            ("true", StructuredData::Auto),
            (r#""off""#, StructuredData::Off),
            (r#""QAPage""#, StructuredData::QaPage),
        ] {
            let o = read(&format!(r#"{{"structuredData": {json}}}"#)).unwrap();
            assert_eq!(o.structured_data, want, "{json}");
        }
    }

    #[test]
    fn mistakes_name_the_option() {
        for (json, message) in [
            (r#"{"nope": 1}"#, "unknown field `nope`"),
            (r#"{"site": {"baseURL": "x"}}"#, "unknown field `site.baseURL`"),
            (r#"{"html": "bogus"}"#, r#"`html` is "bogus", expected"#),
            (
                r#"{"sanitize": {"tags": "b"}}"#,
                "`sanitize.tags` must be a list of strings",
            ),
            (
                r#"{"sanitize": {"tags": ["b", 1]}}"#,
                "`sanitize.tags` must be a list of strings",
            ),
            (
                r#"{"markdown": {"tables": 1}}"#,
                "`markdown.tables` must be true or false",
            ),
            (
                r#"{"limits": {"maxDepth": -1}}"#,
                "`limits.maxDepth` must be a whole number",
            ),
            (
                r#"{"limits": {"maxDepth": 1.5}}"#,
                "`limits.maxDepth` must be a whole number",
            ),
            (
                r#"{"wordsPerMinute": 0}"#,
                "`wordsPerMinute` must be a whole number from 1",
            ),
            (
                r#"{"images": {"/a": {"width": 1}}}"#,
                "`images./a` needs both width and height",
            ),
            (
                r#"{"images": {"/a": {"width": 1, "height": 0}}}"#,
                "`images./a.height` must be",
            ),
            (
                r#"{"images": {"/a": {"width": 1, "height": 2, "alt": "x"}}}"#,
                "unknown field `images./a.alt`",
            ),
            (r#"{"structuredData": "Article"}"#, "`structuredData` is \"Article\""),
            ("[]", "the options must be an object"),
            ("{", "invalid options: the text ends where a key was expected"),
        ] {
            let got = read(json).unwrap_err();
            assert!(got.contains(message), "{json}: {got}");
        }
    }
}
