//! The attributes that make images load well: one rule for the markdown writer and the
//! sanitizer, so `![a](x.png)` and `<img src="x.png" alt="a">` come out alike.
//!
//! - `width` and `height` from [`Options::images`], so the page keeps its layout while images
//!   load (cumulative layout shift);
//! - the first image of the content (often the largest paint of the page) loads at once with
//!   `fetchpriority="high"`; every other image is `loading="lazy"`;
//! - `decoding="async"` on all, so decoding never blocks the main thread.

use crate::options::{ImageSize, Options};
use crate::strmap::StrMap;
use crate::url::{clean_url_where, join};

/// [`Options::images`] keyed the way URLs reach the writer and the sanitizer: cleaned as
/// every URL is (`a b.png` is `a%20b.png`), and also resolved against `site.base_url`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sizes {
    by_url: StrMap<ImageSize>,
    base_url: Option<String>,
}

impl Sizes {
    pub fn new(options: &Options) -> Self {
        if options.images.is_empty() {
            return Sizes::default();
        }
        let base_url = options.site.base_url.clone();
        let mut by_url = StrMap::default();
        for (url, &size) in &options.images {
            if let Some(clean) = clean_url_where(url, |_| true) {
                by_url.insert(&clean, size);
            }
            if let Some(absolute) = base_url.as_deref().and_then(|b| join(b, url)) {
                by_url.insert(&absolute, size);
            }
        }
        Sizes { by_url, base_url }
    }

    /// The size of the image at `src` (as written, or resolved), if the map has it.
    pub fn get(&self, src: &str) -> Option<ImageSize> {
        if self.by_url.is_empty() {
            return None;
        }
        self.by_url.get(src).copied().or_else(|| {
            let absolute = join(self.base_url.as_deref()?, src)?;
            self.by_url.get(&absolute).copied()
        })
    }
}

/// Write the attributes the rule adds to an `<img>` that already has those `has` says it has
/// (an author's own `loading` or `width` is kept). `first`: this is the content's first image.
pub(crate) fn write_attributes(out: &mut String, size: Option<ImageSize>, first: bool, has: impl Fn(&str) -> bool) {
    let mut attr = |name: &str, value: &str| {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        out.push_str(value);
        out.push('"');
    };
    if let Some(size) = size.filter(|_| !has("width") && !has("height")) {
        attr("width", &size.width.to_string());
        attr("height", &size.height.to_string());
    }
    // An image that says how urgently it loads is not made lazy.
    let loading_given = has("loading") || has("fetchpriority");
    if !first && !loading_given {
        attr("loading", "lazy");
    }
    if !has("decoding") {
        attr("decoding", "async");
    }
    if first && !loading_given && !has("fetchpriority") {
        attr("fetchpriority", "high");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_written_and_resolved_urls() {
        let mut options = Options::default();
        options.site.base_url = Some("https://example.com/blog/".into());
        options.images.insert("/a b.png", ImageSize::new(4, 3).unwrap());
        options
            .images
            .insert("https://cdn.example/c.png", ImageSize::new(2, 1).unwrap());
        let sizes = Sizes::new(&options);
        let width = |src: &str| sizes.get(src).map(|s| s.width.get());
        assert_eq!(width("/a%20b.png"), Some(4));
        assert_eq!(width("https://example.com/a%20b.png"), Some(4));
        assert_eq!(width("../a%20b.png"), None);
        assert_eq!(width("https://cdn.example/c.png"), Some(2));
        assert_eq!(width("/c.png"), None);
    }

    #[test]
    fn first_image_is_eager_and_authors_attributes_win() {
        let write = |size, first, given: &'static [&'static str]| {
            let mut out = String::new();
            write_attributes(&mut out, size, first, |a| given.contains(&a));
            out
        };
        let size = ImageSize::new(8, 6);
        assert_eq!(
            write(size, true, &[]),
            r#" width="8" height="6" decoding="async" fetchpriority="high""#
        );
        assert_eq!(write(None, false, &[]), r#" loading="lazy" decoding="async""#);
        assert_eq!(write(size, true, &["height", "loading"]), r#" decoding="async""#);
        assert_eq!(write(None, false, &["fetchpriority"]), r#" decoding="async""#);
    }
}
