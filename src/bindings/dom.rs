//! Browser helpers: put a page's head tags into `document.head`, and render markdown embedded
//! in a page in place. They move values between the DOM and the Rust API and nothing more.

use crate::text::Own;
use crate::value::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::js::{js_error, json_text, options_from, page_to_js, set_html, set_script_text};
use crate::{Code, Error};

/// The attribute that marks the tags `applyHead` added, so it replaces exactly those.
const MARK: &str = "data-pagemark";

fn document() -> Result<Document, JsValue> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| {
        js_error(&Error::new(
            Code::NoDocument,
            "no document: applyHead and renderAll run in a browser page",
        ))
    })
}

fn not_a_page() -> JsValue {
    js_error(&Error::new(
        Code::InvalidArgument,
        "applyHead needs a page: an object whose `headTags` is a list of { tag, attrs, text }",
    ))
}

/// One head tag as JavaScript holds it: `{ tag, attrs: { name: value }, text? }`.
fn head_tag(value: &Value) -> Option<(&str, &Map, Option<&str>)> {
    let tag = value.get("tag")?.as_str()?;
    let attrs = value.get("attrs")?.as_object()?;
    let text = match value.get("text") {
        None | Some(Value::Null) => None,
        Some(text) => Some(text.as_str()?),
    };
    Some((tag, attrs, text))
}

/// Set `document.title` and replace the head tags added by an earlier call, touching nothing
/// else in `<head>`. Only what `render` makes is applied (`head::applicable_attributes`).
#[wasm_bindgen(js_name = applyHead, skip_typescript)]
pub fn apply_head(page: JsValue) -> Result<(), JsValue> {
    let doc = document()?;
    let head = doc
        .head()
        .ok_or_else(|| js_error(&Error::new(Code::NoDocument, "the document has no <head>")))?;
    let tags = js_sys::Reflect::get(&page, &JsValue::from_str("headTags")).map_err(|_| not_a_page())?;
    let tags = super::from_json(&json_text(&tags)?).map_err(|_| not_a_page())?;
    let tags = tags.as_array().ok_or_else(not_a_page)?;
    let previous = head.query_selector_all(&format!("[{MARK}]"))?;
    for i in 0..previous.length() {
        if let Some(node) = previous.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            node.remove();
        }
    }
    for tag in tags {
        let (name, attrs, text) = head_tag(tag).ok_or_else(not_a_page)?;
        let attr = |key: &str| attrs.get(key).and_then(Value::as_str);
        let Some(allowed) = crate::head::applicable_attributes(name, attr("rel"), attr("type")) else {
            continue;
        };
        if name == "title" {
            doc.set_title(text.unwrap_or(""));
            continue;
        }
        let el = doc.create_element(name)?;
        for key in allowed {
            if let Some(value) = attr(key) {
                el.set_attribute(key, value)?;
            }
        }
        match text {
            // JSON-LD: under Trusted Types a script's text must be a TrustedScript.
            Some(json) if name == "script" => set_script_text(&el, json),
            Some(text) => el.set_text_content(Some(text)),
            None => {}
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
    let renderer = crate::Renderer::new(options_from(opts)?).map_err(|e| js_error(&e))?;
    let doc = document()?;
    let selector = selector.unwrap_or_else(|| "script[type=\"text/markdown\"]".own());
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
                let target = if crate::text::eq_ascii_case(el.tag_name().as_bytes(), b"script") {
                    let div = doc.create_element("div")?;
                    div.set_class_name("pagemark");
                    el.replace_with_with_node_1(&div)?;
                    div
                } else {
                    el
                };
                set_html(&target, &page.html);
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
