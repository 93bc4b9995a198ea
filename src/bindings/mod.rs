//! The JavaScript binding: converts types and nothing else. The only code that knows
//! JavaScript's conventions (camelCase names, `false` for "off") and the only code that sees
//! `wasm_bindgen`, `js_sys` and `web_sys`; every function here is a thin wrapper over the Rust
//! API.
//!
//! - `options.rs`: options as JavaScript writes them, read from their JSON (pure Rust, so its
//!   tests run natively);
//! - `output.rs`: results as JavaScript reads them, written as JSON (pure Rust too);
//! - `js.rs`: the exported functions and the `Renderer` class;
//! - `dom.rs`: the browser helpers, which only move values between the DOM and Rust.

/// Talc instead of Rust's default wasm allocator (dlmalloc): 0.7 KB smaller gzipped and 0–2 %
/// faster on every corpus set (`benches/js/ab.mjs`, session 14). Its `disable-realloc-in-place`
/// feature saves 0.4 KB more but costs 3 % on `qa`.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: Allocator = Allocator(talc::wasm::new_wasm_dynamic_allocator());

/// Talc behind calls that are never inlined: talc marks its `GlobalAlloc` methods `#[inline]`,
/// and copied into Rust's allocation shims at each use they were 1.4 KB of the gzipped module
/// (session 15) for no measured speed (`ab.mjs` 0.99–1.01×).
#[cfg(target_arch = "wasm32")]
struct Allocator(talc::wasm::WasmDynamicTalc);

// SAFETY: every method hands its arguments unchanged to talc's own `GlobalAlloc`, whose
// contract is the same as this one's.
#[cfg(target_arch = "wasm32")]
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline(never)]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which talc's shares.
        unsafe { self.0.alloc(layout) }
    }
    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: `ptr` came from this allocator, which is talc's, with this `layout`.
        unsafe { self.0.dealloc(ptr, layout) }
    }
    #[inline(never)]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe { self.0.alloc_zeroed(layout) }
    }
    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as `dealloc` for `ptr` and `layout`; `new_size` as the caller guarantees.
        unsafe { self.0.realloc(ptr, layout, new_size) }
    }
}

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod js;
// Natively only its tests call it: the module is the wasm build's.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod options;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod output;

/// A value JavaScript handed over as JSON text (`JSON.stringify` of options or head tags):
/// nested at most 64 deep (an options object is 3), at most 100 000 keys.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn from_json(text: &str) -> Result<crate::Value, String> {
    let bounds = crate::json::Bounds {
        max_depth: 64,
        max_keys: 100_000,
    };
    crate::json::read_all(text, bounds, &mut crate::frontmatter::KeyPaths::default()).map_err(|fault| {
        match fault.kind {
            crate::json::FaultKind::Syntax(what) => format!("{what} (at byte {})", fault.offset),
            crate::json::FaultKind::TooDeep => "nested more than 64 deep".to_owned(),
            crate::json::FaultKind::TooManyKeys => "more than 100 000 keys".to_owned(),
        }
    })
}
