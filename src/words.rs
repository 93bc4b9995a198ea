//! Counting the words of the content, for `meta.wordCount` and `meta.readingMinutes`.
//!
//! An observer of the events (see `observe`) that counts the words of the text a reader sees:
//! text and code, not URLs, not image alt text, not raw HTML. A word is a run of
//! characters without white space that holds at least one letter or digit (`—` alone is not a
//! word, `don't` is one). Chinese and Japanese are written without spaces, so each Han, kana
//! or CJK-symbol character counts as a word, as the reading-time estimates of Medium and
//! Zhihu do; Korean is written with spaces between words and is counted by them.

use crate::markdown::event::{Event, Tag, TagEnd};

use crate::observe::Observer;

/// The observer: `WordCount::default()`, then `count()` once the events have passed.
#[derive(Default)]
pub(crate) struct WordCount {
    count: usize,
    /// The last character seen belongs to a word that may go on in the next text event
    /// (`*a*b` is one word).
    in_word: bool,
    /// Open images: their text is alt text, not read.
    images: usize,
}

impl WordCount {
    pub fn count(&self) -> usize {
        self.count
    }

    fn text(&mut self, text: &str) {
        // Most text is ASCII: bytes, with no character decoding or Unicode tables, until the
        // first byte that is not.
        for (i, b) in text.bytes().enumerate() {
            if b.is_ascii_alphanumeric() {
                self.count += usize::from(!self.in_word);
                self.in_word = true;
            } else if matches!(b, b' ' | b'\t'..=b'\r') {
                self.in_word = false;
            } else if !b.is_ascii() {
                return self.text_from_any(text.get(i..).unwrap_or_default());
            }
        }
    }

    /// The same rule by character, for text with other scripts in it.
    fn text_from_any(&mut self, text: &str) {
        for c in text.chars() {
            if is_written_without_spaces(c) {
                self.count += 1;
                self.in_word = false;
            } else if c.is_whitespace() {
                self.in_word = false;
            } else if c.is_alphanumeric() && !self.in_word {
                self.count += 1;
                self.in_word = true;
            }
        }
    }
}

/// Han ideographs, kana and the CJK symbols between them: one word each.
fn is_written_without_spaces(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'     // hiragana, katakana
        | '\u{31F0}'..='\u{31FF}'   // katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'   // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{20000}'..='\u{3134F}' // extensions B to G
    )
}

impl<'a> Observer<'a> for WordCount {
    #[inline]
    fn observe(&mut self, event: &Event<'a>, _offset: usize) {
        match event {
            Event::Text(t) | Event::Code(t) if self.images == 0 => self.text(t),
            Event::Start(Tag::Image { .. }) => self.images += 1,
            Event::End(TagEnd::Image) => self.images = self.images.saturating_sub(1),
            // Inline markup does not end a word; everything else (breaks, blocks) does.
            Event::Text(_)
            | Event::Code(_)
            | Event::Start(
                Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Superscript | Tag::Subscript | Tag::Link { .. },
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link,
            ) => {}
            _ => self.in_word = false,
        }
    }
}

/// Minutes to read `words` at `per_minute`, rounded up: a 10-word note takes a minute, an empty
/// page none.
pub(crate) fn reading_minutes(words: usize, per_minute: std::num::NonZeroU32) -> u32 {
    let minutes = words.div_ceil(per_minute.get() as usize);
    u32::try_from(minutes).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observe::observe_markdown;

    fn words(markdown: &str) -> usize {
        observe_markdown(markdown, WordCount::default()).count()
    }

    #[test]
    fn counts_what_a_reader_reads() {
        assert_eq!(words("Hello, world — don't *stop*now."), 4);
        assert_eq!(words("# Title\n\nOne two\nthree\n\n- a\n- b"), 6);
        assert_eq!(words("a&amp;b `x y` [link text](http://example.com/a/b)"), 5);
        assert_eq!(words("![alt words here](i.png) caption"), 1);
        // Text between inline tags is read; the tags are not.
        assert_eq!(words("<span>raw html</span> 2025"), 3);
        assert_eq!(words("— -- ..."), 0);
        assert_eq!(words(""), 0);
    }

    /// The byte path counts as the character path (its slow reference) does.
    #[test]
    fn byte_path_matches_the_character_path() {
        for text in [
            "a b",
            "don't stop",
            "x\u{b}y",
            "1,2 3.4\tz\u{c}w\u{1c}v",
            "--a-- b_c",
            "tab\there\r\nnext",
            "é x",
            "x é",
        ] {
            let (mut fast, mut slow) = (WordCount::default(), WordCount::default());
            fast.text(text);
            slow.text_from_any(text);
            assert_eq!(fast.count(), slow.count(), "{text:?}");
        }
    }

    #[test]
    fn cjk_by_character_korean_by_word() {
        assert_eq!(words("日本語のテキスト"), 8);
        assert_eq!(words("中文 text 混合"), 5);
        assert_eq!(words("한국어 문장입니다"), 2);
    }

    #[test]
    fn minutes_round_up() {
        let rate = std::num::NonZeroU32::new(230).unwrap();
        assert_eq!(reading_minutes(0, rate), 0);
        assert_eq!(reading_minutes(1, rate), 1);
        assert_eq!(reading_minutes(230, rate), 1);
        assert_eq!(reading_minutes(231, rate), 2);
    }
}
