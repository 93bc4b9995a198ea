//! The URL policy for markdown's links and images: schemes allowed by the options (none
//! checked in `trusted` mode), relative URLs made absolute when asked, `#fragments` given the
//! id prefix. A link or image whose URL is dropped loses its tags and keeps its text.

use crate::markdown::event::{CowStr, Event, LinkType, Tag, TagEnd};

use crate::options::{HtmlMode, Options};
use crate::url::{clean_url, scheme_list};

/// A link or image whose URL the scheme policy dropped (its text is kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DroppedUrl {
    /// Where the link or image starts in the markdown.
    pub offset: usize,
    /// The scheme that is not allowed, lower-cased.
    pub scheme: Option<String>,
    pub image: bool,
}

pub(super) struct UrlPolicy<'o> {
    trusted: bool,
    /// Base for relative URLs, when `absolute_urls` is on.
    base_url: Option<&'o str>,
    /// The options' schemes as `clean_url` compares them.
    link_schemes: Vec<String>,
    image_schemes: Vec<String>,
    id_prefix: &'o str,
    /// For each open link or image: whether its tag was dropped (so is its end).
    open: Vec<bool>,
    pub dropped: Vec<DroppedUrl>,
}

impl<'o> UrlPolicy<'o> {
    pub fn new(options: &'o Options) -> Self {
        UrlPolicy {
            trusted: options.html == HtmlMode::Trusted,
            base_url: options.site.base_url.as_deref().filter(|_| options.absolute_urls),
            link_schemes: scheme_list(&options.sanitize.link_schemes),
            image_schemes: scheme_list(&options.sanitize.image_schemes),
            id_prefix: &options.id_prefix,
            open: Vec::new(),
            dropped: Vec::new(),
        }
    }

    /// `event` (starting at `offset`) under the policy; `None` drops it. Other events pass
    /// unchanged.
    pub fn apply<'a>(&mut self, event: Event<'a>, offset: usize) -> Option<Event<'a>> {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let written = match link_type {
                    LinkType::Email => CowStr::from(format!("mailto:{dest_url}")),
                    _ => dest_url,
                };
                let dest = self
                    .url(&written, &self.link_schemes)
                    .map(|url| self.prefix_fragment(url));
                let dest_url = self.opened(dest, &written, offset, false)?;
                Some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = self.url(&dest_url, &self.image_schemes).map(CowStr::from);
                let dest_url = self.opened(dest, &dest_url, offset, true)?;
                Some(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Link | TagEnd::Image) => match self.open.pop() {
                Some(true) => None,
                _ => Some(event),
            },
            other => Some(other),
        }
    }

    /// A link or image opened with `dest` (its URL, or `None` when dropped): remembered, so
    /// its end follows it, and a dropped one noted.
    fn opened<'a>(
        &mut self,
        dest: Option<CowStr<'a>>,
        written: &str,
        offset: usize,
        image: bool,
    ) -> Option<CowStr<'a>> {
        self.open.push(dest.is_none());
        if dest.is_none() {
            self.dropped.push(DroppedUrl {
                offset,
                scheme: crate::url::scheme_of(written),
                image,
            });
        }
        dest
    }

    /// The URL as it may appear, or `None` when the scheme policy drops it.
    fn url(&self, url: &str, schemes: &[String]) -> Option<String> {
        let cleaned = if self.trusted {
            crate::url::clean_url_where(url, |_| true)
        } else {
            clean_url(url, schemes)
        }?;
        match self.base_url {
            Some(base) if !cleaned.starts_with('#') => {
                Some(crate::url::join(base, &cleaned).unwrap_or_else(|| cleaned.into_owned()))
            }
            _ => Some(cleaned.into_owned()),
        }
    }

    fn prefix_fragment<'a>(&self, url: String) -> CowStr<'a> {
        match url.strip_prefix('#') {
            Some(frag) if !self.id_prefix.is_empty() && !frag.is_empty() => format!("#{}{frag}", self.id_prefix).into(),
            _ => url.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The link and image destinations kept, and what was dropped.
    fn applied(markdown: &str, options: &Options) -> (Vec<String>, Vec<DroppedUrl>) {
        let mut policy = UrlPolicy::new(options);
        let mut kept = Vec::new();
        for (event, range) in crate::markdown::parse::Parser::new(markdown, Default::default()) {
            if let Some(Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })) =
                policy.apply(event, range.start)
            {
                kept.push(dest_url.to_string());
            }
        }
        (kept, policy.dropped)
    }

    #[test]
    fn schemes_base_and_prefix_apply_and_drops_are_noted() {
        let mut options = Options::default();
        options.id_prefix = "p-".into();
        options.site.base_url = Some("https://example.com/docs/".into());
        options.absolute_urls = true;
        let src = "[a](#top) [b](guide) [c](javascript:x) ![d](data:x) [e](mailto:x@y) <x@y.z>";
        let (kept, dropped) = applied(src, &options);
        assert_eq!(
            kept,
            ["#p-top", "https://example.com/docs/guide", "mailto:x@y", "mailto:x@y.z"]
        );
        let dropped: Vec<_> = dropped
            .iter()
            .map(|d| (d.offset, d.scheme.as_deref(), d.image))
            .collect();
        assert_eq!(dropped, [(21, Some("javascript"), false), (39, Some("data"), true)]);
        options.html = HtmlMode::Trusted;
        let (kept, dropped) = applied("![d](data:x)", &options);
        assert_eq!((kept, dropped), (vec!["data:x".to_owned()], vec![]));
    }
}
