//! Random edits of front-matter text for the readers' differential tests (TOML and YAML):
//! deterministic, so a failure reproduces from its seed.

/// A small deterministic generator (xorshift64), so a failure reproduces.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// One random edit: insert a piece, delete a range, or repeat a line.
pub(crate) fn mutate(text: &str, rng: &mut Rng, pieces: &[&str]) -> String {
    let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
    let at = bounds[rng.below(bounds.len())];
    let (head, tail) = text.split_at(at);
    match rng.below(3) {
        0 => format!("{head}{}{tail}", pieces[rng.below(pieces.len())]),
        1 => {
            let end = bounds[(bounds.partition_point(|&b| b < at) + 1 + rng.below(8)).min(bounds.len() - 1)];
            format!("{head}{}", &text[end..])
        }
        _ => {
            let line_start = head.rfind('\n').map_or(0, |i| i + 1);
            let line_end = tail.find('\n').map_or(text.len(), |i| at + i + 1);
            format!("{}{}", &text[..line_end], &text[line_start..])
        }
    }
}
