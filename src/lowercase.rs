//! Unicode lower case without core's conversion table.
//!
//! `char::to_lowercase` reads a table of 1 434 `(char, u32)` pairs: 11.4 KB of the module's data,
//! 4.4 KB gzipped. Most of Unicode's lower-case mappings come in runs (`A`–`Z` + 32, `Ā`, `Ă` …
//! each + 1 at every second code point), so the same mappings fit in 184 runs, 1.5 KB. The
//! table is derived from std by the test below, which also checks every `char` against
//! `char::to_lowercase`: a new Unicode version in std fails it and prints the new table.

/// Runs of non-ASCII code points lowered by the same offset: `start << 8 | count << 1 | 1` when
/// the run steps by 2 (`| 0` when by 1), and the offset. Sorted by start.
#[rustfmt::skip]
const RUNS: [(u32, i32); 184] = [
    (0x0000c02e, 32), (0x0000d80e, 32), (0x00010031, 1), (0x00013207, 1),
    (0x00013911, 1), (0x00014a2f, 1), (0x00017802, -121), (0x00017907, 1),
    (0x00018102, 210), (0x00018205, 1), (0x00018602, 206), (0x00018702, 1),
    (0x00018904, 205), (0x00018b02, 1), (0x00018e02, 79), (0x00018f02, 202),
    (0x00019002, 203), (0x00019102, 1), (0x00019302, 205), (0x00019402, 207),
    (0x00019602, 211), (0x00019702, 209), (0x00019802, 1), (0x00019c02, 211),
    (0x00019d02, 213), (0x00019f02, 214), (0x0001a007, 1), (0x0001a602, 218),
    (0x0001a702, 1), (0x0001a902, 218), (0x0001ac02, 1), (0x0001ae02, 218),
    (0x0001af02, 1), (0x0001b104, 217), (0x0001b305, 1), (0x0001b702, 219),
    (0x0001b802, 1), (0x0001bc02, 1), (0x0001c402, 2), (0x0001c502, 1),
    (0x0001c702, 2), (0x0001c802, 1), (0x0001ca02, 2), (0x0001cb13, 1),
    (0x0001de13, 1), (0x0001f102, 2), (0x0001f205, 1), (0x0001f602, -97),
    (0x0001f702, -56), (0x0001f829, 1), (0x00022002, -130), (0x00022213, 1),
    (0x00023a02, 10795), (0x00023b02, 1), (0x00023d02, -163), (0x00023e02, 10792),
    (0x00024102, 1), (0x00024302, -195), (0x00024402, 69), (0x00024502, 71),
    (0x0002460b, 1), (0x00037005, 1), (0x00037602, 1), (0x00037f02, 116),
    (0x00038602, 38), (0x00038806, 37), (0x00038c02, 64), (0x00038e04, 63),
    (0x00039122, 32), (0x0003a312, 32), (0x0003cf02, 8), (0x0003d819, 1),
    (0x0003f402, -60), (0x0003f702, 1), (0x0003f902, -7), (0x0003fa02, 1),
    (0x0003fd06, -130), (0x00040020, 80), (0x00041040, 32), (0x00046023, 1),
    (0x00048a37, 1), (0x0004c002, 15), (0x0004c10f, 1), (0x0004d061, 1),
    (0x0005314c, 48), (0x0010a04c, 7264), (0x0010c702, 7264), (0x0010cd02, 7264),
    (0x0013a0a0, 38864), (0x0013f00c, 8), (0x001c8902, 1), (0x001c9056, -3008),
    (0x001cbd06, -3008), (0x001e0097, 1), (0x001e9e02, -7615), (0x001ea061, 1),
    (0x001f0810, -8), (0x001f180c, -8), (0x001f2810, -8), (0x001f3810, -8),
    (0x001f480c, -8), (0x001f5909, -8), (0x001f6810, -8), (0x001f8810, -8),
    (0x001f9810, -8), (0x001fa810, -8), (0x001fb804, -8), (0x001fba04, -74),
    (0x001fbc02, -9), (0x001fc808, -86), (0x001fcc02, -9), (0x001fd804, -8),
    (0x001fda04, -100), (0x001fe804, -8), (0x001fea04, -112), (0x001fec02, -7),
    (0x001ff804, -128), (0x001ffa04, -126), (0x001ffc02, -9), (0x00212602, -7517),
    (0x00212a02, -8383), (0x00212b02, -8262), (0x00213202, 28), (0x00216020, 16),
    (0x00218302, 1), (0x0024b634, 26), (0x002c0060, 48), (0x002c6002, 1),
    (0x002c6202, -10743), (0x002c6302, -3814), (0x002c6402, -10727), (0x002c6707, 1),
    (0x002c6d02, -10780), (0x002c6e02, -10749), (0x002c6f02, -10783), (0x002c7002, -10782),
    (0x002c7202, 1), (0x002c7502, 1), (0x002c7e04, -10815), (0x002c8065, 1),
    (0x002ceb05, 1), (0x002cf202, 1), (0x00a6402f, 1), (0x00a6801d, 1),
    (0x00a7220f, 1), (0x00a7323f, 1), (0x00a77905, 1), (0x00a77d02, -35332),
    (0x00a77e0b, 1), (0x00a78b02, 1), (0x00a78d02, -42280), (0x00a79005, 1),
    (0x00a79615, 1), (0x00a7aa02, -42308), (0x00a7ab02, -42319), (0x00a7ac02, -42315),
    (0x00a7ad02, -42305), (0x00a7ae02, -42308), (0x00a7b002, -42258), (0x00a7b102, -42282),
    (0x00a7b202, -42261), (0x00a7b302, 928), (0x00a7b411, 1), (0x00a7c402, -48),
    (0x00a7c502, -42307), (0x00a7c602, -35384), (0x00a7c705, 1), (0x00a7cb02, -42343),
    (0x00a7cc11, 1), (0x00a7dc02, -42561), (0x00a7f502, 1), (0x00ff2134, 32),
    (0x01040050, 40), (0x0104b048, 40), (0x01057016, 39), (0x01057c1e, 39),
    (0x01058c0e, 39), (0x01059404, 39), (0x010c8066, 64), (0x010d502c, 32),
    (0x0118a040, 32), (0x016e4040, 32), (0x016ea032, 27), (0x01e90044, 34),
];

/// Appends `c` in lower case to `out`, as `out.extend(c.to_lowercase())` does.
pub(crate) fn push_lowercase(out: &mut String, c: char) {
    if c == '\u{130}' {
        // The one mapping to two characters: `İ` is `i` with a combining dot above.
        out.push_str("i\u{307}");
    } else {
        out.push(lowercase(c));
    }
}

/// `c` in lower case, for every `char` whose lower case is one `char` (all but `İ`).
fn lowercase(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let code = u32::from(c);
    // The last run starting at or before `c`.
    let at = RUNS.partition_point(|&(key, _)| key >> 8 <= code);
    let Some(&(key, offset)) = at.checked_sub(1).and_then(|i| RUNS.get(i)) else {
        return c;
    };
    let (start, count, step) = (key >> 8, (key >> 1) & 0x7f, 1 + (key & 1));
    let distance = code - start;
    if distance % step != 0 || distance / step >= count {
        return c;
    }
    code.checked_add_signed(offset).and_then(char::from_u32).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`RUNS`] as this file writes it, derived from `char::to_lowercase`.
    fn derived_runs() -> Vec<(u32, i32)> {
        let mut maps = Vec::new();
        for c in (0x80..=0x10_ffff).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            if let (Some(l), None) = (lower.next(), lower.next()) {
                if l != c {
                    maps.push((
                        u32::from(c),
                        i32::try_from(i64::from(u32::from(l)) - i64::from(u32::from(c))).unwrap(),
                    ));
                }
            }
        }
        let mut runs = Vec::new();
        let mut i = 0;
        while i < maps.len() {
            let (start, offset) = maps[i];
            let step = match maps.get(i + 1) {
                Some(&(next, o)) if o == offset && next - start <= 2 => next - start,
                _ => 1,
            };
            let mut count = 1;
            while count < 127 && maps.get(i + count) == Some(&(start + step * count as u32, offset)) {
                count += 1;
            }
            runs.push((start << 8 | (count as u32) << 1 | u32::from(step == 2), offset));
            i += count;
        }
        runs
    }

    #[test]
    fn runs_are_derived_from_std() {
        let derived = derived_runs();
        if derived != RUNS {
            let table: Vec<String> = derived.iter().map(|(k, o)| format!("(0x{k:08x}, {o}),")).collect();
            panic!(
                "std's Unicode changed: RUNS ({} entries) should be:\n{}",
                derived.len(),
                table.join(" ")
            );
        }
    }

    #[test]
    fn every_char_lowers_as_std_does() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let mut ours = String::new();
            push_lowercase(&mut ours, c);
            assert_eq!(ours, c.to_lowercase().collect::<String>(), "U+{:04X}", u32::from(c));
        }
    }
}
