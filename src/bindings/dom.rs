//! Browser helpers: put a page's head tags into `document.head`, and render markdown embedded
//! in a page in place. They move values between the DOM and the Rust API and nothing more.

use std::collections::BTreeMap;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::{js_error, options_from, page_to_js};

/// The attribute that marks the tags `applyHead` added, so it replaces exactly those.
const MARK: &str = "data-pagemark";

#[derive(Deserialize)]
struct HeadTagIn {
    tag: String,
    attrs: BTreeMap<String, String>,
    text: Option<String>,
}

fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("pagemark: no document (applyHead and renderAll run in a browser)"))
}

/// Set `document.title` and replace the head tags added by an earlier call, touching nothing
/// else in `<head>`. Only what `render` makes is applied: `meta` (name/property/content),
/// `link` (canonical and alternate) and JSON-LD — a hand-made object cannot smuggle in a script
/// or a stylesheet.
#[wasm_bindgen(js_name = applyHead, skip_typescript)]
pub fn apply_head(page: JsValue) -> Result<(), JsValue> {
    let doc = document()?;
    let head = doc
        .head()
        .ok_or_else(|| JsValue::from_str("pagemark: the document has no <head>"))?;
    let tags = js_sys::Reflect::get(&page, &JsValue::from_str("headTags"))?;
    let tags: Vec<HeadTagIn> =
        super::from_js(&tags).map_err(|e| JsValue::from_str(&format!("pagemark: applyHead needs a page: {e}")))?;
    let previous = head.query_selector_all(&format!("[{MARK}]"))?;
    for i in 0..previous.length() {
        if let Some(node) = previous.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            node.remove();
        }
    }
    for tag in tags {
        let allowed: &[&str] = match tag.tag.as_str() {
            "title" => {
                doc.set_title(tag.text.as_deref().unwrap_or(""));
                continue;
            }
            "meta" => &["name", "property", "content"],
            "link"
                if matches!(
                    tag.attrs.get("rel").map(String::as_str),
                    Some("canonical" | "alternate")
                ) =>
            {
                &["rel", "hreflang", "href"]
            }
            "script" if tag.attrs.get("type").map(String::as_str) == Some("application/ld+json") => &["type"],
            _ => continue,
        };
        let el = doc.create_element(&tag.tag)?;
        for (name, value) in tag.attrs.iter().filter(|(n, _)| allowed.contains(&n.as_str())) {
            el.set_attribute(name, value)?;
        }
        if let Some(text) = &tag.text {
            el.set_text_content(Some(text));
        }
        el.set_attribute(MARK, "")?;
        head.append_child(&el)?;
    }
    Ok(())
}

/// Render every element matching `selector` (default `script[type="text/markdown"]`): a
/// `<script>` is replaced by a `<div class="pagemark">` holding the page; any other element
/// gets the page as its content. Returns `{ element, page }` or `{ element, error }` for each.
#[wasm_bindgen(js_name = renderAll, skip_typescript)]
pub fn render_all(selector: Option<String>, opts: JsValue) -> Result<js_sys::Array, JsValue> {
    let renderer = crate::Renderer::new(options_from(opts)?);
    let doc = document()?;
    let selector = selector.unwrap_or_else(|| "script[type=\"text/markdown\"]".to_owned());
    let nodes = doc.query_selector_all(&selector)?;
    let results = js_sys::Array::new();
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let source = crate::dedent(&el.text_content().unwrap_or_default());
        let result = js_sys::Object::new();
        match renderer.render(&source) {
            Ok(page) => {
                let target = if el.tag_name().eq_ignore_ascii_case("script") {
                    let div = doc.create_element("div")?;
                    div.set_class_name("pagemark");
                    el.replace_with_with_node_1(&div)?;
                    div
                } else {
                    el
                };
                target.set_inner_html(&page.html);
                js_sys::Reflect::set(&result, &"element".into(), &target)?;
                js_sys::Reflect::set(&result, &"page".into(), &page_to_js(&page)?)?;
            }
            Err(e) => {
                js_sys::Reflect::set(&result, &"element".into(), &el)?;
                js_sys::Reflect::set(&result, &"error".into(), &js_error(&e))?;
            }
        }
        results.push(&result);
    }
    Ok(results)
}
