//! The article layout: wraps rendered content in a complete, semantic `<article>` — headline,
//! byline with the formatted date and the author, the question, then the content.

use crate::document::Meta;
use crate::text::escape_html;

/// Wrap `content` (already safe HTML) in the article built from `meta`.
pub(crate) fn wrap(meta: &Meta, content: &str) -> String {
    let mut out = String::with_capacity(content.len() + 512);
    out.push_str(OPEN);
    out.push_str("<header>\n");
    if let Some(headline) = &meta.headline {
        out.push_str("<h1>");
        escape_html(&mut out, headline);
        out.push_str("</h1>\n");
    }
    byline(&mut out, meta);
    out.push_str("</header>\n");
    if let Some(question) = &meta.question {
        out.push_str("<section class=\"pagemark-question\">\n<p>");
        escape_html(&mut out, question);
        out.push_str("</p>\n</section>\n");
    }
    out.push_str(CONTENT);
    out.push('\n');
    out.push_str(content);
    if !content.is_empty() && !content.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(CLOSE);
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
    let lead_end = html.find(CONTENT)?;
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
    out.push_str("<p class=\"pagemark-byline\">");
    if let Some((iso, text)) = date {
        if let Some(posted) = &meta.posted_on_text {
            escape_html(out, posted);
            out.push(' ');
        }
        out.push_str("<time datetime=\"");
        escape_html(out, iso);
        out.push_str("\">");
        escape_html(out, text);
        out.push_str("</time>");
    }
    for (i, author) in meta.author.iter().enumerate() {
        out.push_str(match (i, date.is_some()) {
            (0, true) => " by ",
            (0, false) => "By ",
            _ => ", ",
        });
        out.push_str("<span class=\"pagemark-author\">");
        escape_html(out, &author.name);
        out.push_str("</span>");
    }
    out.push_str("</p>\n");
}
