//! The article layout: wraps rendered content in a complete, semantic `<article>` — headline,
//! byline with the formatted date and the author, the question, then the content.

use crate::document::Meta;
use crate::text::{escape_html, Put};

/// Wrap `content` (already safe HTML) in the article built from `meta`; the header's `<h1>` is
/// the headline when `h1` (false when the content has an h1 of its own).
pub(crate) fn wrap(meta: &Meta, content: &str, h1: bool) -> String {
    let mut out = String::with_capacity(content.len() + 512);
    out.put(OPEN);
    out.put("<header>\n");
    if let Some(headline) = meta.headline.as_ref().filter(|_| h1) {
        out.put("<h1>");
        escape_html(&mut out, headline);
        out.put("</h1>\n");
    }
    byline(&mut out, meta);
    out.put("</header>\n");
    if let Some(question) = &meta.question {
        out.put("<section class=\"pagemark-question\">\n<p>");
        escape_html(&mut out, question);
        out.put("</p>\n</section>\n");
    }
    out.put(CONTENT);
    out.put("\n");
    out.put(content);
    if !content.is_empty() && !content.ends_with('\n') {
        out.put("\n");
    }
    out.put(CLOSE);
    out
}

const OPEN: &str = "<article class=\"pagemark-article\">\n";
const CONTENT: &str = "<section class=\"pagemark-content\">";
const CLOSE: &str = "</section>\n</article>\n";

/// Where the parts of an article `wrap` made are in `html`: the lead (the article's children
/// before its content section: header and question) and the content (the content section's
/// children), as byte ranges; `None` for HTML that is not such an article.
pub(crate) fn parts(html: &str) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    html.get(..OPEN.len()).filter(|open| *open == OPEN)?;
    // Every child of the article before the content section, the line break after its tag too.
    let lead_start = OPEN.len() - 1;
    let lead_end = crate::text::find_str(html, CONTENT)?;
    let content_end = html
        .len()
        .checked_sub(CLOSE.len())
        .filter(|&end| html.get(end..) == Some(CLOSE))?;
    Some((lead_start..lead_end, lead_end + CONTENT.len()..content_end))
}

/// `Posted on <time datetime="2025-01-26">Jan 26, 2025</time> by <span>Author</span>`.
fn byline(out: &mut String, meta: &Meta) {
    let date = meta.date_published.as_deref().zip(meta.date_text.as_deref());
    if date.is_none() && meta.author.is_empty() {
        return;
    }
    out.put("<p class=\"pagemark-byline\">");
    if let Some((iso, text)) = date {
        if let Some(posted) = &meta.posted_on_text {
            escape_html(out, posted);
            out.put(" ");
        }
        out.put("<time datetime=\"");
        escape_html(out, iso);
        out.put("\">");
        escape_html(out, text);
        out.put("</time>");
    }
    for (i, author) in meta.author.iter().enumerate() {
        out.put(match (i, date.is_some()) {
            (0, true) => " by ",
            (0, false) => "By ",
            _ => ", ",
        });
        out.put("<span class=\"pagemark-author\">");
        escape_html(out, &author.name);
        out.put("</span>");
    }
    out.put("</p>\n");
}

#[cfg(test)]
mod tests {
    use crate::{render, Layout, Options};

    fn article(source: &str) -> crate::Page {
        let options = Options {
            layout: Layout::Article,
            ..Options::default()
        };
        render(source, &options).unwrap()
    }

    #[test]
    fn the_header_gives_the_headline_its_h1_when_the_content_has_none() {
        let page = article("---\ntitle: Install\ndate: 2025-01-26\n---\nRun it.\n\n## Then\n");
        assert_eq!(page.html.matches("<h1>").count(), 1, "{}", page.html);
        assert!(page
            .html
            .contains("<header>\n<h1>Install</h1>\n<p class=\"pagemark-byline\">"));
        assert!(!page.warnings.iter().any(|w| w.code == crate::WarningCode::MultipleH1));
    }

    #[test]
    fn content_with_its_own_h1_keeps_one_h1_and_the_byline() {
        let page = article("---\ntitle: Install\ndate: 2025-01-26\n---\n# Installing\n\nRun it.\n");
        assert_eq!(page.html.matches("<h1").count(), 1, "{}", page.html);
        assert!(
            page.html.contains("<header>\n<p class=\"pagemark-byline\">"),
            "{}",
            page.html
        );
        assert!(!page.warnings.iter().any(|w| w.code == crate::WarningCode::MultipleH1));
        let two = article("# One\n\n# Two\n");
        assert!(two.warnings.iter().any(|w| w.code == crate::WarningCode::MultipleH1));
    }
}
