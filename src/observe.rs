//! Readers of the event stream that change nothing: each a single-purpose [`Observer`]
//! (`links::LinkCheck`, `words::WordCount`), all run by one adapter, [`Observed`], so adding one
//! adds no layer to the iterator chain (measured: each extra layer cost the whole render 5–9 %,
//! the moves of every event through it).

use std::ops::Range;

use crate::markdown::event::Event;

type Item<'a> = (Event<'a>, Range<usize>);

/// Something that reads each event and where it starts in the markdown.
pub(crate) trait Observer<'a> {
    fn observe(&mut self, event: &Event<'a>, offset: usize);
}

impl<'a, O: Observer<'a>> Observer<'a> for &mut O {
    #[inline]
    fn observe(&mut self, event: &Event<'a>, offset: usize) {
        (**self).observe(event, offset);
    }
}

impl<'a, A: Observer<'a>, B: Observer<'a>> Observer<'a> for (A, B) {
    #[inline]
    fn observe(&mut self, event: &Event<'a>, offset: usize) {
        self.0.observe(event, offset);
        self.1.observe(event, offset);
    }
}

/// The adapter: yields `inner`'s events unchanged after `observer` has read each.
pub(crate) struct Observed<I, O> {
    inner: I,
    observer: O,
}

impl<I, O> Observed<I, O> {
    pub fn new(inner: I, observer: O) -> Self {
        Observed { inner, observer }
    }
}

/// `observer` after it has read every event of `markdown` (for the observers' own tests).
#[cfg(test)]
pub(crate) fn observe_markdown<'a, O: Observer<'a>>(markdown: &'a str, mut observer: O) -> O {
    for (event, range) in crate::markdown::parse::Parser::new(markdown, Default::default()) {
        observer.observe(&event, range.start);
    }
    observer
}

impl<'a, I: Iterator<Item = Item<'a>>, O: Observer<'a>> Iterator for Observed<I, O> {
    type Item = Item<'a>;

    #[inline]
    fn next(&mut self) -> Option<Item<'a>> {
        let item = self.inner.next()?;
        self.observer.observe(&item.0, item.1.start);
        Some(item)
    }
}
