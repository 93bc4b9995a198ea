//! Stage 4b: the allowlist sanitizer, for HTML that holds raw HTML from the author.
//!
//! It reads the *whole* output the way a browser's tokenizer does (raw HTML arrives from the
//! markdown parser in fragments, and an attribute can span blocks), then writes back only what
//! the policy allows: allowed tags with allowed, re-escaped, double-quoted attributes; text with
//! `<` and `>` escaped; no comments, no raw-text elements, no foreign content. A small tree
//! builder keeps the output balanced and shaped the way a browser would build it (implied
//! `</p>`, `</li>`, table sections, a depth bound), so that parsing the output and serializing it
//! again gives the same document: no mutation-XSS from a second parse.
//!
//! Unlike ammonia (an html5ever re-parse, ~250 KB gzipped in wasm), this costs a few KB and one
//! linear pass, and runs only when the document has raw HTML.

use crate::strmap::StrSet;
use crate::text::Own;
use std::borrow::Cow;

use crate::images::{self, Sizes};
use crate::options::{Options, SanitizeOptions};
use crate::strmap::StrMap;
use crate::text::escape_html;
use crate::url::{clean_url, http_host};

/// Elements dropped with everything inside them: their content is not HTML (raw text) or not
/// meant to be shown as HTML (foreign content, templates, embedded objects).
const DROP_WITH_CONTENT: &[&str] = &[
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea", "svg", "math",
    "template", "object", "applet", "select", "frameset",
];

/// Refuse an allowlist that asks for what is never allowed (a [`NEVER`] element; an event
/// handler, `style` or a namespaced attribute) or adds and removes one tag at once, as ammonia's
/// builder refuses a contradictory setting: dropping it silently would leave the site believing
/// it applied.
pub(crate) fn check_allowlist(s: &SanitizeOptions) -> crate::Result<()> {
    let refuse = |why: String| Err(crate::Error::new(crate::Code::InvalidOptions, why));
    for tag in s.tags.iter().chain(&s.add_tags).map(|t| t.trim()) {
        if NEVER
            .iter()
            .any(|never| crate::text::eq_ascii_case(never.as_bytes(), tag.as_bytes()))
        {
            return refuse(format!(
                "sanitize: <{tag}> can never be allowed: it runs script, or its content is not HTML"
            ));
        }
    }
    if let Some(tag) = s.add_tags.iter().find(|a| {
        s.remove_tags
            .iter()
            .any(|r| crate::text::eq_ascii_case(r.trim().as_bytes(), a.trim().as_bytes()))
    }) {
        return refuse(format!("sanitize: <{}> is both added and removed", tag.trim()));
    }
    for (tag, attributes) in s.attributes.iter().chain(&s.add_attributes) {
        if let Some(attribute) = attributes.iter().map(|a| a.trim()).find(|a| is_never_attribute(a)) {
            return refuse(format!(
                "sanitize: `{attribute}` on <{tag}> can never be allowed: event handlers, `style` \
                 and namespaced attributes can run script or restyle the page"
            ));
        }
    }
    for (option, schemes) in [("linkSchemes", &s.link_schemes), ("imageSchemes", &s.image_schemes)] {
        for scheme in schemes {
            if let Some(why) = crate::url::unusable_scheme(scheme) {
                return refuse(format!("sanitize.{option}: `{scheme}` can never be allowed: {why}"));
            }
        }
    }
    Ok(())
}

/// Event handlers (`on*`), `style`, and namespaced attributes (`xlink:href`).
fn is_never_attribute(name: &str) -> bool {
    name.get(..2)
        .is_some_and(|p| crate::text::eq_ascii_case(p.as_bytes(), b"on"))
        || crate::text::eq_ascii_case(name.as_bytes(), b"style")
        || name.contains(':')
}

/// Elements no option can allow.
const NEVER: &[&str] = &[
    "script",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "title",
    "textarea",
    "plaintext",
    "svg",
    "math",
    "template",
    "object",
    "applet",
    "embed",
    "form",
    "base",
    "meta",
    "link",
    "frame",
    "frameset",
    "select",
    "option",
    "button",
    "portal",
    "html",
    "head",
    "body",
    "image",
    "isindex",
    "param",
    "source",
    "track",
    "video",
    "audio",
    "canvas",
];

const VOID: &[&str] = &["br", "hr", "img", "input", "wbr", "col", "area", "source", "track"];

/// Start tags that close an open `<p>` (HTML's "closes a p element" list).
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "search",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "table",
    "hr",
    "dd",
    "dt",
    "li",
];

/// Elements at which the search for an open `li`/`dd`/`dt` to close stops.
const SCOPE_BOUNDARY: &[&str] = &[
    "ul",
    "ol",
    "dl",
    "table",
    "td",
    "th",
    "caption",
    "blockquote",
    "details",
    "figure",
];

const TABLE_SECTIONS: &[&str] = &["thead", "tbody", "tfoot"];

/// Deeper elements are dropped (their content kept): browsers flatten trees deeper than 512.
const MAX_DEPTH: usize = 256;

/// The compiled allowlist. Built once per `Renderer`, or on demand.
#[derive(Debug, Clone)]
pub(crate) struct Policy {
    tags: StrSet,
    attributes: StrMap<StrSet>,
    classes: Vec<String>,
    link_schemes: Vec<String>,
    image_schemes: Vec<String>,
    /// Prefix for ids that raw HTML brings (DOM clobbering): the id prefix, or `user-content-`.
    raw_id_prefix: String,
    external_rel: &'static str,
    site_host: Option<String>,
    image_sizes: Sizes,
}

impl Policy {
    /// The policy of `options`, which [`check_allowlist`] has accepted (the defaults always are).
    pub(crate) fn new(options: &Options) -> Self {
        let s: &SanitizeOptions = &options.sanitize;
        let lower = |v: &str| v.trim().to_ascii_lowercase();
        let mut tags: StrSet = s.tags.iter().chain(&s.add_tags).map(|t| lower(t)).collect();
        for t in s
            .remove_tags
            .iter()
            .map(|t| lower(t))
            .chain(NEVER.iter().map(|t| (*t).own()))
        {
            tags.remove(&t);
        }
        let mut attributes: StrMap<StrSet> = StrMap::default();
        for (tag, attrs) in s.attributes.iter().chain(&s.add_attributes) {
            if let Some(set) = attributes.get_or_insert_with(&lower(tag), StrSet::default) {
                for attr in attrs.iter().map(|a| lower(a)).filter(|a| !is_never_attribute(a)) {
                    set.insert_owned(attr);
                }
            }
        }
        if options.source_positions {
            // The writer's own marks must survive when a document with raw HTML is sanitized.
            if let Some(set) = attributes.get_or_insert_with("*", StrSet::default) {
                set.insert("data-line");
            }
        }
        Policy {
            tags,
            attributes,
            classes: s.classes.clone(),
            link_schemes: crate::url::scheme_list(&s.link_schemes),
            image_schemes: crate::url::scheme_list(&s.image_schemes),
            raw_id_prefix: raw_id_prefix(options).own(),
            external_rel: crate::html::external_rel(options),
            site_host: options.site.base_url.as_deref().and_then(http_host),
            image_sizes: Sizes::new(options),
        }
    }

    fn allows_attr(&self, tag: &str, attr: &str) -> bool {
        let has = |t: &str| self.attributes.get(t).is_some_and(|set| set.contains(attr));
        has(tag) || has("*")
    }

    fn allows_class(&self, class: &str) -> bool {
        self.classes.iter().any(|pattern| match pattern.strip_suffix('*') {
            Some(prefix) => class.starts_with(prefix),
            None => class == pattern,
        })
    }
}

/// The prefix ids from raw HTML get (DOM clobbering): the id prefix, or `user-content-`.
pub(crate) fn raw_id_prefix(options: &Options) -> &str {
    if options.id_prefix.is_empty() {
        "user-content-"
    } else {
        &options.id_prefix
    }
}

/// An id (or a `#fragment`'s target) as the sanitizer writes it: one the writer `generated`, or
/// one already prefixed, stays; any other gets `raw_prefix`.
pub(crate) fn raw_html_id(id: &str, generated: bool, raw_prefix: &str) -> String {
    if generated || id.starts_with(raw_prefix) {
        id.own()
    } else {
        format!("{raw_prefix}{id}")
    }
}

/// What the HTML being sanitized is.
#[derive(Clone, Copy)]
pub(crate) enum Input<'i> {
    /// Any HTML (`sanitize_html`): every id gets the raw-HTML prefix.
    Fragment,
    /// A page's content from the markdown writer, with the ids the writer made (headings,
    /// footnotes): they and the `#links` to them are kept as they are, every other id gets the
    /// raw-HTML prefix; and its first image is the page's (see `images`).
    Content(&'i StrSet),
}

/// Sanitize `html` under `policy`.
pub(crate) fn sanitize(html: &str, policy: &Policy, input: Input<'_>) -> String {
    // A browser's input stream turns CRLF and CR into LF before tokenizing; so do we.
    let html = crate::text::normalize_newlines(html);
    let mut s = Sanitizer {
        src: &html,
        pos: 0,
        out: String::with_capacity(html.len() + html.len() / 8),
        stack: Vec::new(),
        policy,
        input,
        images_seen: 0,
        pre_input: false,
        pre_output: false,
    };
    s.run();
    s.out
}

/// Names borrow from the input when it already spells them in lower case (what the writer
/// produces, and most hand-written HTML): no allocation per tag or attribute.
struct Tag<'a> {
    name: Cow<'a, str>,
    attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

struct Sanitizer<'a, 'p> {
    src: &'a str,
    pos: usize,
    out: String,
    stack: Vec<Cow<'a, str>>,
    policy: &'p Policy,
    input: Input<'p>,
    images_seen: usize,
    /// The token just read was a `<pre>` start tag: a browser drops one newline that starts the
    /// next token.
    pre_input: bool,
    /// Nothing was written since `<pre>`: a browser will drop one newline starting what we
    /// write next, so a newline there is written twice.
    pre_output: bool,
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

impl<'a> Sanitizer<'a, '_> {
    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    fn peek(&self, offset: usize) -> Option<u8> {
        self.bytes().get(self.pos + offset).copied()
    }

    /// The input from byte `from` on (empty past the end).
    fn bytes_from(&self, from: usize) -> &'a [u8] {
        self.bytes().get(from..).unwrap_or_default()
    }

    fn run(&mut self) {
        while self.pos < self.src.len() {
            let next = memchr(b'<', self.bytes_from(self.pos)).map_or(self.src.len(), |i| self.pos + i);
            if next > self.pos {
                let text = self.src.get(self.pos..next).unwrap_or_default();
                self.text(text);
                self.pos = next;
            }
            if self.pos >= self.src.len() {
                break;
            }
            self.markup();
        }
        while let Some(open) = self.stack.pop() {
            self.write_end(&open);
        }
    }

    /// At a `<`: a tag, a comment, a bogus comment, or just a `<`.
    fn markup(&mut self) {
        self.pre_input = false;
        match self.peek(1) {
            Some(b'!') => {
                if self.src.get(self.pos..).unwrap_or_default().starts_with("<!--") {
                    self.skip_comment();
                } else {
                    self.skip_bogus_comment(2);
                }
            }
            Some(b'?') => self.skip_bogus_comment(1),
            Some(b'/') => match self.peek(2) {
                Some(c) if c.is_ascii_alphabetic() => {
                    self.pos += 2;
                    if let Some(tag) = self.tag() {
                        self.end_tag(&tag.name);
                    }
                }
                Some(b'>') => self.pos += 3,
                None => {
                    self.text("</");
                    self.pos += 2;
                }
                Some(_) => self.skip_bogus_comment(2),
            },
            Some(c) if c.is_ascii_alphabetic() => {
                self.pos += 1;
                if let Some(tag) = self.tag() {
                    self.start_tag(tag);
                }
            }
            _ => {
                self.text("<");
                self.pos += 1;
            }
        }
    }

    /// `<!--` … `-->`, with the browser's abrupt forms `<!-->` and `<!--->`, and `--!>`.
    fn skip_comment(&mut self) {
        let body = self.pos + 4;
        let rest = self.src.get(body..).unwrap_or_default();
        if rest.starts_with('>') {
            self.pos = body + 1;
        } else if rest.starts_with("->") {
            self.pos = body + 2;
        } else {
            self.pos = comment_end(rest).map_or(self.src.len(), |e| body + e);
        }
    }

    /// `<!DOCTYPE …>`, `<![CDATA[…]]>` (outside foreign content), `<?…>`, `</ …>`: up to `>`.
    fn skip_bogus_comment(&mut self, skip: usize) {
        let from = self.pos + skip;
        self.pos = memchr(b'>', self.bytes_from(from)).map_or(self.src.len(), |i| from + i + 1);
    }

    /// Read a tag name and its attributes (the `<` or `</` already consumed). `None` when the
    /// input ends inside the tag: a browser drops such a tag and everything after it.
    fn tag(&mut self) -> Option<Tag<'a>> {
        let start = self.pos;
        while self.peek(0).is_some_and(|b| !is_space(b) && !matches!(b, b'/' | b'>')) {
            self.pos += 1;
        }
        let name = lower_name(self.src.get(start..self.pos).unwrap_or_default(), true);
        let mut attrs: Vec<(Cow<'a, str>, Cow<'a, str>)> = Vec::new();
        loop {
            while self.peek(0).is_some_and(is_space) {
                self.pos += 1;
            }
            match self.peek(0) {
                None => {
                    self.pos = self.src.len();
                    return None;
                }
                Some(b'>') => {
                    self.pos += 1;
                    return Some(Tag { name, attrs });
                }
                Some(b'/') => {
                    self.pos += 1;
                    continue;
                }
                Some(_) => {}
            }
            // Attribute name: up to space, `/`, `>` or `=` (a leading `=` belongs to the name).
            let name_start = self.pos;
            self.pos += 1;
            while let Some(b) = self.peek(0) {
                if is_space(b) || matches!(b, b'/' | b'>' | b'=') {
                    break;
                }
                self.pos += 1;
            }
            let attr_name = lower_name(self.src.get(name_start..self.pos).unwrap_or_default(), false);
            while self.peek(0).is_some_and(is_space) {
                self.pos += 1;
            }
            let value: Cow<'a, str> = if self.peek(0) == Some(b'=') {
                self.pos += 1;
                while self.peek(0).is_some_and(is_space) {
                    self.pos += 1;
                }
                match self.peek(0) {
                    Some(q @ (b'"' | b'\'')) => {
                        let from = self.pos + 1;
                        let Some(end) = memchr(q, self.bytes_from(from)).map(|i| from + i) else {
                            self.pos = self.src.len();
                            return None;
                        };
                        self.pos = end + 1;
                        decode_attribute(self.src.get(from..end).unwrap_or_default())
                    }
                    Some(b'>') | None => Cow::Borrowed(""),
                    Some(_) => {
                        let from = self.pos;
                        while self.peek(0).is_some_and(|b| !is_space(b) && b != b'>') {
                            self.pos += 1;
                        }
                        decode_attribute(self.src.get(from..self.pos).unwrap_or_default())
                    }
                }
            } else {
                Cow::Borrowed("")
            };
            if !attrs.iter().any(|(n, _)| *n == attr_name) {
                attrs.push((attr_name, value));
            }
        }
    }

    fn text(&mut self, text: &str) {
        let mut text = text;
        if std::mem::take(&mut self.pre_input) {
            text = text.strip_prefix('\n').unwrap_or(text);
        }
        if text.is_empty() {
            return;
        }
        if std::mem::take(&mut self.pre_output) && text.starts_with('\n') {
            self.out.push('\n');
        }
        // Text directly in a table (outside cells) would be moved before the table by a browser.
        if self.in_table_context() {
            if text.bytes().all(is_space) {
                self.out.push_str(text);
            }
            return;
        }
        // Every character reference is decoded and the text escaped again, like the writer's
        // text: a `&` never survives raw, so text cannot join across dropped markup into a
        // new reference on the next parse (`&#x0` + `<b>` + `D;`).
        let mut rest = text;
        while let Some(amp) = rest.find('&') {
            escape_html(&mut self.out, rest.get(..amp).unwrap_or_default());
            let after = rest.get(amp + 1..).unwrap_or_default();
            match char_reference(after) {
                Some((decoded, used)) => {
                    escape_html(&mut self.out, &decoded);
                    rest = after.get(used..).unwrap_or_default();
                }
                None => {
                    self.out.push_str("&amp;");
                    rest = after;
                }
            }
        }
        escape_html(&mut self.out, rest);
    }

    /// The innermost open element.
    fn top(&self) -> Option<&str> {
        self.stack.last().map(|t| &**t)
    }

    fn in_table_context(&self) -> bool {
        matches!(
            self.top(),
            Some("table" | "thead" | "tbody" | "tfoot" | "tr" | "colgroup")
        )
    }

    fn has_open(&self, name: &str) -> bool {
        self.stack.iter().any(|t| t == name)
    }

    /// Close open elements down to and including the last `name`.
    fn close_to(&mut self, name: &str) {
        if let Some(at) = self.stack.iter().rposition(|t| t == name) {
            while self.stack.len() > at {
                if let Some(open) = self.stack.pop() {
                    self.write_end(&open);
                }
            }
        }
    }

    /// Close the nearest open element among `names`, unless a scope boundary comes first.
    fn close_in_scope(&mut self, names: &[&str]) {
        for t in self.stack.iter().rev() {
            if names.contains(&&**t) {
                let t = t.clone();
                return self.close_to(&t);
            }
            if SCOPE_BOUNDARY.contains(&&**t) {
                return;
            }
        }
    }

    fn start_tag(&mut self, tag: Tag<'a>) {
        let name = &*tag.name;
        if name == "plaintext" {
            self.pos = self.src.len();
            return;
        }
        if DROP_WITH_CONTENT.contains(&name) {
            return self.skip_element(name);
        }
        if !self.policy.tags.contains(name) {
            return;
        }
        if !self.fit_into_tree(name) {
            return;
        }
        let void = VOID.contains(&name);
        self.write_start(&tag);
        if !void {
            self.stack.push(tag.name.clone());
        }
        // Other tags leave the flags alone: markup() clears `pre_input` at every tag, and
        // `pre_output` is cleared only by what is actually written.
        if matches!(name, "pre" | "listing") {
            self.pre_input = true;
            self.pre_output = true;
        }
    }

    /// Make room for `name` the way a browser's tree builder would; `false` when a browser would
    /// ignore the tag where it stands.
    fn fit_into_tree(&mut self, name: &str) -> bool {
        if CLOSES_P.contains(&name) && self.has_open("p") {
            self.close_in_scope(&["p"]);
        }
        match name {
            "li" => self.close_in_scope(&["li"]),
            "dd" | "dt" => self.close_in_scope(&["dd", "dt"]),
            "a" => self.close_to("a"),
            // A heading directly inside a heading closes it.
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if self.top().is_some_and(is_heading) => {
                if let Some(open) = self.stack.pop() {
                    self.write_end(&open);
                }
            }
            _ => {}
        }
        let top = self.top();
        let in_table = self.has_open("table");
        match name {
            "caption" | "colgroup" | "thead" | "tbody" | "tfoot" => {
                if !in_table {
                    return false;
                }
                self.close_to_table();
            }
            "col" => {
                if !in_table {
                    return false;
                }
                if top != Some("colgroup") {
                    self.close_to_table();
                }
            }
            "tr" => {
                if !in_table {
                    return false;
                }
                self.close_table_cells_and_rows();
                if self.top() == Some("table") {
                    if !self.room_for(2) {
                        return false;
                    }
                    self.open_implied("tbody");
                }
            }
            "td" | "th" => {
                if !in_table {
                    return false;
                }
                self.close_in_scope(&["td", "th"]);
                match self.top() {
                    Some("tr") => {}
                    Some("table") if self.room_for(3) => {
                        self.open_implied("tbody");
                        self.open_implied("tr");
                    }
                    Some(t) if TABLE_SECTIONS.contains(&t) && self.room_for(2) => self.open_implied("tr"),
                    _ => return false,
                }
            }
            // Anything else directly in a table would be moved out of it by a browser.
            _ if self.in_table_context() => return false,
            _ => {}
        }
        self.room_for(1)
    }

    /// Whether `n` more elements fit under the depth bound. Implied table sections count like
    /// written ones, so sanitizing the output again makes the same decisions.
    fn room_for(&self, n: usize) -> bool {
        self.stack.len() + n <= MAX_DEPTH
    }

    fn close_to_table(&mut self) {
        while let Some(top) = self.stack.last() {
            if top == "table" {
                break;
            }
            if let Some(open) = self.stack.pop() {
                self.write_end(&open);
            }
        }
    }

    fn close_table_cells_and_rows(&mut self) {
        while let Some(top) = self.stack.last() {
            if top == "table" || TABLE_SECTIONS.contains(&&**top) {
                break;
            }
            if let Some(open) = self.stack.pop() {
                self.write_end(&open);
            }
        }
    }

    fn open_implied(&mut self, name: &'static str) {
        self.pre_output = false;
        self.out.push('<');
        self.out.push_str(name);
        self.out.push('>');
        self.stack.push(Cow::Borrowed(name));
    }

    fn end_tag(&mut self, name: &str) {
        match name {
            // A browser reads `</br>` as `<br>`.
            "br" => self.start_tag(Tag {
                name: Cow::Borrowed("br"),
                attrs: Vec::new(),
            }),
            _ if self.has_open(name) => self.close_to(name),
            _ => {}
        }
    }

    /// Skip an element and its content, up to its matching end tag (nesting counted for
    /// elements whose content is markup, not for raw text).
    fn skip_element(&mut self, name: &str) {
        let raw_text = matches!(
            name,
            "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" | "title" | "textarea"
        );
        let mut depth = 1usize;
        while self.pos < self.src.len() {
            let Some(i) = memchr(b'<', self.bytes_from(self.pos)) else {
                break;
            };
            self.pos += i;
            let closing = self.peek(1) == Some(b'/');
            let name_at = self.pos + if closing { 2 } else { 1 };
            let matches = self
                .bytes()
                .get(name_at..name_at + name.len())
                .is_some_and(|b| crate::text::eq_ascii_case(b, name.as_bytes()))
                && self
                    .bytes()
                    .get(name_at + name.len())
                    .is_none_or(|&b| is_space(b) || b == b'/' || b == b'>');
            if matches && closing {
                depth -= 1;
                if depth == 0 {
                    self.pos = name_at;
                    self.tag();
                    return;
                }
            } else if matches && !raw_text {
                depth += 1;
            }
            self.pos += 1;
        }
        self.pos = self.src.len();
    }

    fn write_end(&mut self, name: &str) {
        self.pre_output = false;
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    fn write_start(&mut self, tag: &Tag<'_>) {
        let name = &*tag.name;
        if name == "input"
            && !tag
                .attrs
                .iter()
                .any(|(a, v)| a == "type" && crate::text::eq_ascii_case(v.as_bytes(), b"checkbox"))
        {
            return; // Only checkboxes (task lists) are allowed; nothing written, `pre_output` stays.
        }
        self.pre_output = false;
        self.out.push('<');
        self.out.push_str(name);
        let mut has_rel = false;
        let mut external = false;
        for (attr, value) in &tag.attrs {
            if !self.keeps_attr(name, attr) {
                continue;
            }
            let value: Cow<str> = match &**attr {
                "href" | "cite" => match clean_url(value, &self.policy.link_schemes) {
                    Some(url) => {
                        external |= attr == "href" && self.is_external(&url);
                        Cow::Owned(self.fragment(&url))
                    }
                    None => continue,
                },
                "src" => match clean_url(value, &self.policy.image_schemes) {
                    Some(url) => Cow::Owned(url.into_owned()),
                    None => continue,
                },
                "id" => Cow::Owned(self.id(value)),
                "class" => {
                    let kept: Vec<&str> = value
                        .split_ascii_whitespace()
                        .filter(|c| self.policy.allows_class(c))
                        .collect();
                    if kept.is_empty() {
                        continue;
                    }
                    Cow::Owned(kept.join(" "))
                }
                "type" if name == "input" => Cow::Borrowed("checkbox"),
                "width" | "height" | "start" | "value" | "colspan" | "rowspan" | "span" => {
                    if value.is_empty() || value.len() > 9 || !value.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
                        continue;
                    }
                    Cow::Borrowed(&**value)
                }
                "rel" => {
                    has_rel = true;
                    Cow::Borrowed(&**value)
                }
                _ => Cow::Borrowed(&**value),
            };
            self.out.push(' ');
            self.out.push_str(attr);
            if !value.is_empty() || !is_boolean(attr) {
                self.out.push_str("=\"");
                escape_html(&mut self.out, &value);
                self.out.push('"');
            }
        }
        match name {
            "a" if external && !has_rel => {
                self.out.push_str(" rel=\"");
                self.out.push_str(self.policy.external_rel);
                self.out.push('"');
            }
            "input" if !tag.attrs.iter().any(|(a, _)| a == "disabled") => self.out.push_str(" disabled"),
            "img" => {
                let kept: Vec<&str> = tag
                    .attrs
                    .iter()
                    .map(|(a, _)| &**a)
                    .filter(|a| self.keeps_attr(name, a))
                    .collect();
                let size = tag.attrs.iter().find(|(a, _)| a == "src").and_then(|(_, src)| {
                    self.policy
                        .image_sizes
                        .get(&clean_url(src, &self.policy.image_schemes)?)
                });
                let first = matches!(self.input, Input::Content(_)) && self.images_seen == 0;
                self.images_seen += 1;
                images::write_attributes(&mut self.out, size, first, |a| kept.contains(&a));
            }
            _ => {}
        }
        self.out.push('>');
    }

    /// The allowlist, and one rule of a page: only its first image may ask for priority.
    fn keeps_attr(&self, tag: &str, attr: &str) -> bool {
        let later_page_image = matches!(self.input, Input::Content(_)) && self.images_seen > 0;
        self.policy.allows_attr(tag, attr) && !(tag == "img" && attr == "fetchpriority" && later_page_image)
    }

    fn is_external(&self, url: &str) -> bool {
        crate::url::is_external(url, self.policy.site_host.as_deref())
    }

    /// Ids the writer made stay; others get the raw-HTML prefix (never twice).
    fn id(&self, id: &str) -> String {
        let generated = match self.input {
            Input::Content(ids) => ids.contains(id),
            Input::Fragment => false,
        };
        raw_html_id(id, generated, &self.policy.raw_id_prefix)
    }

    /// `#frag` links follow their target's id.
    fn fragment(&self, url: &str) -> String {
        match url.strip_prefix('#') {
            Some(frag) if !frag.is_empty() => format!("#{}", self.id(frag)),
            _ => url.own(),
        }
    }
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

fn is_boolean(attr: &str) -> bool {
    matches!(attr, "checked" | "disabled" | "open" | "reversed")
}

/// Decode character references in an attribute value as a browser does: numeric ones, and named
/// ones ending in `;` (looked up in pulldown-cmark's HTML5 entity table, which the binary
/// already carries). A named reference without `;` is left as written, which only ever keeps
/// more characters literal than a browser would, never fewer.
fn decode_attribute(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') && !raw.contains('\0') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find(['&', '\0']) {
        out.push_str(rest.get(..amp).unwrap_or_default());
        if rest.as_bytes().get(amp) == Some(&b'\0') {
            out.push('\u{fffd}');
            rest = rest.get(amp + 1..).unwrap_or_default();
            continue;
        }
        let after = rest.get(amp + 1..).unwrap_or_default();
        match char_reference(after) {
            Some((decoded, used)) => {
                out.push_str(&decoded);
                rest = after.get(used..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    // As in text: a CR would become LF on the next parse.
    Cow::Owned(crate::text::normalize_newlines(&out).into_owned())
}

/// The text after a `&`: the decoded reference and how many bytes it used.
fn char_reference(after: &str) -> Option<(String, usize)> {
    let b = after.as_bytes();
    if b.first() == Some(&b'#') {
        let (hex, start) = match b.get(1) {
            Some(b'x' | b'X') => (true, 2),
            _ => (false, 1),
        };
        let digits = b
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() })
            .count();
        if digits == 0 {
            return None;
        }
        let text = after.get(start..start + digits).unwrap_or_default();
        let code = u32::from_str_radix(text, if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
        let c = match code {
            0 => '\u{fffd}',
            0x80..=0x9f => windows_1252(code),
            _ => char::from_u32(code).unwrap_or('\u{fffd}'),
        };
        let used = start + digits + usize::from(b.get(start + digits) == Some(&b';'));
        return Some((c.to_string(), used));
    }
    let len = b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    if len == 0 || len > 32 || b.get(len) != Some(&b';') {
        return None;
    }
    // `entities::named` answers the common references before searching its table.
    let name = after.get(..len).unwrap_or_default();
    crate::entities::named(name).map(|s| (s.into_owned(), len + 1))
}

/// Numeric references 0x80–0x9F mean Windows-1252 characters (HTML's quirk).
fn windows_1252(code: u32) -> char {
    const TABLE: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let idx = (code - 0x80) as usize;
    TABLE
        .get(idx)
        .and_then(|&c| char::from_u32(u32::from(c)))
        .unwrap_or('\u{fffd}')
}

/// Where a comment body ends: just after the first `-->` or `--!>`. One forward scan; looking
/// for each closer separately read to the end of the document for the one that is absent, once
/// per comment, which made many comments quadratic (1 MB of them took 44 s).
fn comment_end(body: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr(b'-', bytes.get(from..)?).map(|i| from + i) {
        if bytes.get(i + 1..i + 3) == Some(b"->") {
            return Some(i + 3);
        }
        if bytes.get(i + 1..i + 4) == Some(b"-!>") {
            return Some(i + 4);
        }
        from = i + 1;
    }
    None
}

/// A tag or attribute name in ASCII lower case (and, for tag names, NUL read as U+FFFD, as the
/// HTML tokenizer does), borrowed when it already is.
fn lower_name(name: &str, tag: bool) -> Cow<'_, str> {
    if !name.bytes().any(|b| b.is_ascii_uppercase() || (tag && b == 0)) {
        return Cow::Borrowed(name);
    }
    Cow::Owned(
        name.chars()
            .map(|c| {
                if tag && c == '\0' {
                    '\u{fffd}'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect(),
    )
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    /// Asking for what is never allowed is an error naming it, not a silent drop.
    #[test]
    fn an_allowlist_asking_for_the_never_allowed_is_refused() {
        let refused = |edit: &dyn Fn(&mut crate::SanitizeOptions)| {
            let mut options = Options::default();
            edit(&mut options.sanitize);
            let error = check_allowlist(&options.sanitize).unwrap_err();
            assert_eq!(error.code, crate::Code::InvalidOptions);
            assert!(crate::Renderer::new(options.clone()).is_err());
            assert!(crate::render("x", &options).is_err() && crate::sanitize_html("x", &options).is_err());
            error.message
        };
        assert!(refused(&|s| s.add_tags.push(" SCRIPT ".into())).contains("<SCRIPT>"));
        assert!(refused(&|s| s.tags.push("iframe".into())).contains("<iframe>"));
        let on = refused(&|s| {
            s.add_attributes.insert("a", vec!["onclick".into()]);
        });
        assert!(on.contains("`onclick` on <a>"), "{on}");
        refused(&|s| {
            s.attributes.insert("*", vec!["Style".into()]);
        });
        refused(&|s| {
            s.add_attributes.insert("svg", vec!["xlink:href".into()]);
        });
        let both = refused(&|s| {
            s.add_tags.push("kbd".into());
            s.remove_tags.push("KBD".into());
        });
        assert!(both.contains("both added and removed"), "{both}");
        let js = refused(&|s| s.link_schemes.push("JavaScript".into()));
        assert!(
            js.contains("sanitize.linkSchemes: `JavaScript`") && js.contains("runs script"),
            "{js}"
        );
        for not_a_scheme in ["https:", "", "http https", "1ftp", "data/"] {
            let why = refused(&|s| s.image_schemes.push(not_a_scheme.into()));
            assert!(why.contains("without its `:`"), "{why}");
        }
        // What may be allowed still is, and the defaults pass.
        let mut options = Options::default();
        options.sanitize.add_tags.push("ruby".into());
        options
            .sanitize
            .add_attributes
            .insert("details", vec!["open".into(), "name".into()]);
        assert!(check_allowlist(&options.sanitize).is_ok());
        assert!(check_allowlist(&Options::default().sanitize).is_ok());
    }

    use super::*;

    #[test]
    fn a_comment_ends_at_the_first_closer_of_either_form() {
        let slow = |b: &str| {
            [b.find("-->").map(|i| i + 3), b.find("--!>").map(|i| i + 4)]
                .into_iter()
                .flatten()
                .min()
        };
        let parts = ["-", "--", "!", ">", "a", "->", "!>", "é"];
        let mut bodies = vec![String::new()];
        for _ in 0..5 {
            let next: Vec<String> = bodies.iter().flat_map(|b| parts.map(|p| format!("{b}{p}"))).collect();
            bodies.extend(next);
            bodies.dedup();
            bodies.truncate(40_000);
        }
        for body in &bodies {
            assert_eq!(comment_end(body), slow(body), "{body:?}");
        }
    }

    fn clean(html: &str) -> String {
        sanitize(html, &Policy::new(&Options::default()), Input::Fragment)
    }

    #[test]
    fn keeps_allowed_markup() {
        assert_eq!(
            clean("<p>a <b>b</b> <kbd>Ctrl</kbd><br/>x</p>"),
            "<p>a <b>b</b> <kbd>Ctrl</kbd><br>x</p>"
        );
        assert_eq!(
            clean("<details open><summary>S</summary>x</details>"),
            "<details open><summary>S</summary>x</details>"
        );
    }

    #[test]
    fn drops_scripts_handlers_and_bad_urls() {
        assert_eq!(clean("<script>alert(1)</script>ok"), "ok");
        assert_eq!(
            clean("<img src=x onerror=alert(1)>"),
            "<img src=\"x\" loading=\"lazy\" decoding=\"async\">"
        );
        assert_eq!(clean("<a href=\"jav&#x61;script&colon;alert(1)\">x</a>"), "<a>x</a>");
        assert_eq!(clean("<a href=\"java&Tab;script:alert(1)\">x</a>"), "<a>x</a>");
        assert_eq!(clean("<svg><script>alert(1)</script></svg>after"), "after");
        assert_eq!(clean("<style>x</style><iframe src=x></iframe>y"), "y");
        assert_eq!(clean("<!-- c --><!--> <!---> x"), "  x");
    }

    #[test]
    fn balances_and_shapes_like_a_browser() {
        assert_eq!(clean("<b><i>x</b>y</i>"), "<b><i>x</i></b>y");
        assert_eq!(clean("<p>a<div>b</div>"), "<p>a</p><div>b</div>");
        assert_eq!(clean("<ul><li>a<li>b</ul>"), "<ul><li>a</li><li>b</li></ul>");
        assert_eq!(
            clean("<table><tr><td>x</td>junk<b>y</b></table>"),
            "<table><tbody><tr><td>x</td></tr></tbody></table>"
        );
        assert_eq!(clean("<td>stray</td>"), "stray");
        assert_eq!(clean("</p>x</div>"), "x");
    }

    #[test]
    fn attributes_spanning_text_are_read_whole() {
        assert_eq!(
            clean("<details title=\"</p>\n<p>x\" open ontoggle=alert(1)>y</details>"),
            "<details title=\"&lt;/p&gt;\n&lt;p&gt;x\" open>y</details>"
        );
    }

    #[test]
    fn ids_get_the_raw_prefix() {
        assert_eq!(
            clean("<span id=\"getElementById\">x</span><a href=\"#getElementById\">y</a>"),
            "<span id=\"user-content-getElementById\">x</span><a href=\"#user-content-getElementById\">y</a>"
        );
        let generated: crate::strmap::StrSet = ["intro"].into_iter().collect();
        assert_eq!(
            sanitize(
                "<h2 id=\"intro\">I</h2><a href=\"#intro\">i</a>",
                &Policy::new(&Options::default()),
                Input::Content(&generated)
            ),
            "<h2 id=\"intro\">I</h2><a href=\"#intro\">i</a>"
        );
    }

    #[test]
    fn unterminated_tags_and_lone_brackets() {
        assert_eq!(clean("a < b > c"), "a &lt; b &gt; c");
        assert_eq!(clean("x <img src=\"y"), "x ");
        assert_eq!(clean("x <a href=y"), "x ");
    }

    #[test]
    fn pre_keeps_its_leading_newline_stable() {
        assert_eq!(clean("<pre>\ncode</pre>"), "<pre>code</pre>");
        assert_eq!(clean("<pre>\n\ncode</pre>"), "<pre>\n\ncode</pre>");
        // A dropped tag in between: the browser keeps that newline, and would drop it from
        // our output if it came first; so it is written twice.
        assert_eq!(clean("<pre><x>\nb</pre>"), "<pre>\n\nb</pre>");
    }

    #[test]
    fn only_checkbox_inputs() {
        assert_eq!(
            clean("<input type=checkbox checked>"),
            "<input type=\"checkbox\" checked disabled>"
        );
        assert_eq!(clean("<input type=text value=x>a"), "a");
        assert_eq!(clean("<input>a"), "a");
    }

    #[test]
    fn decodes_references() {
        assert_eq!(
            decode_attribute("a&amp;b&#65;&#x42;&#128;&copy;&unknown;&copy"),
            "a&bAB€©&unknown;&copy"
        );
    }
}
