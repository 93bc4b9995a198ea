//! The exported functions and the `Renderer` class: each a thin wrapper over the Rust API.

use wasm_bindgen::prelude::*;

use crate::{Code, Error, Options};

/// A panic is a bug (the library returns errors for every bad input): say so clearly, with the
/// place, before the module aborts.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "pagemark: internal error, please report it with the input that caused it: {info}"
        )));
    }));
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

/// Results cross as one JSON string (`output.rs`) that the engine's `JSON.parse` turns into
/// plain objects: one boundary crossing instead of one per property (serde-wasm-bindgen's way),
/// several times faster for a page's few hundred values, and no `Map`s.
fn to_js(json: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(json)
}

/// Options arrive the same way, through `JSON.stringify`, and are read by `options.rs`.
pub(crate) fn options_from(value: JsValue) -> Result<Options, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    super::options::from_json(&json_text(&value)?).map_err(|e| js_error(&e))
}

/// A JS value's JSON text: `JSON.stringify` fails on cycles and BigInts.
pub(crate) fn json_text(value: &JsValue) -> Result<String, JsValue> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|json| json.as_string())
        .ok_or_else(|| {
            js_error(&Error::new(
                Code::InvalidArgument,
                "the value cannot be written as JSON (a cycle, a BigInt or undefined)",
            ))
        })
}

/// A JS `Error` named `PagemarkError` carrying `code`, `line` and `column`.
pub(crate) fn js_error(error: &Error) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    js.set_name("PagemarkError");
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&js, &JsValue::from_str(key), &value);
    };
    set("code", JsValue::from_str(error.code.as_str()));
    set("reason", JsValue::from_str(&error.message));
    if let Some(line) = error.line {
        set("line", JsValue::from(line));
    }
    if let Some(column) = error.column {
        set("column", JsValue::from(column));
    }
    js.into()
}

/// A page crosses as its two big strings passed as they are (inside JSON, every quote of the
/// HTML would be escaped in Rust and unescaped again by `JSON.parse`), plus one JSON string for
/// the structured rest, which `page.js` parses only when a property of it is first read.
pub(crate) fn page_to_js(page: &crate::Page) -> Result<JsValue, JsValue> {
    Ok(lazy_page(&page.html, &page.head, &super::output::page_rest(page)))
}

#[wasm_bindgen(module = "/src/bindings/page.js")]
extern "C" {
    #[wasm_bindgen(js_name = page)]
    fn lazy_page(html: &str, head: &str, rest: &str) -> JsValue;
    #[wasm_bindgen(js_name = trustedPageHtml)]
    fn trusted_page_html(page: &JsValue) -> JsValue;
}

/// A page's HTML as a `TrustedHTML` (where the browser has Trusted Types; else the string) for
/// the caller's own `innerHTML`, under a page that enforces them. Only a page `render` returned,
/// with its `html` unchanged, is accepted: the policy vouches for pagemark's output only.
#[wasm_bindgen(js_name = toTrustedHTML, skip_typescript)]
pub fn to_trusted_html(page: JsValue) -> Result<JsValue, JsValue> {
    let html = trusted_page_html(&page);
    if html.is_null() {
        return Err(js_error(&crate::Error::new(
            crate::Code::InvalidArgument,
            "toTrustedHTML takes a page that render() returned, with its html unchanged",
        )));
    }
    Ok(html)
}

fn page_result(r: crate::Result<crate::Page>) -> Result<JsValue, JsValue> {
    page_to_js(&r.map_err(|e| js_error(&e))?)
}

fn parsed_result(r: crate::Result<crate::Parsed>) -> Result<JsValue, JsValue> {
    to_js(&super::output::parsed(&r.map_err(|e| js_error(&e))?))
}

/// Render a source file: see `render` in the Rust API.
#[wasm_bindgen(skip_typescript)]
pub fn render(source: &str, opts: JsValue) -> Result<JsValue, JsValue> {
    page_result(crate::render(source, &options_from(opts)?))
}

/// Split and parse the front matter.
#[wasm_bindgen(skip_typescript)]
pub fn parse(source: &str, opts: JsValue) -> Result<JsValue, JsValue> {
    parsed_result(crate::parse(source, &options_from(opts)?))
}

/// Render markdown alone to safe HTML.
#[wasm_bindgen(js_name = renderMarkdown, skip_typescript)]
pub fn render_markdown(markdown: &str, opts: JsValue) -> Result<String, JsValue> {
    crate::render_markdown(markdown, &options_from(opts)?).map_err(|e| js_error(&e))
}

/// Sanitize HTML by the allowlist in `options.sanitize`.
#[wasm_bindgen(js_name = sanitizeHtml, skip_typescript)]
pub fn sanitize_html(html: &str, opts: JsValue) -> Result<String, JsValue> {
    crate::sanitize_html(html, &options_from(opts)?).map_err(|e| js_error(&e))
}

/// Options read once, reused for every render.
#[wasm_bindgen(js_name = Renderer, skip_typescript)]
pub struct Renderer(crate::Renderer);

#[wasm_bindgen(js_class = Renderer)]
impl Renderer {
    /// A renderer for these options.
    #[wasm_bindgen(constructor)]
    pub fn new(opts: JsValue) -> Result<Renderer, JsValue> {
        Ok(Renderer(
            crate::Renderer::new(options_from(opts)?).map_err(|e| js_error(&e))?,
        ))
    }

    /// Render with this renderer's options.
    pub fn render(&self, source: &str) -> Result<JsValue, JsValue> {
        page_result(self.0.render(source))
    }

    /// Render and return what changed since the last update (`PageUpdate`).
    pub fn update(&mut self, source: &str) -> Result<JsValue, JsValue> {
        let update = self.0.update(source).map_err(|e| js_error(&e))?;
        to_js(&super::output::update(&update))
    }

    /// Parse with this renderer's options.
    pub fn parse(&self, source: &str) -> Result<JsValue, JsValue> {
        parsed_result(self.0.parse(source))
    }

    /// Render markdown alone with this renderer's options.
    #[wasm_bindgen(js_name = renderMarkdown)]
    pub fn render_markdown(&self, markdown: &str) -> Result<String, JsValue> {
        self.0.render_markdown(markdown).map_err(|e| js_error(&e))
    }

    /// Sanitize HTML with this renderer's allowlist.
    #[wasm_bindgen(js_name = sanitizeHtml)]
    pub fn sanitize_html(&self, html: &str) -> Result<String, JsValue> {
        self.0.sanitize_html(html).map_err(|e| js_error(&e))
    }
}
