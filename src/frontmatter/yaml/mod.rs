//! YAML front matter, read by one reader: `reader.rs` for the structure, `scalars.rs` for scalar
//! text, `schema.rs` for what a scalar means. (A one-pass reader for plain block-style YAML sat
//! in front of it until session 14: once the full reader's line scans were made linear it read
//! the corpus as fast, and it was 5 KB of the gzipped module.)

mod reader;
mod scalars;
mod schema;

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
    reader::read(block, first_line, limits)
}

/// Our reading of `block` and yaml-rust2's agree (`oracle::agree`), as the unit tests compare
/// them: for the fuzz target.
#[cfg(feature = "oracle")]
pub(super) fn agrees_with_oracle(block: &str) -> std::result::Result<(), String> {
    oracle::agree(block, &parse(block, 1, &Limits::default()).map(|(value, _)| value))
}
