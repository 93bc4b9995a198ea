//! HTML's named character references, shared by the markdown parser (`&copy;` in text) and the
//! sanitizer (in attribute values and raw HTML).
//!
//! Written here as one readable string of `name;value` entries in the order of their values, each
//! ended by a NUL, and packed at compile time (see `NAMES`, `VALUES`): a table of `(&str, &str)`
//! pairs costs 16 bytes of pointers per entry on top of the text (2 125 entries: 34 KB, where the
//! string is 23 KB). The list is HTML's (the WHATWG `entities.json`), names without their
//! `;`-less legacy forms, which CommonMark does not decode.

use std::borrow::Cow;
use std::sync::OnceLock;

/// The value of `&name;`, if `name` is one of HTML's named references.
pub(crate) fn named(name: &str) -> Option<Cow<'static, str>> {
    common(name).map(Cow::Borrowed).or_else(|| search(name).map(Cow::Owned))
}

/// The references writers use most, without the search (the others build an index at their
/// first use; `&nbsp;` alone is a whole body in some CMSs' files).
fn common(name: &str) -> Option<&'static str> {
    Some(match name {
        "nbsp" => "\u{a0}",
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "copy" => "©",
        "mdash" => "—",
        "ndash" => "–",
        "hellip" => "…",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        _ => return None,
    })
}

/// `named` from the packed table, through an index built once.
fn search(name: &str) -> Option<String> {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build).find(name.as_bytes())
}

/// A hash table over the packed names, built at the first reference `common` does not answer
/// (one pass over the table). The table is in the order of its values, not of its names, because
/// that order packs smaller: the values delta-coded instead of as text in name order, the module
/// 1.9 KB smaller gzipped (166 626 → 164 762 bytes). So it cannot be searched by name as it is.
struct Index {
    /// Open addressing by `hash`: a name's start in `NAMES` (low 16 bits) and its value's number
    /// (high 16 bits), or `EMPTY`.
    slots: Vec<u32>,
    /// Each distinct value, its second character `'\0'` when it has none.
    values: Vec<[char; 2]>,
}

/// A power of two near twice the 2 125 names, so probes stay short.
const SLOTS: usize = 4096;
const EMPTY: u32 = u32::MAX;

impl Index {
    fn build() -> Self {
        // 1 511 distinct values among the 2 125 names.
        let mut index = Index {
            slots: vec![EMPTY; SLOTS],
            values: Vec::with_capacity(1511),
        };
        let (mut at, mut value_at, mut first) = (0, 0, 0);
        while let Some(&marker) = NAMES.get(at) {
            if marker == NEW_VALUE {
                let delta = varint(&mut value_at);
                let second = if delta & 1 == 1 { varint(&mut value_at) } else { 0 };
                first += delta >> 1;
                let char_of = |code| char::from_u32(code).unwrap_or_default();
                index.values.push([char_of(first), char_of(second)]);
            }
            let name = name_at(at + 1);
            let entry = (at + 1) as u32 | ((index.values.len().saturating_sub(1) as u32) << 16);
            let mut slot = hash(name);
            while let Some(taken) = index.slots.get_mut(slot % SLOTS) {
                if *taken == EMPTY {
                    *taken = entry;
                    break;
                }
                slot += 1;
            }
            at += 1 + name.len();
        }
        index
    }

    fn find(&self, name: &[u8]) -> Option<String> {
        let mut slot = hash(name);
        loop {
            let entry = *self.slots.get(slot % SLOTS)?;
            if entry == EMPTY {
                return None;
            }
            if name_at((entry & 0xffff) as usize) == name {
                let [first, second] = *self.values.get((entry >> 16) as usize)?;
                return Some([first, second].iter().filter(|&&c| c != '\0').collect());
            }
            slot += 1;
        }
    }
}

/// FNV-1a: names are short and few, so a simple hash spreads them well enough.
fn hash(name: &[u8]) -> usize {
    let hash = name
        .iter()
        .fold(0x811c_9dc5_u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    hash as usize
}

/// The packed name starting at `start`: up to the next marker.
fn name_at(start: usize) -> &'static [u8] {
    let rest = NAMES.get(start..).unwrap_or_default();
    rest.get(..rest.iter().position(|&b| b <= SAME_VALUE).unwrap_or(rest.len()))
        .unwrap_or_default()
}

/// The LEB128 number at `VALUES[*at]`, moving `at` past it.
fn varint(at: &mut usize) -> u32 {
    let mut value = 0;
    for shift in [0, 7, 14] {
        let byte = VALUES.get(*at).copied().unwrap_or_default();
        *at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            break;
        }
    }
    value
}

// The packed table, built at compile time from `TABLE` (which stays the readable source and the
// tests' truth, and is not in the module): each name after a marker byte (`NEW_VALUE` when its
// value differs from the name's before, `SAME_VALUE` when not), and the values apart, one per
// `NEW_VALUE`: the first character's code point as its difference to the value's before, doubled,
// plus one when a second character follows, then that character's code point, each LEB128 of at
// most three bytes (21 bits).
const NEW_VALUE: u8 = 0;
const SAME_VALUE: u8 = 1;
const SIZES: (usize, usize) = packed_sizes(TABLE.as_bytes());
// A name's start must fit the index's 16 bits.
const _: () = assert!(SIZES.0 <= 0xffff);
const PACKED: ([u8; SIZES.0], [u8; SIZES.1]) = pack(TABLE.as_bytes());
static NAMES: [u8; SIZES.0] = PACKED.0;
static VALUES: [u8; SIZES.1] = PACKED.1;

// These run at compile time only, where an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
mod build {
    /// Each entry of `table` (`name;value\0`): the end of its name and of its value.
    pub(super) const fn entry(table: &[u8], start: usize) -> (usize, usize) {
        let mut semicolon = start;
        while table[semicolon] != b';' {
            semicolon += 1;
        }
        let mut end = semicolon + 1;
        while table[end] != 0 {
            end += 1;
        }
        (semicolon, end)
    }

    /// The code point of the UTF-8 character at `table[at]`, and its length.
    pub(super) const fn char_at(table: &[u8], at: usize) -> (u32, usize) {
        let b = table[at] as u32;
        match b {
            0..=0x7f => (b, 1),
            0xc0..=0xdf => ((b & 0x1f) << 6 | more(table, at + 1), 2),
            0xe0..=0xef => ((b & 0x0f) << 12 | more(table, at + 1) << 6 | more(table, at + 2), 3),
            _ => {
                let low = more(table, at + 2) << 6 | more(table, at + 3);
                ((b & 0x07) << 18 | more(table, at + 1) << 12 | low, 4)
            }
        }
    }

    /// The six bits a UTF-8 continuation byte carries.
    const fn more(table: &[u8], at: usize) -> u32 {
        (table[at] & 0x3f) as u32
    }

    /// The one or two code points of the value `table[start..end]`, the second 0 when absent.
    pub(super) const fn value(table: &[u8], start: usize, end: usize) -> (u32, u32) {
        let (first, len) = char_at(table, start);
        if start + len == end {
            return (first, 0);
        }
        let (second, len2) = char_at(table, start + len);
        assert!(start + len + len2 == end, "a value is one or two characters");
        (first, second)
    }

    /// Whether `table[a..a_end]` and `table[b..b_end]` are the same bytes.
    pub(super) const fn same(table: &[u8], a: usize, a_end: usize, b: usize, b_end: usize) -> bool {
        if a_end - a != b_end - b {
            return false;
        }
        let mut n = 0;
        while a + n < a_end {
            if table[a + n] != table[b + n] {
                return false;
            }
            n += 1;
        }
        true
    }

    /// The LEB128 bytes of `n` written at `out[at]` (when `out` is long enough), and their count.
    pub(super) const fn varint(out: &mut [u8], at: usize, mut n: u32) -> usize {
        let mut len = 0;
        loop {
            let byte = (n & 0x7f) as u8 | if n >= 0x80 { 0x80 } else { 0 };
            if at + len < out.len() {
                out[at + len] = byte;
            }
            len += 1;
            n >>= 7;
            if n == 0 {
                return len;
            }
        }
    }
}

/// The packed names' and values' lengths.
const fn packed_sizes(table: &[u8]) -> (usize, usize) {
    let packed: ([u8; 0], [u8; 0], usize, usize) = pack_into(table);
    (packed.2, packed.3)
}

const fn pack<const N: usize, const V: usize>(table: &[u8]) -> ([u8; N], [u8; V]) {
    let packed: ([u8; N], [u8; V], usize, usize) = pack_into(table);
    (packed.0, packed.1)
}

/// Packs `table` into arrays of `N` and `V` bytes, writing what fits, and counts the bytes it
/// needs; it checks that the values come in order, so each difference is positive.
#[allow(clippy::indexing_slicing)]
const fn pack_into<const N: usize, const V: usize>(table: &[u8]) -> ([u8; N], [u8; V], usize, usize) {
    let (mut names, mut values) = ([0u8; N], [0u8; V]);
    let (mut name_at, mut value_at, mut start, mut previous, mut first) = (0, 0, 0, (0, 0), 0);
    while start < table.len() {
        let (semicolon, end) = build::entry(table, start);
        let new = !build::same(table, semicolon + 1, end, previous.0, previous.1);
        if name_at < N {
            names[name_at] = if new { NEW_VALUE } else { SAME_VALUE };
        }
        name_at += 1;
        let mut i = start;
        while i < semicolon {
            if name_at < N {
                names[name_at] = table[i];
            }
            (name_at, i) = (name_at + 1, i + 1);
        }
        if new {
            let (code, second) = build::value(table, semicolon + 1, end);
            assert!(code >= first, "the table is in the order of its values");
            assert!(
                (code - first) < 1 << 20,
                "a difference fits three LEB128 bytes, doubled"
            );
            value_at += build::varint(&mut values, value_at, (code - first) << 1 | (second != 0) as u32);
            if second != 0 {
                value_at += build::varint(&mut values, value_at, second);
            }
            first = code;
        }
        previous = (semicolon + 1, end);
        start = end + 1;
    }
    (names, values, name_at, value_at)
}

#[rustfmt::skip]
const TABLE: &str = "\
Tab;\u{9}\0NewLine;\u{a}\0excl;!\0QUOT;\u{22}\0quot;\u{22}\0num;#\0dollar;$\0percnt;%\0AMP;&\0\
amp;&\0apos;'\0lpar;(\0rpar;)\0ast;*\0midast;*\0plus;+\0comma;,\0period;.\0sol;/\0colon;:\0\
semi;;\0LT;<\0lt;<\0nvlt;<\u{20d2}\0equals;=\0bne;=\u{20e5}\0GT;>\0gt;>\0nvgt;>\u{20d2}\0\
quest;?\0commat;@\0lbrack;[\0lsqb;[\0bsol;\u{5c}\0rbrack;]\0rsqb;]\0Hat;^\0UnderBar;_\0\
lowbar;_\0DiacriticalGrave;`\0grave;`\0fjlig;fj\0lbrace;{\0lcub;{\0VerticalLine;|\0verbar;|\0\
vert;|\0rbrace;}\0rcub;}\0NonBreakingSpace;\u{a0}\0nbsp;\u{a0}\0iexcl;¡\0cent;¢\0pound;£\0\
curren;¤\0yen;¥\0brvbar;¦\0sect;§\0Dot;¨\0DoubleDot;¨\0die;¨\0uml;¨\0COPY;©\0copy;©\0ordf;ª\0\
laquo;«\0not;¬\0shy;\u{ad}\0REG;®\0circledR;®\0reg;®\0macr;¯\0strns;¯\0deg;°\0PlusMinus;±\0\
plusmn;±\0pm;±\0sup2;²\0sup3;³\0DiacriticalAcute;´\0acute;´\0micro;µ\0para;¶\0CenterDot;·\0\
centerdot;·\0middot;·\0Cedilla;¸\0cedil;¸\0sup1;¹\0ordm;º\0raquo;»\0frac14;¼\0frac12;½\0half;½\0\
frac34;¾\0iquest;¿\0Agrave;À\0Aacute;Á\0Acirc;Â\0Atilde;Ã\0Auml;Ä\0Aring;Å\0angst;Å\0AElig;Æ\0\
Ccedil;Ç\0Egrave;È\0Eacute;É\0Ecirc;Ê\0Euml;Ë\0Igrave;Ì\0Iacute;Í\0Icirc;Î\0Iuml;Ï\0ETH;Ð\0\
Ntilde;Ñ\0Ograve;Ò\0Oacute;Ó\0Ocirc;Ô\0Otilde;Õ\0Ouml;Ö\0times;×\0Oslash;Ø\0Ugrave;Ù\0Uacute;Ú\0\
Ucirc;Û\0Uuml;Ü\0Yacute;Ý\0THORN;Þ\0szlig;ß\0agrave;à\0aacute;á\0acirc;â\0atilde;ã\0auml;ä\0\
aring;å\0aelig;æ\0ccedil;ç\0egrave;è\0eacute;é\0ecirc;ê\0euml;ë\0igrave;ì\0iacute;í\0icirc;î\0\
iuml;ï\0eth;ð\0ntilde;ñ\0ograve;ò\0oacute;ó\0ocirc;ô\0otilde;õ\0ouml;ö\0div;÷\0divide;÷\0\
oslash;ø\0ugrave;ù\0uacute;ú\0ucirc;û\0uuml;ü\0yacute;ý\0thorn;þ\0yuml;ÿ\0Amacr;Ā\0amacr;ā\0\
Abreve;Ă\0abreve;ă\0Aogon;Ą\0aogon;ą\0Cacute;Ć\0cacute;ć\0Ccirc;Ĉ\0ccirc;ĉ\0Cdot;Ċ\0cdot;ċ\0\
Ccaron;Č\0ccaron;č\0Dcaron;Ď\0dcaron;ď\0Dstrok;Đ\0dstrok;đ\0Emacr;Ē\0emacr;ē\0Edot;Ė\0edot;ė\0\
Eogon;Ę\0eogon;ę\0Ecaron;Ě\0ecaron;ě\0Gcirc;Ĝ\0gcirc;ĝ\0Gbreve;Ğ\0gbreve;ğ\0Gdot;Ġ\0gdot;ġ\0\
Gcedil;Ģ\0Hcirc;Ĥ\0hcirc;ĥ\0Hstrok;Ħ\0hstrok;ħ\0Itilde;Ĩ\0itilde;ĩ\0Imacr;Ī\0imacr;ī\0Iogon;Į\0\
iogon;į\0Idot;İ\0imath;ı\0inodot;ı\0IJlig;Ĳ\0ijlig;ĳ\0Jcirc;Ĵ\0jcirc;ĵ\0Kcedil;Ķ\0kcedil;ķ\0\
kgreen;ĸ\0Lacute;Ĺ\0lacute;ĺ\0Lcedil;Ļ\0lcedil;ļ\0Lcaron;Ľ\0lcaron;ľ\0Lmidot;Ŀ\0lmidot;ŀ\0\
Lstrok;Ł\0lstrok;ł\0Nacute;Ń\0nacute;ń\0Ncedil;Ņ\0ncedil;ņ\0Ncaron;Ň\0ncaron;ň\0napos;ŉ\0ENG;Ŋ\0\
eng;ŋ\0Omacr;Ō\0omacr;ō\0Odblac;Ő\0odblac;ő\0OElig;Œ\0oelig;œ\0Racute;Ŕ\0racute;ŕ\0Rcedil;Ŗ\0\
rcedil;ŗ\0Rcaron;Ř\0rcaron;ř\0Sacute;Ś\0sacute;ś\0Scirc;Ŝ\0scirc;ŝ\0Scedil;Ş\0scedil;ş\0\
Scaron;Š\0scaron;š\0Tcedil;Ţ\0tcedil;ţ\0Tcaron;Ť\0tcaron;ť\0Tstrok;Ŧ\0tstrok;ŧ\0Utilde;Ũ\0\
utilde;ũ\0Umacr;Ū\0umacr;ū\0Ubreve;Ŭ\0ubreve;ŭ\0Uring;Ů\0uring;ů\0Udblac;Ű\0udblac;ű\0Uogon;Ų\0\
uogon;ų\0Wcirc;Ŵ\0wcirc;ŵ\0Ycirc;Ŷ\0ycirc;ŷ\0Yuml;Ÿ\0Zacute;Ź\0zacute;ź\0Zdot;Ż\0zdot;ż\0\
Zcaron;Ž\0zcaron;ž\0fnof;ƒ\0imped;Ƶ\0gacute;ǵ\0jmath;ȷ\0circ;ˆ\0Hacek;ˇ\0caron;ˇ\0Breve;˘\0\
breve;˘\0DiacriticalDot;˙\0dot;˙\0ring;˚\0ogon;˛\0DiacriticalTilde;˜\0tilde;˜\0\
DiacriticalDoubleAcute;˝\0dblac;˝\0DownBreve;\u{311}\0Alpha;Α\0Beta;Β\0Gamma;Γ\0Delta;Δ\0\
Epsilon;Ε\0Zeta;Ζ\0Eta;Η\0Theta;Θ\0Iota;Ι\0Kappa;Κ\0Lambda;Λ\0Mu;Μ\0Nu;Ν\0Xi;Ξ\0Omicron;Ο\0\
Pi;Π\0Rho;Ρ\0Sigma;Σ\0Tau;Τ\0Upsilon;Υ\0Phi;Φ\0Chi;Χ\0Psi;Ψ\0Omega;Ω\0ohm;Ω\0alpha;α\0beta;β\0\
gamma;γ\0delta;δ\0epsi;ε\0epsilon;ε\0zeta;ζ\0eta;η\0theta;θ\0iota;ι\0kappa;κ\0lambda;λ\0mu;μ\0\
nu;ν\0xi;ξ\0omicron;ο\0pi;π\0rho;ρ\0sigmaf;ς\0sigmav;ς\0varsigma;ς\0sigma;σ\0tau;τ\0upsi;υ\0\
upsilon;υ\0phi;φ\0chi;χ\0psi;ψ\0omega;ω\0thetasym;ϑ\0thetav;ϑ\0vartheta;ϑ\0Upsi;ϒ\0upsih;ϒ\0\
phiv;ϕ\0straightphi;ϕ\0varphi;ϕ\0piv;ϖ\0varpi;ϖ\0Gammad;Ϝ\0digamma;ϝ\0gammad;ϝ\0kappav;ϰ\0\
varkappa;ϰ\0rhov;ϱ\0varrho;ϱ\0epsiv;ϵ\0straightepsilon;ϵ\0varepsilon;ϵ\0backepsilon;϶\0bepsi;϶\0\
IOcy;Ё\0DJcy;Ђ\0GJcy;Ѓ\0Jukcy;Є\0DScy;Ѕ\0Iukcy;І\0YIcy;Ї\0Jsercy;Ј\0LJcy;Љ\0NJcy;Њ\0TSHcy;Ћ\0\
KJcy;Ќ\0Ubrcy;Ў\0DZcy;Џ\0Acy;А\0Bcy;Б\0Vcy;В\0Gcy;Г\0Dcy;Д\0IEcy;Е\0ZHcy;Ж\0Zcy;З\0Icy;И\0\
Jcy;Й\0Kcy;К\0Lcy;Л\0Mcy;М\0Ncy;Н\0Ocy;О\0Pcy;П\0Rcy;Р\0Scy;С\0Tcy;Т\0Ucy;У\0Fcy;Ф\0KHcy;Х\0\
TScy;Ц\0CHcy;Ч\0SHcy;Ш\0SHCHcy;Щ\0HARDcy;Ъ\0Ycy;Ы\0SOFTcy;Ь\0Ecy;Э\0YUcy;Ю\0YAcy;Я\0acy;а\0\
bcy;б\0vcy;в\0gcy;г\0dcy;д\0iecy;е\0zhcy;ж\0zcy;з\0icy;и\0jcy;й\0kcy;к\0lcy;л\0mcy;м\0ncy;н\0\
ocy;о\0pcy;п\0rcy;р\0scy;с\0tcy;т\0ucy;у\0fcy;ф\0khcy;х\0tscy;ц\0chcy;ч\0shcy;ш\0shchcy;щ\0\
hardcy;ъ\0ycy;ы\0softcy;ь\0ecy;э\0yucy;ю\0yacy;я\0iocy;ё\0djcy;ђ\0gjcy;ѓ\0jukcy;є\0dscy;ѕ\0\
iukcy;і\0yicy;ї\0jsercy;ј\0ljcy;љ\0njcy;њ\0tshcy;ћ\0kjcy;ќ\0ubrcy;ў\0dzcy;џ\0ensp;\u{2002}\0\
emsp;\u{2003}\0emsp13;\u{2004}\0emsp14;\u{2005}\0numsp;\u{2007}\0puncsp;\u{2008}\0\
ThinSpace;\u{2009}\0thinsp;\u{2009}\0VeryThinSpace;\u{200a}\0hairsp;\u{200a}\0\
NegativeMediumSpace;\u{200b}\0NegativeThickSpace;\u{200b}\0NegativeThinSpace;\u{200b}\0\
NegativeVeryThinSpace;\u{200b}\0ZeroWidthSpace;\u{200b}\0zwnj;\u{200c}\0zwj;\u{200d}\0lrm;‎\0\
rlm;‏\0dash;‐\0hyphen;‐\0ndash;–\0mdash;—\0horbar;―\0Verbar;‖\0Vert;‖\0OpenCurlyQuote;‘\0\
lsquo;‘\0CloseCurlyQuote;’\0rsquo;’\0rsquor;’\0lsquor;‚\0sbquo;‚\0OpenCurlyDoubleQuote;“\0\
ldquo;“\0CloseCurlyDoubleQuote;”\0rdquo;”\0rdquor;”\0bdquo;„\0ldquor;„\0dagger;†\0Dagger;‡\0\
ddagger;‡\0bull;•\0bullet;•\0nldr;‥\0hellip;…\0mldr;…\0permil;‰\0pertenk;‱\0prime;′\0Prime;″\0\
tprime;‴\0backprime;‵\0bprime;‵\0lsaquo;‹\0rsaquo;›\0OverBar;‾\0oline;‾\0caret;⁁\0hybull;⁃\0\
frasl;⁄\0bsemi;⁏\0qprime;⁗\0MediumSpace;\u{205f}\0ThickSpace;\u{205f}\u{200a}\0\
NoBreak;\u{2060}\0ApplyFunction;\u{2061}\0af;\u{2061}\0InvisibleTimes;\u{2062}\0it;\u{2062}\0\
InvisibleComma;\u{2063}\0ic;\u{2063}\0euro;€\0TripleDot;⃛\0tdot;⃛\0DotDot;⃜\0Copf;ℂ\0\
complexes;ℂ\0incare;℅\0gscr;ℊ\0HilbertSpace;ℋ\0Hscr;ℋ\0hamilt;ℋ\0Hfr;ℌ\0Poincareplane;ℌ\0\
Hopf;ℍ\0quaternions;ℍ\0planckh;ℎ\0hbar;ℏ\0hslash;ℏ\0planck;ℏ\0plankv;ℏ\0Iscr;ℐ\0imagline;ℐ\0\
Ifr;ℑ\0Im;ℑ\0image;ℑ\0imagpart;ℑ\0Laplacetrf;ℒ\0Lscr;ℒ\0lagran;ℒ\0ell;ℓ\0Nopf;ℕ\0naturals;ℕ\0\
numero;№\0copysr;℗\0weierp;℘\0wp;℘\0Popf;ℙ\0primes;ℙ\0Qopf;ℚ\0rationals;ℚ\0Rscr;ℛ\0realine;ℛ\0\
Re;ℜ\0Rfr;ℜ\0real;ℜ\0realpart;ℜ\0Ropf;ℝ\0reals;ℝ\0rx;℞\0TRADE;™\0trade;™\0Zopf;ℤ\0integers;ℤ\0\
mho;℧\0Zfr;ℨ\0zeetrf;ℨ\0iiota;℩\0Bernoullis;ℬ\0Bscr;ℬ\0bernou;ℬ\0Cayleys;ℭ\0Cfr;ℭ\0escr;ℯ\0\
Escr;ℰ\0expectation;ℰ\0Fouriertrf;ℱ\0Fscr;ℱ\0Mellintrf;ℳ\0Mscr;ℳ\0phmmat;ℳ\0order;ℴ\0orderof;ℴ\0\
oscr;ℴ\0alefsym;ℵ\0aleph;ℵ\0beth;ℶ\0gimel;ℷ\0daleth;ℸ\0CapitalDifferentialD;ⅅ\0DD;ⅅ\0\
DifferentialD;ⅆ\0dd;ⅆ\0ExponentialE;ⅇ\0ee;ⅇ\0exponentiale;ⅇ\0ImaginaryI;ⅈ\0ii;ⅈ\0frac13;⅓\0\
frac23;⅔\0frac15;⅕\0frac25;⅖\0frac35;⅗\0frac45;⅘\0frac16;⅙\0frac56;⅚\0frac18;⅛\0frac38;⅜\0\
frac58;⅝\0frac78;⅞\0LeftArrow;←\0ShortLeftArrow;←\0larr;←\0leftarrow;←\0slarr;←\0\
ShortUpArrow;↑\0UpArrow;↑\0uarr;↑\0uparrow;↑\0RightArrow;→\0ShortRightArrow;→\0rarr;→\0\
rightarrow;→\0srarr;→\0DownArrow;↓\0ShortDownArrow;↓\0darr;↓\0downarrow;↓\0LeftRightArrow;↔\0\
harr;↔\0leftrightarrow;↔\0UpDownArrow;↕\0updownarrow;↕\0varr;↕\0UpperLeftArrow;↖\0nwarr;↖\0\
nwarrow;↖\0UpperRightArrow;↗\0nearr;↗\0nearrow;↗\0LowerRightArrow;↘\0searr;↘\0searrow;↘\0\
LowerLeftArrow;↙\0swarr;↙\0swarrow;↙\0nlarr;↚\0nleftarrow;↚\0nrarr;↛\0nrightarrow;↛\0rarrw;↝\0\
rightsquigarrow;↝\0nrarrw;↝\u{338}\0Larr;↞\0twoheadleftarrow;↞\0Uarr;↟\0Rarr;↠\0\
twoheadrightarrow;↠\0Darr;↡\0larrtl;↢\0leftarrowtail;↢\0rarrtl;↣\0rightarrowtail;↣\0\
LeftTeeArrow;↤\0mapstoleft;↤\0UpTeeArrow;↥\0mapstoup;↥\0RightTeeArrow;↦\0map;↦\0mapsto;↦\0\
DownTeeArrow;↧\0mapstodown;↧\0hookleftarrow;↩\0larrhk;↩\0hookrightarrow;↪\0rarrhk;↪\0larrlp;↫\0\
looparrowleft;↫\0looparrowright;↬\0rarrlp;↬\0harrw;↭\0leftrightsquigarrow;↭\0nharr;↮\0\
nleftrightarrow;↮\0Lsh;↰\0lsh;↰\0Rsh;↱\0rsh;↱\0ldsh;↲\0rdsh;↳\0crarr;↵\0cularr;↶\0\
curvearrowleft;↶\0curarr;↷\0curvearrowright;↷\0circlearrowleft;↺\0olarr;↺\0circlearrowright;↻\0\
orarr;↻\0LeftVector;↼\0leftharpoonup;↼\0lharu;↼\0DownLeftVector;↽\0leftharpoondown;↽\0lhard;↽\0\
RightUpVector;↾\0uharr;↾\0upharpoonright;↾\0LeftUpVector;↿\0uharl;↿\0upharpoonleft;↿\0\
RightVector;⇀\0rharu;⇀\0rightharpoonup;⇀\0DownRightVector;⇁\0rhard;⇁\0rightharpoondown;⇁\0\
RightDownVector;⇂\0dharr;⇂\0downharpoonright;⇂\0LeftDownVector;⇃\0dharl;⇃\0downharpoonleft;⇃\0\
RightArrowLeftArrow;⇄\0rightleftarrows;⇄\0rlarr;⇄\0UpArrowDownArrow;⇅\0udarr;⇅\0\
LeftArrowRightArrow;⇆\0leftrightarrows;⇆\0lrarr;⇆\0leftleftarrows;⇇\0llarr;⇇\0upuparrows;⇈\0\
uuarr;⇈\0rightrightarrows;⇉\0rrarr;⇉\0ddarr;⇊\0downdownarrows;⇊\0ReverseEquilibrium;⇋\0\
leftrightharpoons;⇋\0lrhar;⇋\0Equilibrium;⇌\0rightleftharpoons;⇌\0rlhar;⇌\0nLeftarrow;⇍\0\
nlArr;⇍\0nLeftrightarrow;⇎\0nhArr;⇎\0nRightarrow;⇏\0nrArr;⇏\0DoubleLeftArrow;⇐\0Leftarrow;⇐\0\
lArr;⇐\0DoubleUpArrow;⇑\0Uparrow;⇑\0uArr;⇑\0DoubleRightArrow;⇒\0Implies;⇒\0Rightarrow;⇒\0\
rArr;⇒\0DoubleDownArrow;⇓\0Downarrow;⇓\0dArr;⇓\0DoubleLeftRightArrow;⇔\0Leftrightarrow;⇔\0\
hArr;⇔\0iff;⇔\0DoubleUpDownArrow;⇕\0Updownarrow;⇕\0vArr;⇕\0nwArr;⇖\0neArr;⇗\0seArr;⇘\0swArr;⇙\0\
Lleftarrow;⇚\0lAarr;⇚\0Rrightarrow;⇛\0rAarr;⇛\0zigrarr;⇝\0LeftArrowBar;⇤\0larrb;⇤\0\
RightArrowBar;⇥\0rarrb;⇥\0DownArrowUpArrow;⇵\0duarr;⇵\0loarr;⇽\0roarr;⇾\0hoarr;⇿\0ForAll;∀\0\
forall;∀\0comp;∁\0complement;∁\0PartialD;∂\0part;∂\0npart;∂\u{338}\0Exists;∃\0exist;∃\0\
NotExists;∄\0nexist;∄\0nexists;∄\0empty;∅\0emptyset;∅\0emptyv;∅\0varnothing;∅\0Del;∇\0nabla;∇\0\
Element;∈\0in;∈\0isin;∈\0isinv;∈\0NotElement;∉\0notin;∉\0notinva;∉\0ReverseElement;∋\0\
SuchThat;∋\0ni;∋\0niv;∋\0NotReverseElement;∌\0notni;∌\0notniva;∌\0Product;∏\0prod;∏\0\
Coproduct;∐\0coprod;∐\0Sum;∑\0sum;∑\0minus;−\0MinusPlus;∓\0mnplus;∓\0mp;∓\0dotplus;∔\0plusdo;∔\0\
Backslash;∖\0setminus;∖\0setmn;∖\0smallsetminus;∖\0ssetmn;∖\0lowast;∗\0SmallCircle;∘\0compfn;∘\0\
Sqrt;√\0radic;√\0Proportional;∝\0prop;∝\0propto;∝\0varpropto;∝\0vprop;∝\0infin;∞\0angrt;∟\0\
ang;∠\0angle;∠\0nang;∠\u{20d2}\0angmsd;∡\0measuredangle;∡\0angsph;∢\0VerticalBar;∣\0mid;∣\0\
shortmid;∣\0smid;∣\0NotVerticalBar;∤\0nmid;∤\0nshortmid;∤\0nsmid;∤\0DoubleVerticalBar;∥\0par;∥\0\
parallel;∥\0shortparallel;∥\0spar;∥\0NotDoubleVerticalBar;∦\0npar;∦\0nparallel;∦\0\
nshortparallel;∦\0nspar;∦\0and;∧\0wedge;∧\0or;∨\0vee;∨\0cap;∩\0caps;∩\u{fe00}\0cup;∪\0\
cups;∪\u{fe00}\0Integral;∫\0int;∫\0Int;∬\0iiint;∭\0tint;∭\0ContourIntegral;∮\0conint;∮\0oint;∮\0\
Conint;∯\0DoubleContourIntegral;∯\0Cconint;∰\0cwint;∱\0ClockwiseContourIntegral;∲\0cwconint;∲\0\
CounterClockwiseContourIntegral;∳\0awconint;∳\0Therefore;∴\0there4;∴\0therefore;∴\0Because;∵\0\
becaus;∵\0because;∵\0ratio;∶\0Colon;∷\0Proportion;∷\0dotminus;∸\0minusd;∸\0mDDot;∺\0homtht;∻\0\
Tilde;∼\0sim;∼\0thicksim;∼\0thksim;∼\0nvsim;∼\u{20d2}\0backsim;∽\0bsim;∽\0race;∽\u{331}\0ac;∾\0\
mstpos;∾\0acE;∾\u{333}\0acd;∿\0VerticalTilde;≀\0wr;≀\0wreath;≀\0NotTilde;≁\0nsim;≁\0\
EqualTilde;≂\0eqsim;≂\0esim;≂\0NotEqualTilde;≂\u{338}\0nesim;≂\u{338}\0TildeEqual;≃\0sime;≃\0\
simeq;≃\0NotTildeEqual;≄\0nsime;≄\0nsimeq;≄\0TildeFullEqual;≅\0cong;≅\0simne;≆\0\
NotTildeFullEqual;≇\0ncong;≇\0TildeTilde;≈\0ap;≈\0approx;≈\0asymp;≈\0thickapprox;≈\0thkap;≈\0\
NotTildeTilde;≉\0nap;≉\0napprox;≉\0ape;≊\0approxeq;≊\0apid;≋\0napid;≋\u{338}\0backcong;≌\0\
bcong;≌\0CupCap;≍\0asympeq;≍\0nvap;≍\u{20d2}\0Bumpeq;≎\0HumpDownHump;≎\0bump;≎\0\
NotHumpDownHump;≎\u{338}\0nbump;≎\u{338}\0HumpEqual;≏\0bumpe;≏\0bumpeq;≏\0\
NotHumpEqual;≏\u{338}\0nbumpe;≏\u{338}\0DotEqual;≐\0doteq;≐\0esdot;≐\0nedot;≐\u{338}\0\
doteqdot;≑\0eDot;≑\0efDot;≒\0fallingdotseq;≒\0erDot;≓\0risingdotseq;≓\0Assign;≔\0colone;≔\0\
coloneq;≔\0ecolon;≕\0eqcolon;≕\0ecir;≖\0eqcirc;≖\0circeq;≗\0cire;≗\0wedgeq;≙\0veeeq;≚\0\
triangleq;≜\0trie;≜\0equest;≟\0questeq;≟\0NotEqual;≠\0ne;≠\0Congruent;≡\0equiv;≡\0\
bnequiv;≡\u{20e5}\0NotCongruent;≢\0nequiv;≢\0le;≤\0leq;≤\0nvle;≤\u{20d2}\0GreaterEqual;≥\0ge;≥\0\
geq;≥\0nvge;≥\u{20d2}\0LessFullEqual;≦\0lE;≦\0leqq;≦\0nlE;≦\u{338}\0nleqq;≦\u{338}\0\
GreaterFullEqual;≧\0gE;≧\0geqq;≧\0NotGreaterFullEqual;≧\u{338}\0ngE;≧\u{338}\0ngeqq;≧\u{338}\0\
lnE;≨\0lneqq;≨\0lvertneqq;≨\u{fe00}\0lvnE;≨\u{fe00}\0gnE;≩\0gneqq;≩\0gvertneqq;≩\u{fe00}\0\
gvnE;≩\u{fe00}\0Lt;≪\0NestedLessLess;≪\0ll;≪\0NotLessLess;≪\u{338}\0nLtv;≪\u{338}\0\
nLt;≪\u{20d2}\0Gt;≫\0NestedGreaterGreater;≫\0gg;≫\0NotGreaterGreater;≫\u{338}\0nGtv;≫\u{338}\0\
nGt;≫\u{20d2}\0between;≬\0twixt;≬\0NotCupCap;≭\0NotLess;≮\0nless;≮\0nlt;≮\0NotGreater;≯\0ngt;≯\0\
ngtr;≯\0NotLessEqual;≰\0nle;≰\0nleq;≰\0NotGreaterEqual;≱\0nge;≱\0ngeq;≱\0LessTilde;≲\0\
lesssim;≲\0lsim;≲\0GreaterTilde;≳\0gsim;≳\0gtrsim;≳\0NotLessTilde;≴\0nlsim;≴\0\
NotGreaterTilde;≵\0ngsim;≵\0LessGreater;≶\0lessgtr;≶\0lg;≶\0GreaterLess;≷\0gl;≷\0gtrless;≷\0\
NotLessGreater;≸\0ntlg;≸\0NotGreaterLess;≹\0ntgl;≹\0Precedes;≺\0pr;≺\0prec;≺\0Succeeds;≻\0sc;≻\0\
succ;≻\0PrecedesSlantEqual;≼\0prcue;≼\0preccurlyeq;≼\0SucceedsSlantEqual;≽\0sccue;≽\0\
succcurlyeq;≽\0PrecedesTilde;≾\0precsim;≾\0prsim;≾\0SucceedsTilde;≿\0scsim;≿\0succsim;≿\0\
NotSucceedsTilde;≿\u{338}\0NotPrecedes;⊀\0npr;⊀\0nprec;⊀\0NotSucceeds;⊁\0nsc;⊁\0nsucc;⊁\0sub;⊂\0\
subset;⊂\0NotSubset;⊂\u{20d2}\0nsubset;⊂\u{20d2}\0vnsub;⊂\u{20d2}\0Superset;⊃\0sup;⊃\0supset;⊃\0\
NotSuperset;⊃\u{20d2}\0nsupset;⊃\u{20d2}\0vnsup;⊃\u{20d2}\0nsub;⊄\0nsup;⊅\0SubsetEqual;⊆\0\
sube;⊆\0subseteq;⊆\0SupersetEqual;⊇\0supe;⊇\0supseteq;⊇\0NotSubsetEqual;⊈\0nsube;⊈\0\
nsubseteq;⊈\0NotSupersetEqual;⊉\0nsupe;⊉\0nsupseteq;⊉\0subne;⊊\0subsetneq;⊊\0\
varsubsetneq;⊊\u{fe00}\0vsubne;⊊\u{fe00}\0supne;⊋\0supsetneq;⊋\0varsupsetneq;⊋\u{fe00}\0\
vsupne;⊋\u{fe00}\0cupdot;⊍\0UnionPlus;⊎\0uplus;⊎\0SquareSubset;⊏\0sqsub;⊏\0sqsubset;⊏\0\
NotSquareSubset;⊏\u{338}\0SquareSuperset;⊐\0sqsup;⊐\0sqsupset;⊐\0NotSquareSuperset;⊐\u{338}\0\
SquareSubsetEqual;⊑\0sqsube;⊑\0sqsubseteq;⊑\0SquareSupersetEqual;⊒\0sqsupe;⊒\0sqsupseteq;⊒\0\
SquareIntersection;⊓\0sqcap;⊓\0sqcaps;⊓\u{fe00}\0SquareUnion;⊔\0sqcup;⊔\0sqcups;⊔\u{fe00}\0\
CirclePlus;⊕\0oplus;⊕\0CircleMinus;⊖\0ominus;⊖\0CircleTimes;⊗\0otimes;⊗\0osol;⊘\0CircleDot;⊙\0\
odot;⊙\0circledcirc;⊚\0ocir;⊚\0circledast;⊛\0oast;⊛\0circleddash;⊝\0odash;⊝\0boxplus;⊞\0\
plusb;⊞\0boxminus;⊟\0minusb;⊟\0boxtimes;⊠\0timesb;⊠\0dotsquare;⊡\0sdotb;⊡\0RightTee;⊢\0vdash;⊢\0\
LeftTee;⊣\0dashv;⊣\0DownTee;⊤\0top;⊤\0UpTee;⊥\0bot;⊥\0bottom;⊥\0perp;⊥\0models;⊧\0\
DoubleRightTee;⊨\0vDash;⊨\0Vdash;⊩\0Vvdash;⊪\0VDash;⊫\0nvdash;⊬\0nvDash;⊭\0nVdash;⊮\0nVDash;⊯\0\
prurel;⊰\0LeftTriangle;⊲\0vartriangleleft;⊲\0vltri;⊲\0RightTriangle;⊳\0vartriangleright;⊳\0\
vrtri;⊳\0LeftTriangleEqual;⊴\0ltrie;⊴\0trianglelefteq;⊴\0nvltrie;⊴\u{20d2}\0\
RightTriangleEqual;⊵\0rtrie;⊵\0trianglerighteq;⊵\0nvrtrie;⊵\u{20d2}\0origof;⊶\0imof;⊷\0\
multimap;⊸\0mumap;⊸\0hercon;⊹\0intcal;⊺\0intercal;⊺\0veebar;⊻\0barvee;⊽\0angrtvb;⊾\0lrtri;⊿\0\
Wedge;⋀\0bigwedge;⋀\0xwedge;⋀\0Vee;⋁\0bigvee;⋁\0xvee;⋁\0Intersection;⋂\0bigcap;⋂\0xcap;⋂\0\
Union;⋃\0bigcup;⋃\0xcup;⋃\0Diamond;⋄\0diam;⋄\0diamond;⋄\0sdot;⋅\0Star;⋆\0sstarf;⋆\0\
divideontimes;⋇\0divonx;⋇\0bowtie;⋈\0ltimes;⋉\0rtimes;⋊\0leftthreetimes;⋋\0lthree;⋋\0\
rightthreetimes;⋌\0rthree;⋌\0backsimeq;⋍\0bsime;⋍\0curlyvee;⋎\0cuvee;⋎\0curlywedge;⋏\0cuwed;⋏\0\
Sub;⋐\0Subset;⋐\0Sup;⋑\0Supset;⋑\0Cap;⋒\0Cup;⋓\0fork;⋔\0pitchfork;⋔\0epar;⋕\0lessdot;⋖\0\
ltdot;⋖\0gtdot;⋗\0gtrdot;⋗\0Ll;⋘\0nLl;⋘\u{338}\0Gg;⋙\0ggg;⋙\0nGg;⋙\u{338}\0LessEqualGreater;⋚\0\
leg;⋚\0lesseqgtr;⋚\0lesg;⋚\u{fe00}\0GreaterEqualLess;⋛\0gel;⋛\0gtreqless;⋛\0gesl;⋛\u{fe00}\0\
cuepr;⋞\0curlyeqprec;⋞\0cuesc;⋟\0curlyeqsucc;⋟\0NotPrecedesSlantEqual;⋠\0nprcue;⋠\0\
NotSucceedsSlantEqual;⋡\0nsccue;⋡\0NotSquareSubsetEqual;⋢\0nsqsube;⋢\0NotSquareSupersetEqual;⋣\0\
nsqsupe;⋣\0lnsim;⋦\0gnsim;⋧\0precnsim;⋨\0prnsim;⋨\0scnsim;⋩\0succnsim;⋩\0NotLeftTriangle;⋪\0\
nltri;⋪\0ntriangleleft;⋪\0NotRightTriangle;⋫\0nrtri;⋫\0ntriangleright;⋫\0\
NotLeftTriangleEqual;⋬\0nltrie;⋬\0ntrianglelefteq;⋬\0NotRightTriangleEqual;⋭\0nrtrie;⋭\0\
ntrianglerighteq;⋭\0vellip;⋮\0ctdot;⋯\0utdot;⋰\0dtdot;⋱\0disin;⋲\0isinsv;⋳\0isins;⋴\0isindot;⋵\0\
notindot;⋵\u{338}\0notinvc;⋶\0notinvb;⋷\0isinE;⋹\0notinE;⋹\u{338}\0nisd;⋺\0xnis;⋻\0nis;⋼\0\
notnivc;⋽\0notnivb;⋾\0barwed;⌅\0barwedge;⌅\0Barwed;⌆\0doublebarwedge;⌆\0LeftCeiling;⌈\0lceil;⌈\0\
RightCeiling;⌉\0rceil;⌉\0LeftFloor;⌊\0lfloor;⌊\0RightFloor;⌋\0rfloor;⌋\0drcrop;⌌\0dlcrop;⌍\0\
urcrop;⌎\0ulcrop;⌏\0bnot;⌐\0profline;⌒\0profsurf;⌓\0telrec;⌕\0target;⌖\0ulcorn;⌜\0ulcorner;⌜\0\
urcorn;⌝\0urcorner;⌝\0dlcorn;⌞\0llcorner;⌞\0drcorn;⌟\0lrcorner;⌟\0frown;⌢\0sfrown;⌢\0smile;⌣\0\
ssmile;⌣\0cylcty;⌭\0profalar;⌮\0topbot;⌶\0ovbar;⌽\0solbar;⌿\0angzarr;⍼\0lmoust;⎰\0lmoustache;⎰\0\
rmoust;⎱\0rmoustache;⎱\0OverBracket;⎴\0tbrk;⎴\0UnderBracket;⎵\0bbrk;⎵\0bbrktbrk;⎶\0\
OverParenthesis;⏜\0UnderParenthesis;⏝\0OverBrace;⏞\0UnderBrace;⏟\0trpezium;⏢\0elinters;⏧\0\
blank;␣\0circledS;Ⓢ\0oS;Ⓢ\0HorizontalLine;─\0boxh;─\0boxv;│\0boxdr;┌\0boxdl;┐\0boxur;└\0\
boxul;┘\0boxvr;├\0boxvl;┤\0boxhd;┬\0boxhu;┴\0boxvh;┼\0boxH;═\0boxV;║\0boxdR;╒\0boxDr;╓\0\
boxDR;╔\0boxdL;╕\0boxDl;╖\0boxDL;╗\0boxuR;╘\0boxUr;╙\0boxUR;╚\0boxuL;╛\0boxUl;╜\0boxUL;╝\0\
boxvR;╞\0boxVr;╟\0boxVR;╠\0boxvL;╡\0boxVl;╢\0boxVL;╣\0boxHd;╤\0boxhD;╥\0boxHD;╦\0boxHu;╧\0\
boxhU;╨\0boxHU;╩\0boxvH;╪\0boxVh;╫\0boxVH;╬\0uhblk;▀\0lhblk;▄\0block;█\0blk14;░\0blk12;▒\0\
blk34;▓\0Square;□\0squ;□\0square;□\0FilledVerySmallSquare;▪\0blacksquare;▪\0squarf;▪\0squf;▪\0\
EmptyVerySmallSquare;▫\0rect;▭\0marker;▮\0fltns;▱\0bigtriangleup;△\0xutri;△\0blacktriangle;▴\0\
utrif;▴\0triangle;▵\0utri;▵\0blacktriangleright;▸\0rtrif;▸\0rtri;▹\0triangleright;▹\0\
bigtriangledown;▽\0xdtri;▽\0blacktriangledown;▾\0dtrif;▾\0dtri;▿\0triangledown;▿\0\
blacktriangleleft;◂\0ltrif;◂\0ltri;◃\0triangleleft;◃\0loz;◊\0lozenge;◊\0cir;○\0tridot;◬\0\
bigcirc;◯\0xcirc;◯\0ultri;◸\0urtri;◹\0lltri;◺\0EmptySmallSquare;◻\0FilledSmallSquare;◼\0\
bigstar;★\0starf;★\0star;☆\0phone;☎\0female;♀\0male;♂\0spades;♠\0spadesuit;♠\0clubs;♣\0\
clubsuit;♣\0hearts;♥\0heartsuit;♥\0diamondsuit;♦\0diams;♦\0sung;♪\0flat;♭\0natur;♮\0natural;♮\0\
sharp;♯\0check;✓\0checkmark;✓\0cross;✗\0malt;✠\0maltese;✠\0sext;✶\0VerticalSeparator;❘\0\
lbbrk;❲\0rbbrk;❳\0bsolhsub;⟈\0suphsol;⟉\0LeftDoubleBracket;⟦\0lobrk;⟦\0RightDoubleBracket;⟧\0\
robrk;⟧\0LeftAngleBracket;⟨\0lang;⟨\0langle;⟨\0RightAngleBracket;⟩\0rang;⟩\0rangle;⟩\0Lang;⟪\0\
Rang;⟫\0loang;⟬\0roang;⟭\0LongLeftArrow;⟵\0longleftarrow;⟵\0xlarr;⟵\0LongRightArrow;⟶\0\
longrightarrow;⟶\0xrarr;⟶\0LongLeftRightArrow;⟷\0longleftrightarrow;⟷\0xharr;⟷\0\
DoubleLongLeftArrow;⟸\0Longleftarrow;⟸\0xlArr;⟸\0DoubleLongRightArrow;⟹\0Longrightarrow;⟹\0\
xrArr;⟹\0DoubleLongLeftRightArrow;⟺\0Longleftrightarrow;⟺\0xhArr;⟺\0longmapsto;⟼\0xmap;⟼\0\
dzigrarr;⟿\0nvlArr;⤂\0nvrArr;⤃\0nvHarr;⤄\0Map;⤅\0lbarr;⤌\0bkarow;⤍\0rbarr;⤍\0lBarr;⤎\0\
dbkarow;⤏\0rBarr;⤏\0RBarr;⤐\0drbkarow;⤐\0DDotrahd;⤑\0UpArrowBar;⤒\0DownArrowBar;⤓\0Rarrtl;⤖\0\
latail;⤙\0ratail;⤚\0lAtail;⤛\0rAtail;⤜\0larrfs;⤝\0rarrfs;⤞\0larrbfs;⤟\0rarrbfs;⤠\0nwarhk;⤣\0\
nearhk;⤤\0hksearow;⤥\0searhk;⤥\0hkswarow;⤦\0swarhk;⤦\0nwnear;⤧\0nesear;⤨\0toea;⤨\0seswar;⤩\0\
tosa;⤩\0swnwar;⤪\0rarrc;⤳\0nrarrc;⤳\u{338}\0cudarrr;⤵\0ldca;⤶\0rdca;⤷\0cudarrl;⤸\0larrpl;⤹\0\
curarrm;⤼\0cularrp;⤽\0rarrpl;⥅\0harrcir;⥈\0Uarrocir;⥉\0lurdshar;⥊\0ldrushar;⥋\0\
LeftRightVector;⥎\0RightUpDownVector;⥏\0DownLeftRightVector;⥐\0LeftUpDownVector;⥑\0\
LeftVectorBar;⥒\0RightVectorBar;⥓\0RightUpVectorBar;⥔\0RightDownVectorBar;⥕\0\
DownLeftVectorBar;⥖\0DownRightVectorBar;⥗\0LeftUpVectorBar;⥘\0LeftDownVectorBar;⥙\0\
LeftTeeVector;⥚\0RightTeeVector;⥛\0RightUpTeeVector;⥜\0RightDownTeeVector;⥝\0\
DownLeftTeeVector;⥞\0DownRightTeeVector;⥟\0LeftUpTeeVector;⥠\0LeftDownTeeVector;⥡\0lHar;⥢\0\
uHar;⥣\0rHar;⥤\0dHar;⥥\0luruhar;⥦\0ldrdhar;⥧\0ruluhar;⥨\0rdldhar;⥩\0lharul;⥪\0llhard;⥫\0\
rharul;⥬\0lrhard;⥭\0UpEquilibrium;⥮\0udhar;⥮\0ReverseUpEquilibrium;⥯\0duhar;⥯\0RoundImplies;⥰\0\
erarr;⥱\0simrarr;⥲\0larrsim;⥳\0rarrsim;⥴\0rarrap;⥵\0ltlarr;⥶\0gtrarr;⥸\0subrarr;⥹\0suplarr;⥻\0\
lfisht;⥼\0rfisht;⥽\0ufisht;⥾\0dfisht;⥿\0lopar;⦅\0ropar;⦆\0lbrke;⦋\0rbrke;⦌\0lbrkslu;⦍\0\
rbrksld;⦎\0lbrksld;⦏\0rbrkslu;⦐\0langd;⦑\0rangd;⦒\0lparlt;⦓\0rpargt;⦔\0gtlPar;⦕\0ltrPar;⦖\0\
vzigzag;⦚\0vangrt;⦜\0angrtvbd;⦝\0ange;⦤\0range;⦥\0dwangle;⦦\0uwangle;⦧\0angmsdaa;⦨\0angmsdab;⦩\0\
angmsdac;⦪\0angmsdad;⦫\0angmsdae;⦬\0angmsdaf;⦭\0angmsdag;⦮\0angmsdah;⦯\0bemptyv;⦰\0demptyv;⦱\0\
cemptyv;⦲\0raemptyv;⦳\0laemptyv;⦴\0ohbar;⦵\0omid;⦶\0opar;⦷\0operp;⦹\0olcross;⦻\0odsold;⦼\0\
olcir;⦾\0ofcir;⦿\0olt;⧀\0ogt;⧁\0cirscir;⧂\0cirE;⧃\0solb;⧄\0bsolb;⧅\0boxbox;⧉\0trisb;⧍\0\
rtriltri;⧎\0LeftTriangleBar;⧏\0NotLeftTriangleBar;⧏\u{338}\0RightTriangleBar;⧐\0\
NotRightTriangleBar;⧐\u{338}\0iinfin;⧜\0infintie;⧝\0nvinfin;⧞\0eparsl;⧣\0smeparsl;⧤\0\
eqvparsl;⧥\0blacklozenge;⧫\0lozf;⧫\0RuleDelayed;⧴\0dsol;⧶\0bigodot;⨀\0xodot;⨀\0bigoplus;⨁\0\
xoplus;⨁\0bigotimes;⨂\0xotime;⨂\0biguplus;⨄\0xuplus;⨄\0bigsqcup;⨆\0xsqcup;⨆\0iiiint;⨌\0qint;⨌\0\
fpartint;⨍\0cirfnint;⨐\0awint;⨑\0rppolint;⨒\0scpolint;⨓\0npolint;⨔\0pointint;⨕\0quatint;⨖\0\
intlarhk;⨗\0pluscir;⨢\0plusacir;⨣\0simplus;⨤\0plusdu;⨥\0plussim;⨦\0plustwo;⨧\0mcomma;⨩\0\
minusdu;⨪\0loplus;⨭\0roplus;⨮\0Cross;⨯\0timesd;⨰\0timesbar;⨱\0smashp;⨳\0lotimes;⨴\0rotimes;⨵\0\
otimesas;⨶\0Otimes;⨷\0odiv;⨸\0triplus;⨹\0triminus;⨺\0tritime;⨻\0intprod;⨼\0iprod;⨼\0amalg;⨿\0\
capdot;⩀\0ncup;⩂\0ncap;⩃\0capand;⩄\0cupor;⩅\0cupcap;⩆\0capcup;⩇\0cupbrcap;⩈\0capbrcup;⩉\0\
cupcup;⩊\0capcap;⩋\0ccups;⩌\0ccaps;⩍\0ccupssm;⩐\0And;⩓\0Or;⩔\0andand;⩕\0oror;⩖\0orslope;⩗\0\
andslope;⩘\0andv;⩚\0orv;⩛\0andd;⩜\0ord;⩝\0wedbar;⩟\0sdote;⩦\0simdot;⩪\0congdot;⩭\0\
ncongdot;⩭\u{338}\0easter;⩮\0apacir;⩯\0apE;⩰\0napE;⩰\u{338}\0eplus;⩱\0pluse;⩲\0Esim;⩳\0\
Colone;⩴\0Equal;⩵\0ddotseq;⩷\0eDDot;⩷\0equivDD;⩸\0ltcir;⩹\0gtcir;⩺\0ltquest;⩻\0gtquest;⩼\0\
LessSlantEqual;⩽\0leqslant;⩽\0les;⩽\0NotLessSlantEqual;⩽\u{338}\0nleqslant;⩽\u{338}\0\
nles;⩽\u{338}\0GreaterSlantEqual;⩾\0geqslant;⩾\0ges;⩾\0NotGreaterSlantEqual;⩾\u{338}\0\
ngeqslant;⩾\u{338}\0nges;⩾\u{338}\0lesdot;⩿\0gesdot;⪀\0lesdoto;⪁\0gesdoto;⪂\0lesdotor;⪃\0\
gesdotol;⪄\0lap;⪅\0lessapprox;⪅\0gap;⪆\0gtrapprox;⪆\0lne;⪇\0lneq;⪇\0gne;⪈\0gneq;⪈\0lnap;⪉\0\
lnapprox;⪉\0gnap;⪊\0gnapprox;⪊\0lEg;⪋\0lesseqqgtr;⪋\0gEl;⪌\0gtreqqless;⪌\0lsime;⪍\0gsime;⪎\0\
lsimg;⪏\0gsiml;⪐\0lgE;⪑\0glE;⪒\0lesges;⪓\0gesles;⪔\0els;⪕\0eqslantless;⪕\0egs;⪖\0eqslantgtr;⪖\0\
elsdot;⪗\0egsdot;⪘\0el;⪙\0eg;⪚\0siml;⪝\0simg;⪞\0simlE;⪟\0simgE;⪠\0LessLess;⪡\0\
NotNestedLessLess;⪡\u{338}\0GreaterGreater;⪢\0NotNestedGreaterGreater;⪢\u{338}\0glj;⪤\0gla;⪥\0\
ltcc;⪦\0gtcc;⪧\0lescc;⪨\0gescc;⪩\0smt;⪪\0lat;⪫\0smte;⪬\0smtes;⪬\u{fe00}\0late;⪭\0\
lates;⪭\u{fe00}\0bumpE;⪮\0PrecedesEqual;⪯\0pre;⪯\0preceq;⪯\0NotPrecedesEqual;⪯\u{338}\0\
npre;⪯\u{338}\0npreceq;⪯\u{338}\0SucceedsEqual;⪰\0sce;⪰\0succeq;⪰\0NotSucceedsEqual;⪰\u{338}\0\
nsce;⪰\u{338}\0nsucceq;⪰\u{338}\0prE;⪳\0scE;⪴\0precneqq;⪵\0prnE;⪵\0scnE;⪶\0succneqq;⪶\0prap;⪷\0\
precapprox;⪷\0scap;⪸\0succapprox;⪸\0precnapprox;⪹\0prnap;⪹\0scnap;⪺\0succnapprox;⪺\0Pr;⪻\0Sc;⪼\0\
subdot;⪽\0supdot;⪾\0subplus;⪿\0supplus;⫀\0submult;⫁\0supmult;⫂\0subedot;⫃\0supedot;⫄\0subE;⫅\0\
subseteqq;⫅\0nsubE;⫅\u{338}\0nsubseteqq;⫅\u{338}\0supE;⫆\0supseteqq;⫆\0nsupE;⫆\u{338}\0\
nsupseteqq;⫆\u{338}\0subsim;⫇\0supsim;⫈\0subnE;⫋\0subsetneqq;⫋\0varsubsetneqq;⫋\u{fe00}\0\
vsubnE;⫋\u{fe00}\0supnE;⫌\0supsetneqq;⫌\0varsupsetneqq;⫌\u{fe00}\0vsupnE;⫌\u{fe00}\0csub;⫏\0\
csup;⫐\0csube;⫑\0csupe;⫒\0subsup;⫓\0supsub;⫔\0subsub;⫕\0supsup;⫖\0suphsub;⫗\0supdsub;⫘\0\
forkv;⫙\0topfork;⫚\0mlcp;⫛\0Dashv;⫤\0DoubleLeftTee;⫤\0Vdashl;⫦\0Barv;⫧\0vBar;⫨\0vBarv;⫩\0\
Vbar;⫫\0Not;⫬\0bNot;⫭\0rnmid;⫮\0cirmid;⫯\0midcir;⫰\0topcir;⫱\0nhpar;⫲\0parsim;⫳\0parsl;⫽\0\
nparsl;⫽\u{20e5}\0fflig;ﬀ\0filig;ﬁ\0fllig;ﬂ\0ffilig;ﬃ\0ffllig;ﬄ\0Ascr;𝒜\0Cscr;𝒞\0Dscr;𝒟\0\
Gscr;𝒢\0Jscr;𝒥\0Kscr;𝒦\0Nscr;𝒩\0Oscr;𝒪\0Pscr;𝒫\0Qscr;𝒬\0Sscr;𝒮\0Tscr;𝒯\0Uscr;𝒰\0Vscr;𝒱\0Wscr;𝒲\0\
Xscr;𝒳\0Yscr;𝒴\0Zscr;𝒵\0ascr;𝒶\0bscr;𝒷\0cscr;𝒸\0dscr;𝒹\0fscr;𝒻\0hscr;𝒽\0iscr;𝒾\0jscr;𝒿\0kscr;𝓀\0\
lscr;𝓁\0mscr;𝓂\0nscr;𝓃\0pscr;𝓅\0qscr;𝓆\0rscr;𝓇\0sscr;𝓈\0tscr;𝓉\0uscr;𝓊\0vscr;𝓋\0wscr;𝓌\0xscr;𝓍\0\
yscr;𝓎\0zscr;𝓏\0Afr;𝔄\0Bfr;𝔅\0Dfr;𝔇\0Efr;𝔈\0Ffr;𝔉\0Gfr;𝔊\0Jfr;𝔍\0Kfr;𝔎\0Lfr;𝔏\0Mfr;𝔐\0Nfr;𝔑\0\
Ofr;𝔒\0Pfr;𝔓\0Qfr;𝔔\0Sfr;𝔖\0Tfr;𝔗\0Ufr;𝔘\0Vfr;𝔙\0Wfr;𝔚\0Xfr;𝔛\0Yfr;𝔜\0afr;𝔞\0bfr;𝔟\0cfr;𝔠\0\
dfr;𝔡\0efr;𝔢\0ffr;𝔣\0gfr;𝔤\0hfr;𝔥\0ifr;𝔦\0jfr;𝔧\0kfr;𝔨\0lfr;𝔩\0mfr;𝔪\0nfr;𝔫\0ofr;𝔬\0pfr;𝔭\0\
qfr;𝔮\0rfr;𝔯\0sfr;𝔰\0tfr;𝔱\0ufr;𝔲\0vfr;𝔳\0wfr;𝔴\0xfr;𝔵\0yfr;𝔶\0zfr;𝔷\0Aopf;𝔸\0Bopf;𝔹\0Dopf;𝔻\0\
Eopf;𝔼\0Fopf;𝔽\0Gopf;𝔾\0Iopf;𝕀\0Jopf;𝕁\0Kopf;𝕂\0Lopf;𝕃\0Mopf;𝕄\0Oopf;𝕆\0Sopf;𝕊\0Topf;𝕋\0Uopf;𝕌\0\
Vopf;𝕍\0Wopf;𝕎\0Xopf;𝕏\0Yopf;𝕐\0aopf;𝕒\0bopf;𝕓\0copf;𝕔\0dopf;𝕕\0eopf;𝕖\0fopf;𝕗\0gopf;𝕘\0hopf;𝕙\0\
iopf;𝕚\0jopf;𝕛\0kopf;𝕜\0lopf;𝕝\0mopf;𝕞\0nopf;𝕟\0oopf;𝕠\0popf;𝕡\0qopf;𝕢\0ropf;𝕣\0sopf;𝕤\0topf;𝕥\0\
uopf;𝕦\0vopf;𝕧\0wopf;𝕨\0xopf;𝕩\0yopf;𝕪\0zopf;𝕫\0";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_references_are_the_tables() {
        for name in [
            "nbsp", "amp", "lt", "gt", "quot", "apos", "copy", "mdash", "ndash", "hellip", "rsquo", "ldquo", "rdquo",
        ] {
            assert!(common(name).is_some(), "{name}");
            assert_eq!(common(name).map(str::to_owned), search(name), "{name}");
        }
        assert_eq!(common("nbs"), None);
    }

    #[test]
    fn every_entry_is_found_and_the_table_is_sorted() {
        let entries: Vec<&str> = TABLE.split('\0').filter(|e| !e.is_empty()).collect();
        assert_eq!(entries.len(), 2125);
        let values: Vec<Vec<char>> = entries
            .iter()
            .map(|e| e.split_once(';').unwrap().1.chars().collect())
            .collect();
        assert!(values.windows(2).all(|w| w[0] <= w[1]));
        let mut names: Vec<&str> = entries.iter().map(|e| e.split_once(';').unwrap().0).collect();
        names.sort_unstable();
        assert!(names.windows(2).all(|w| w[0] < w[1]), "no name twice");
        for e in &entries {
            let (name, value) = e.split_once(';').unwrap();
            assert_eq!(named(name).as_deref(), Some(value), "{name}");
            assert_eq!(search(name).as_deref(), Some(value), "{name}");
        }
        assert_eq!(named("amp").as_deref(), Some("&"));
        assert_eq!(named("NewLine").as_deref(), Some("\n"));
        assert_eq!(named("fjlig").as_deref(), Some("fj"));
        assert_eq!(named("ngE").as_deref(), Some("\u{2267}\u{338}"));
        for absent in [
            "",
            "a",
            "zzzz",
            "AElig;",
            "amp;",
            "Amp",
            "copyright",
            "A",
            "Zz",
            "zwnjx",
            "0",
            "\u{e9}t\u{e9}",
            "ampamp",
        ] {
            assert_eq!(named(absent), None, "{absent}");
            assert_eq!(search(absent), None, "{absent}");
        }
    }
}
