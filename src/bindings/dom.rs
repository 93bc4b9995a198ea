//! Browser helpers: put a page's head tags into `document.head`, and render markdown embedded
//! in a page in place. The DOM work is JavaScript's (`page.js`); these exports only turn what
//! it reports into a `PagemarkError`.

use wasm_bindgen::prelude::*;

use super::js::js_error;
use crate::{Code, Error};

#[wasm_bindgen(module = "/src/bindings/page.js")]
extern "C" {
    #[wasm_bindgen(js_name = applyHead, catch)]
    fn apply_head_js(page: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = renderAll, catch)]
    fn render_all_js(selector: Option<String>, renderer: JsValue) -> Result<JsValue, JsValue>;
}

/// A failure `page.js` reported by name, as the error the JS API documents.
fn failure(reported: &JsValue) -> Option<JsValue> {
    let error = match reported.as_string()?.as_str() {
        "no-document" => Error::new(
            Code::NoDocument,
            "no document: applyHead and renderAll run in a browser page",
        ),
        "no-head" => Error::new(Code::NoDocument, "the document has no <head>"),
        _ => Error::new(
            Code::InvalidArgument,
            "applyHead needs a page: an object whose `headTags` is a list of { tag, attrs, text }",
        ),
    };
    Some(js_error(&error))
}

/// Set `document.title` and replace the head tags added by an earlier call, touching nothing
/// else in `<head>`. Only what `render` makes is applied.
#[wasm_bindgen(js_name = applyHead, skip_typescript)]
pub fn apply_head(page: JsValue) -> Result<(), JsValue> {
    match failure(&apply_head_js(&page)?) {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// Render every element matching `selector` (default `script[type="text/markdown"]`): a
/// `<script>` is replaced by a `<div class="pagemark">` holding the page; any other element
/// gets the page as its content. Returns `{ element, page }` or `{ element, error }` for each.
#[wasm_bindgen(js_name = renderAll, skip_typescript)]
pub fn render_all(selector: Option<String>, opts: JsValue) -> Result<JsValue, JsValue> {
    let renderer = super::js::Renderer::new(opts)?;
    let results = render_all_js(selector, renderer.into())?;
    match failure(&results) {
        Some(error) => Err(error),
        None => Ok(results),
    }
}
