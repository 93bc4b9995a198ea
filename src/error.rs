//! The one error type of the crate: what went wrong, a stable code, and where.

use std::fmt;

/// Declares a code enum from one list: each variant with its doc and its one spelling, `ALL`,
/// and `as_str` (the TypeScript unions are tested against `ALL`).
macro_rules! codes {
    (
        $(#[doc = $enum_doc:literal])* $name:ident, $example:literal,
        $($(#[doc = $doc:literal])* $variant:ident = $text:literal,)*
    ) => {
        $(#[doc = $enum_doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[doc = $doc])* $variant,)*
        }

        impl $name {
            /// Every code, in declaration order.
            pub const ALL: &[$name] = &[$($name::$variant,)*];

            #[doc = concat!("The code as a kebab-case string, e.g. `\"", $example, "\"`.")]
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }
        }
    };
}

codes! {
    /// A stable, machine-readable error code. The string form (`Code::as_str`) is what JS sees
    /// as `error.code` and never changes meaning between versions.
    Code, "invalid-yaml",
    /// The front matter opener has no closing delimiter.
    UnclosedFrontMatter = "unclosed-front-matter",
    /// The YAML front matter is malformed.
    InvalidYaml = "invalid-yaml",
    /// The TOML front matter is malformed.
    InvalidToml = "invalid-toml",
    /// The JSON front matter is malformed.
    InvalidJson = "invalid-json",
    /// A mapping repeats a key.
    DuplicateKey = "duplicate-key",
    /// The YAML front matter holds more than one document.
    MultipleDocuments = "multiple-documents",
    /// The front matter is not a mapping (a list or a scalar at the top).
    NotAMapping = "not-a-mapping",
    /// The opener names a language pagemark does not read (`---js`): never evaluated, never
    /// mistaken for content.
    UnsupportedLanguage = "unsupported-language",
    /// An alias names an anchor that was never defined.
    UnknownAnchor = "unknown-anchor",
    /// The source is larger than `Limits::max_input_bytes`.
    InputTooLarge = "input-too-large",
    /// Front matter nests deeper than `Limits::max_depth`.
    TooDeep = "too-deep",
    /// Aliases expand to more nodes than `Limits::max_alias_nodes`.
    AliasExpansion = "alias-expansion",
    /// Front matter has more keys than `Limits::max_keys`.
    TooManyKeys = "too-many-keys",
    /// The options cannot be read: an unknown option, a value of the wrong type.
    InvalidOptions = "invalid-options",
    /// A function was handed a value of the wrong shape (`applyHead` given no head tags).
    InvalidArgument = "invalid-argument",
    /// A browser helper ran where there is no `document` (Node, a worker).
    NoDocument = "no-document",
}

codes! {
    /// A stable, machine-readable warning code: what JS sees as `warning.code`. Warnings never
    /// stop a render; each names something the author can fix.
    WarningCode, "title-missing",
    /// The content field was one line with literal `\n` escapes, read as line breaks.
    EscapedNewlines = "escaped-newlines",
    /// The body was blank; the content came from a front-matter field.
    ContentFromField = "content-from-field",
    /// No title in the front matter nor a `# h1`.
    TitleMissing = "title-missing",
    /// The title is over 60 characters.
    TitleTooLong = "title-too-long",
    /// No description and no first paragraph.
    DescriptionMissing = "description-missing",
    /// The description is under 50 characters.
    DescriptionTooShort = "description-too-short",
    /// The description is over 160 characters.
    DescriptionTooLong = "description-too-long",
    /// The page has a URL but the site no base URL.
    NoBaseUrl = "no-base-url",
    /// The published date is not a date.
    UnparseableDate = "unparseable-date",
    /// More than one `h1`.
    MultipleH1 = "multiple-h1",
    /// A heading skips a level.
    HeadingLevelSkipped = "heading-level-skipped",
    /// An image of the content has no alt text.
    ImageMissingAlt = "image-missing-alt",
    /// Markdown nests deeper than `Limits::max_nesting`.
    TooDeepMarkdown = "too-deep-markdown",
    /// The page image has no alt text.
    OgImageMissingAlt = "og-image-missing-alt",
    /// The page image is relative and there is no base URL.
    RelativeImageUrl = "relative-image-url",
    /// A keyword is repeated.
    DuplicateKeywords = "duplicate-keywords",
    /// A `#fragment` link matches no id on the page.
    BrokenFragmentLink = "broken-fragment-link",
    /// A link has no text.
    EmptyLinkText = "empty-link-text",
    /// A link or image lost its URL to the scheme policy.
    UnsafeUrlDropped = "unsafe-url-dropped",
}

impl PartialEq<&str> for WarningCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for WarningCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error with its position in the original source (1-based line and column, counted in
/// characters), so an editor can point at it.
///
/// ```
/// let err = pagemark::parse("---\ntitle: a\ntitle: b\n---\n", &Default::default()).unwrap_err();
/// assert_eq!(err.code.as_str(), "duplicate-key");
/// assert_eq!((err.line, err.column), (Some(3), Some(1)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What kind of error.
    pub code: Code,
    /// A sentence a person understands.
    pub message: String,
    /// 1-based line in the original source, when the error has a place.
    pub line: Option<u32>,
    /// 1-based column (in characters) in the original source.
    pub column: Option<u32>,
}

impl Error {
    /// An error without a position (limits, options).
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
            line: None,
            column: None,
        }
    }

    /// An error at a 1-based line and column.
    pub fn at(code: Code, message: impl Into<String>, line: usize, column: usize) -> Self {
        Error {
            code,
            message: message.into(),
            line: Some(crate::text::to_u32(line)),
            column: Some(crate::text::to_u32(column)),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{} (line {l}, column {c})", self.message),
            (Some(l), None) => write!(f, "{} (line {l})", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of the TypeScript union `name` in the package's types.
    fn typescript_union(name: &str) -> Vec<&'static str> {
        let types = include_str!("bindings/types.d.ts");
        let union = types
            .split(&format!("export type {name} ="))
            .nth(1)
            .and_then(|rest| rest.split(';').next())
            .unwrap();
        union
            .split('|')
            .map(|s| s.trim().trim_matches('"'))
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The TypeScript unions `WarningCode` and `ErrorCode` are these enums, spelling by spelling.
    #[test]
    fn typescript_codes_match() {
        let warnings: Vec<&str> = WarningCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(typescript_union("WarningCode"), warnings);
        let errors: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(typescript_union("ErrorCode"), errors);
    }
}
