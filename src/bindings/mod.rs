//! The JavaScript binding: converts types and nothing else. The only code that knows
//! JavaScript's conventions (camelCase names, `false` for "off") and the only code that sees
//! `wasm_bindgen`, `js_sys` and `web_sys`; every function here is a thin wrapper over the Rust
//! API.
//!
//! - `options.rs`: options as JavaScript writes them, read from their JSON (pure Rust, so its
//!   tests run natively);
//! - `js.rs`: the exported functions and the `Renderer` class;
//! - `dom.rs`: the browser helpers, which only move values between the DOM and Rust.

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod js;
// Natively only its tests call it: the module is the wasm build's.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod options;
