//! YAML front matter. Most of it is plain block-style YAML that `simple.rs` reads in one pass
//! over its lines; the rest, and every error, comes from the full reader (`reader.rs` for the
//! structure, `scalars.rs` for scalar text, `schema.rs` for what a scalar means).

mod reader;
mod scalars;
mod schema;
mod simple;

#[cfg(any(test, feature = "oracle"))]
mod oracle;
#[cfg(test)]
mod tests;

use crate::value::Value;

use super::positions::KeyPaths;
use crate::error::Result;
use crate::options::Limits;

/// Parse one YAML block whose first line is line `first_line` of the original source: its
/// value and where its keys are.
pub(super) fn parse(block: &str, first_line: u32, limits: &Limits) -> Result<(Value, KeyPaths)> {
    match simple::read(block, limits) {
        Some(read) => Ok(read),
        None => reader::read(block, first_line, limits),
    }
}

/// Our reading of `block` (subset reader, then full reader, as shipped) and yaml-rust2's
/// agree (`oracle::agree`), as the unit tests compare them: for the fuzz target.
#[cfg(feature = "oracle")]
pub(super) fn agrees_with_oracle(block: &str) -> std::result::Result<(), String> {
    oracle::agree(block, &parse(block, 1, &Limits::default()).map(|(value, _)| value))
}
