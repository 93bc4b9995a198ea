//! The JavaScript binding: converts types and nothing else.
