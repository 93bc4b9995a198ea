//! The block-style subset of YAML most front matter is written in — `key: value` mappings,
//! `- item` lists, plain and one-line quoted scalars, `|` and `>` block scalars, one-line
//! `[a, b]` lists — read line by line, several times faster than the full parser (YAML was a
//! third of a `qa` document's time).
//!
//! It never reports an error and never guesses: anything outside the subset (anchors, tags,
//! flow mappings, multi-line plain or quoted scalars, escapes, tabs, `+` chomping, duplicate
//! keys, anything invalid) makes it decline, and the full reader reads the block, errors included.
//! Scalars are typed by the same function the full parser uses. Tests check that whatever it
//! accepts, the full parser reads the same way, on every fixture and corpus document.

use crate::value::{Map, Value};

use super::schema::{key_string, plain_scalar};
use crate::frontmatter::positions::KeyPaths;
use crate::options::Limits;

/// The block as a value with where its keys are, or `None` when it is not in the subset.
pub(super) fn read(block: &str, limits: &Limits) -> Option<(Value, KeyPaths)> {
    // Tabs, CRs, other control characters (the full reader refuses them) and document markers
    // or directives are left to the full reader.
    if block.contains('\t') || super::reader::control_character(block).is_some() {
        return None;
    }
    let lines: Vec<&str> = block.split('\n').collect();
    if lines
        .iter()
        .any(|l| l.starts_with("---") || l.starts_with("...") || l.starts_with('%'))
    {
        return None;
    }
    let mut reader = Reader {
        block,
        lines,
        pos: 0,
        keys: 0,
        limits,
        keys_read: KeyPaths::default(),
    };
    reader.skip_blank();
    let (indent, first) = reader.current()?;
    if indent != 0 || is_item(first) {
        return None; // the top must be a mapping; other documents get the full parser's errors
    }
    let value = reader.mapping(0, 0)?;
    reader.skip_blank();
    (reader.pos == reader.lines.len()).then_some((value, reader.keys_read))
}

struct Reader<'a, 'l> {
    block: &'a str,
    lines: Vec<&'a str>,
    pos: usize,
    keys: usize,
    limits: &'l Limits,
    keys_read: KeyPaths,
}

/// `- item` or a lone `-`.
fn is_item(content: &str) -> bool {
    content == "-" || content.starts_with("- ")
}

/// Blank or a comment.
fn is_blank(content: &str) -> bool {
    content.is_empty() || content.starts_with('#')
}

/// The text before a ` #` comment, without trailing spaces.
fn strip_comment(s: &str) -> &str {
    find_pair(s, b" #").map_or(s, |i| s.get(..i).unwrap_or(s)).trim_end()
}

impl<'a> Reader<'a, '_> {
    /// The current line's indentation and content (without trailing spaces).
    fn current(&self) -> Option<(usize, &'a str)> {
        let line = *self.lines.get(self.pos)?;
        let content = line.trim_start_matches(' ');
        Some((line.len() - content.len(), content.trim_end_matches(' ')))
    }

    /// The byte offset in the block of column `column` of the current line.
    fn offset(&self, column: usize) -> usize {
        let line = self.lines.get(self.pos).map_or(0, |l| l.as_ptr() as usize);
        line.saturating_sub(self.block.as_ptr() as usize) + column
    }

    fn skip_blank(&mut self) {
        while self.current().is_some_and(|(_, c)| is_blank(c)) {
            self.pos += 1;
        }
    }

    fn mapping(&mut self, indent: usize, depth: usize) -> Option<Value> {
        if depth >= self.limits.max_depth {
            return None;
        }
        let mut map = Map::new();
        loop {
            self.skip_blank();
            let Some((at, content)) = self.current() else { break };
            if at < indent {
                break;
            }
            if at > indent || is_item(content) {
                return None;
            }
            let (key, rest) = split_key(content)?;
            if key == "<<" {
                return None;
            }
            self.keys += 1;
            if self.keys > self.limits.max_keys {
                return None;
            }
            let mark = self.keys_read.enter(&key, self.offset(at));
            self.pos += 1;
            let value = self.value(rest, indent, depth)?;
            self.keys_read.leave(mark);
            // A duplicate key declines (the full parser reports it): one hash per key.
            if map.insert(key, value).is_some() {
                return None;
            }
        }
        Some(Value::Object(map))
    }

    fn sequence(&mut self, indent: usize, depth: usize) -> Option<Value> {
        if depth >= self.limits.max_depth {
            return None;
        }
        let mut items = Vec::new();
        loop {
            self.skip_blank();
            let Some((at, content)) = self.current() else { break };
            if at < indent || (at == indent && !is_item(content)) {
                break;
            }
            if at > indent {
                return None;
            }
            let rest = content.get(1..).unwrap_or_default().trim_start_matches(' ');
            // Nested blocks and `- key: value` items are left to the full parser.
            if is_blank(rest)
                || (!rest.starts_with(['"', '\'']) && (find_pair(rest, b": ").is_some() || rest.ends_with(':')))
            {
                return None;
            }
            self.pos += 1;
            items.push(self.inline(rest, indent)?);
        }
        Some(Value::Array(items))
    }

    /// What follows `key:` on its line (`rest`, maybe empty), the key at `indent`.
    fn value(&mut self, rest: &'a str, indent: usize, depth: usize) -> Option<Value> {
        let rest = rest.trim_start_matches(' ');
        if !is_blank(rest) {
            return self.inline(rest, indent);
        }
        self.skip_blank();
        match self.current() {
            Some((at, content)) if at > indent => {
                if is_item(content) {
                    self.sequence(at, depth + 1)
                } else {
                    self.mapping(at, depth + 1)
                }
            }
            Some((at, content)) if at == indent && is_item(content) => self.sequence(at, depth + 1),
            _ => Some(Value::Null),
        }
    }

    /// A value written on the line itself (non-empty, not a comment).
    fn inline(&mut self, text: &'a str, indent: usize) -> Option<Value> {
        match text.as_bytes().first()? {
            b'|' | b'>' => self.block_scalar(text, indent),
            b'"' | b'\'' => {
                // After the closing quote: nothing, or a comment after a space.
                let (value, after) = quoted(text)?;
                let rest = after.trim_start_matches(' ');
                (after.is_empty() || (rest.len() < after.len() && is_blank(rest))).then_some(Value::String(value))
            }
            b'[' => flow_sequence(strip_comment(text)),
            _ => plain(strip_comment(text)).map(|t| plain_scalar(t.to_owned())),
        }
    }

    /// `|` or `>`, with `-` chomping or none; the content more indented than `indent`.
    fn block_scalar(&mut self, header: &str, indent: usize) -> Option<Value> {
        let (folded, rest) = (header.starts_with('>'), header.get(1..)?);
        let (strip, rest) = match rest.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        if !is_blank(rest.trim_start_matches(' ')) || (!rest.is_empty() && !rest.starts_with(' ')) {
            return None; // `+`, an indentation digit, or junk
        }
        let (content_indent, _) = self.current()?;
        let first = *self.lines.get(self.pos)?;
        if content_indent <= indent || first.trim_start_matches(' ').is_empty() {
            return None; // empty scalars and leading blank lines
        }
        let mut lines: Vec<&str> = Vec::new();
        while let Some(&line) = self.lines.get(self.pos) {
            let content = line.trim_start_matches(' ');
            let at = line.len() - content.len();
            if content.is_empty() {
                if at > content_indent {
                    return None; // spaces past the indentation are content: left to the full parser
                }
                lines.push("");
            } else if at >= content_indent {
                let text = line.get(content_indent..)?;
                if folded && text.starts_with(' ') {
                    return None; // more-indented lines are not folded
                }
                lines.push(text);
            } else {
                break;
            }
            self.pos += 1;
        }
        while lines.last() == Some(&"") {
            lines.pop();
        }
        let mut out = String::new();
        let mut empties = 0;
        for (i, line) in lines.iter().enumerate() {
            if line.is_empty() {
                empties += 1;
                if !folded {
                    out.push('\n');
                }
                continue;
            }
            if i > 0 {
                if !folded {
                    out.push('\n');
                } else if empties == 0 {
                    out.push(' ');
                } else {
                    out.extend(std::iter::repeat_n('\n', empties));
                }
            }
            empties = 0;
            out.push_str(line);
        }
        if !strip {
            out.push('\n');
        }
        Some(Value::String(out))
    }
}

/// `key: rest` or `key:` → the key as JSON's string and what follows the colon.
fn split_key(content: &str) -> Option<(String, &str)> {
    if content.starts_with(['"', '\'']) {
        let (key, after) = quoted(content)?;
        let rest = after.trim_start_matches(' ').strip_prefix(':')?;
        return (rest.is_empty() || rest.starts_with(' ')).then_some((key, rest));
    }
    let (key, rest) = match find_pair(content, b": ") {
        Some(i) => (content.get(..i)?, content.get(i + 1..)?),
        None => (content.strip_suffix(':')?, ""),
    };
    let key = plain(key.trim_end_matches(' '))?;
    // Keys over YAML's 1 024 characters are the full reader's to refuse (bytes bound them).
    if key.len() > 1024 {
        return None;
    }
    Some((key_string(plain_scalar(key.to_owned()))?, rest))
}

/// A plain scalar as written in block context, or `None` when YAML would read it otherwise
/// (an indicator first, a `: ` or ` #` inside, a `:` at the end) or it is empty.
fn plain(text: &str) -> Option<&str> {
    let first = *text.as_bytes().first()?;
    let indicator = b"-?:,[]{}#&*!|>'\"%@`".contains(&first);
    let dash_word = matches!(first, b'-' | b'?' | b':') && text.as_bytes().get(1).is_some_and(|&b| b != b' ');
    if (indicator && !dash_word)
        || find_pair(text, b": ").is_some()
        || find_pair(text, b" #").is_some()
        || text.ends_with(':')
    {
        return None;
    }
    Some(text)
}

/// Where the two-byte `pair` first occurs: YAML's indicators `: ` and ` #`, looked for in short
/// keys and values, where a byte loop beats `str::find`'s searcher set-up.
fn find_pair(s: &str, pair: &[u8; 2]) -> Option<usize> {
    s.as_bytes().windows(2).position(|w| w == pair)
}

/// A quoted scalar closed on its line, without escapes: the value and the text after it.
fn quoted(text: &str) -> Option<(String, &str)> {
    let quote = text.chars().next()?;
    let body = text.get(1..)?;
    if quote == '"' {
        let end = body.find('"')?;
        let value = body.get(..end)?;
        return (!value.contains('\\')).then(|| (value.to_owned(), body.get(end + 1..).unwrap_or_default()));
    }
    let mut value = String::new();
    let mut rest = body;
    loop {
        let end = rest.find('\'')?;
        value.push_str(rest.get(..end)?);
        let after = rest.get(end + 1..).unwrap_or_default();
        match after.strip_prefix('\'') {
            Some(more) => {
                value.push('\'');
                rest = more;
            }
            None => return Some((value, after)),
        }
    }
}

/// `[a, 'b', "c"]` on one line: plain or quoted items, nothing nested, no empty item.
fn flow_sequence(text: &str) -> Option<Value> {
    let inner = text.strip_prefix('[')?.strip_suffix(']')?;
    if inner.contains(['[', ']', '{', '}', '#']) {
        return None;
    }
    if inner.trim_matches(' ').is_empty() {
        return Some(Value::Array(Vec::new()));
    }
    inner
        .split(',')
        .map(|item| {
            let item = item.trim_matches(' ');
            if item.starts_with(['"', '\'']) {
                let (value, after) = quoted(item)?;
                after.is_empty().then_some(Value::String(value))
            } else {
                let item = plain(item)?;
                (!item.contains(':')).then(|| plain_scalar(item.to_owned()))
            }
        })
        .collect::<Option<Vec<_>>>()
        .map(Value::Array)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every document in the fixtures and the benchmark corpus: what the subset reader accepts,
    /// the full parser reads identically; and it accepts nearly all of the `qa` set.
    #[test]
    fn accepted_blocks_read_as_the_full_parser_reads_them() {
        let root = env!("CARGO_MANIFEST_DIR");
        let limits = Limits::default();
        for (dir, min_accepted) in [
            ("tests/fixtures/frontmatter", 0.3),
            ("benches/corpus/qa", 0.95),
            ("benches/corpus/docs", 0.5),
            ("benches/corpus/html", 0.5),
        ] {
            let (mut seen, mut accepted) = (0, 0);
            let mut files: Vec<_> = std::fs::read_dir(format!("{root}/{dir}")).unwrap().flatten().collect();
            files.sort_by_key(|e| e.path());
            for entry in files {
                let Ok(source) = std::fs::read_to_string(entry.path()) else {
                    continue;
                };
                let Some(rest) = source.strip_prefix("---\n") else {
                    continue;
                };
                let Some(end) = rest
                    .find("\n---\n")
                    .or_else(|| rest.find("\n---").filter(|&i| i + 4 == rest.len()))
                else {
                    continue;
                };
                let block = &rest[..end + 1];
                seen += 1;
                if let Some(fast) = read(block, &limits) {
                    accepted += 1;
                    let full = super::super::reader::read(block, 2, &limits);
                    assert_eq!(full.as_ref().ok(), Some(&fast), "{}", entry.path().display());
                }
            }
            assert!(seen > 0, "{dir}");
            let share = f64::from(accepted) / f64::from(seen);
            assert!(share >= min_accepted, "{dir}: only {accepted} of {seen} accepted");
            eprintln!("{dir}: {accepted} of {seen} read by the subset reader");
        }
    }

    /// Mutated blocks (bytes deleted, duplicated or replaced by YAML's significant characters):
    /// whenever the subset reader still accepts one, the full parser must read the same value.
    #[test]
    fn mutated_blocks_read_as_the_full_parser_reads_them() {
        let limits = Limits::default();
        let seeds = [
            "title: Hello # c\nn: 3\nt: [a, 'b', \"c\"]\nseo:\n  title: 'It''s'\n  list:\n  - x\n  - y\n",
            "answer: >-\n  one\n  two\n\n  three\nlit: |\n  a\n   b\n\n  c\nq: \"x: y\"\nempty:\nz: ~\n",
            "a:\n  b:\n    c: 1.5e3\n    d: -0x1F\n  e: [1, 2.0, true, null]\nf: 'g # h'\n",
        ];
        let noise = [
            " ", "  ", "\n", ":", "- ", "#", "'", "\"", "[", "]", ",", "|", ">", "-", "0", "a", "\\",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % n.max(1)
        };
        let (mut accepted, mut tried) = (0, 0);
        for seed in seeds {
            for _ in 0..4000 {
                let mut text = seed.to_owned();
                for _ in 0..1 + next(3) {
                    let at = next(text.len());
                    if !text.is_char_boundary(at) {
                        continue;
                    }
                    match next(3) {
                        0 => {
                            let end = (at + 1 + next(3)).min(text.len());
                            if text.is_char_boundary(end) {
                                text.replace_range(at..end, "");
                            }
                        }
                        1 => text.insert_str(at, noise[next(noise.len())]),
                        _ => {
                            let end = (at + 1).min(text.len());
                            if text.is_char_boundary(end) {
                                text.replace_range(at..end, noise[next(noise.len())]);
                            }
                        }
                    }
                }
                tried += 1;
                if let Some(fast) = read(&text, &limits) {
                    accepted += 1;
                    let full = super::super::reader::read(&text, 2, &limits);
                    assert_eq!(full.as_ref().ok(), Some(&fast), "{text:?}");
                }
            }
        }
        assert!(
            accepted * 10 > tried,
            "only {accepted} of {tried} mutants accepted: the test would prove little"
        );
    }

    #[test]
    fn the_subset_reads_like_yaml() {
        let read = |s: &str| read(s, &Limits::default()).map(|(value, _)| value);
        let v = read(
            "title: Hello # a comment\nn: 3\nf: 1.5\nt: [a, 'b c', \"d\", 4]\nseo:\n  title: 'It''s'\n  \
             list:\n  - x\n  - y\nanswer: >-\n  one\n  two\n\n  three\nlit: |\n  a\n   b\nempty:\n",
        )
        .unwrap();
        assert_eq!(
            v,
            crate::value::json!({"title": "Hello", "n": 3, "f": 1.5, "t": ["a", "b c", "d", 4],
                "seo": {"title": "It's", "list": ["x", "y"]}, "answer": "one two\nthree", "lit": "a\n b\n", "empty": null})
        );
    }

    #[test]
    fn outside_the_subset_it_declines() {
        for block in [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: {b: 1}\n",
            "a: \"esc\\n\"\n",
            "a: b\na: c\n",
            "a:\n\tb: 1\n",
            "a: >+\n  x\n",
            "a: multi\n  line\n",
            "- top level list\n",
            "a: b: c\n",
            "a:\n  - k: v\n",
            "a: 'unclosed\n",
            "<<: {a: 1}\n",
        ] {
            assert_eq!(read(block, &Limits::default()), None, "{block:?}");
        }
    }
}
