//! HTML's named character references, shared by the markdown parser (`&copy;` in text) and the
//! sanitizer (in attribute values and raw HTML).
//!
//! Written here as one readable string of `name;value` entries in byte order, each ended by a
//! NUL, and packed at compile time (see `NAMES`): a table of `(&str, &str)` pairs costs 16
//! bytes of pointers per entry on top of the text (2 125 entries: 34 KB, where the string is
//! 23 KB). The list is HTML's (the WHATWG `entities.json`), names without their `;`-less legacy forms,
//! which CommonMark does not decode.

/// The value of `&name;`, if `name` is one of HTML's named references.
pub(crate) fn named(name: &str) -> Option<&'static str> {
    common(name).or_else(|| search(name))
}

/// The references writers use most, without the search (a bisection of the table costs about
/// 3 800 instructions; `&nbsp;` alone is a whole body in some CMSs' files).
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

/// `named` from the packed table: the names starting with `name`'s letter, read in order
/// until one equals it or sorts after it (the longest letter, `n`, has 221 names).
fn search(name: &str) -> Option<&'static str> {
    let wanted = name.as_bytes();
    let slot = letter_slot(*wanted.first()?)?;
    let (mut at, mut value) = (usize::from(*STARTS.get(slot)?), usize::from(*VALUE_STARTS.get(slot)?));
    let end = usize::from(*STARTS.get(slot + 1)?);
    let mut current = [0u8; LONGEST];
    while at < end {
        let marker = *NAMES.get(at)?;
        let shared = usize::from(marker & SHARED);
        let suffix = NAMES.get(at + 1..end)?;
        let suffix_len = suffix.iter().position(|&b| b >= MARK).unwrap_or(suffix.len());
        let len = shared + suffix_len;
        current.get_mut(shared..len)?.copy_from_slice(suffix.get(..suffix_len)?);
        let value_len = value_len(VALUES.get(value..)?, marker & TWO_CHARS != 0);
        match current.get(..len)?.cmp(wanted) {
            std::cmp::Ordering::Equal => return VALUES.get(value..value + value_len),
            std::cmp::Ordering::Greater => return None,
            std::cmp::Ordering::Less => {}
        }
        (at, value) = (at + 1 + suffix_len, value + value_len);
    }
    None
}

/// The byte length of the one or two characters `values` starts with.
fn value_len(values: &str, two: bool) -> usize {
    let mut chars = values.chars();
    let first = chars.next().map_or(0, char::len_utf8);
    first + if two { chars.next().map_or(0, char::len_utf8) } else { 0 }
}

/// `A`–`Z` are slots 0–25, `a`–`z` 26–51: every name starts with an ASCII letter.
const fn letter_slot(b: u8) -> Option<usize> {
    match b {
        b'A'..=b'Z' => Some((b - b'A') as usize),
        b'a'..=b'z' => Some((b - b'a') as usize + 26),
        _ => None,
    }
}

// The packed table, built at compile time from `TABLE` (which stays the readable source and
// the tests' truth, and is not in the module): names front-coded, each after a marker byte
// (`MARK`, the length it shares with the name before it, `TWO_CHARS` when its value is two
// characters), and the values apart in one string, indexed by first letter. Names and values
// apart compress better than `name;value` pairs: 10.9 → 9.3 KB gzipped (session 16).
const MARK: u8 = 0x80;
const TWO_CHARS: u8 = 0x20;
const SHARED: u8 = 0x1f;
/// The longest name, `CounterClockwiseContourIntegral`: 31 bytes, so a shared length fits in
/// `SHARED`'s five bits.
const LONGEST: usize = 31;
/// Where each first letter's names and values start; slot 52 is the end, so the lengths.
const LETTERS: ([u16; 53], [u16; 53]) = letter_starts(TABLE.as_bytes());
static NAMES: [u8; LETTERS.0[52] as usize] = pack_names(TABLE.as_bytes());
static VALUE_BYTES: [u8; LETTERS.1[52] as usize] = pack_values(TABLE.as_bytes());
// Never `Err`: the bytes are whole values cut from a `str` (were it, every lookup would find
// nothing, which the tests check).
static VALUES: &str = match std::str::from_utf8(&VALUE_BYTES) {
    Ok(values) => values,
    Err(_) => "",
};
static STARTS: [u16; 53] = LETTERS.0;
static VALUE_STARTS: [u16; 53] = LETTERS.1;

// These run at compile time only, where an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
mod build {
    /// Each entry of `table` (`name;value\0`): the start of its name, of its value, and its end.
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

    /// The length `table[a..a_end]` shares with `table[b..b_end]` from their starts.
    pub(super) const fn shared(table: &[u8], a: usize, a_end: usize, b: usize, b_end: usize) -> usize {
        let mut n = 0;
        while a + n < a_end && b + n < b_end && table[a + n] == table[b + n] {
            n += 1;
        }
        n
    }

    /// How many characters `table[start..end]` holds.
    pub(super) const fn chars(table: &[u8], start: usize, end: usize) -> usize {
        let (mut i, mut n) = (start, 0);
        while i < end {
            n += (table[i] & 0xc0 != 0x80) as usize;
            i += 1;
        }
        n
    }
}

#[allow(clippy::indexing_slicing)]
const fn pack_names<const N: usize>(table: &[u8]) -> [u8; N] {
    let (mut out, mut at, mut start, mut previous) = ([0u8; N], 0, 0, (0, 0));
    while start < table.len() {
        let (semicolon, end) = build::entry(table, start);
        let shared = build::shared(table, start, semicolon, previous.0, previous.1);
        let chars = build::chars(table, semicolon + 1, end);
        assert!((chars == 1 || chars == 2) && semicolon - start <= LONGEST);
        out[at] = MARK | shared as u8 | if chars == 2 { TWO_CHARS } else { 0 };
        at += 1;
        let mut i = start + shared;
        while i < semicolon {
            out[at] = table[i];
            (at, i) = (at + 1, i + 1);
        }
        previous = (start, semicolon);
        start = end + 1;
    }
    out
}

#[allow(clippy::indexing_slicing)]
const fn pack_values<const N: usize>(table: &[u8]) -> [u8; N] {
    let (mut out, mut at, mut start) = ([0u8; N], 0, 0);
    while start < table.len() {
        let (semicolon, end) = build::entry(table, start);
        let mut i = semicolon + 1;
        while i < end {
            out[at] = table[i];
            (at, i) = (at + 1, i + 1);
        }
        start = end + 1;
    }
    out
}

/// Where each first letter's names and values start in the packed strings; slot 52 is the end.
#[allow(clippy::indexing_slicing)]
const fn letter_starts(table: &[u8]) -> ([u16; 53], [u16; 53]) {
    let (mut names, mut values) = ([u16::MAX; 53], [u16::MAX; 53]);
    let (mut name_at, mut value_at, mut start, mut previous) = (0, 0, 0, (0, 0));
    while start < table.len() {
        let (semicolon, end) = build::entry(table, start);
        if let Some(slot) = letter_slot(table[start]) {
            if names[slot] == u16::MAX {
                (names[slot], values[slot]) = (name_at as u16, value_at as u16);
            }
        }
        let shared = build::shared(table, start, semicolon, previous.0, previous.1);
        name_at += 1 + semicolon - start - shared;
        value_at += end - semicolon - 1;
        previous = (start, semicolon);
        start = end + 1;
    }
    assert!(name_at <= u16::MAX as usize && value_at <= u16::MAX as usize);
    (names[52], values[52]) = (name_at as u16, value_at as u16);
    // A letter no name starts with begins where the next one does.
    let mut slot = 52;
    while slot > 0 {
        slot -= 1;
        if names[slot] == u16::MAX {
            (names[slot], values[slot]) = (names[slot + 1], values[slot + 1]);
        }
    }
    (names, values)
}

#[rustfmt::skip]
const TABLE: &str = "\
AElig;Æ\0AMP;&\0Aacute;Á\0Abreve;Ă\0Acirc;Â\0Acy;А\0Afr;𝔄\0Agrave;À\0Alpha;Α\0Amacr;Ā\0And;⩓\0\
Aogon;Ą\0Aopf;𝔸\0ApplyFunction;\u{2061}\0Aring;Å\0Ascr;𝒜\0Assign;≔\0Atilde;Ã\0Auml;Ä\0\
Backslash;∖\0Barv;⫧\0Barwed;⌆\0Bcy;Б\0Because;∵\0Bernoullis;ℬ\0Beta;Β\0Bfr;𝔅\0Bopf;𝔹\0Breve;˘\0\
Bscr;ℬ\0Bumpeq;≎\0CHcy;Ч\0COPY;©\0Cacute;Ć\0Cap;⋒\0CapitalDifferentialD;ⅅ\0Cayleys;ℭ\0Ccaron;Č\0\
Ccedil;Ç\0Ccirc;Ĉ\0Cconint;∰\0Cdot;Ċ\0Cedilla;¸\0CenterDot;·\0Cfr;ℭ\0Chi;Χ\0CircleDot;⊙\0\
CircleMinus;⊖\0CirclePlus;⊕\0CircleTimes;⊗\0ClockwiseContourIntegral;∲\0\
CloseCurlyDoubleQuote;”\0CloseCurlyQuote;’\0Colon;∷\0Colone;⩴\0Congruent;≡\0Conint;∯\0\
ContourIntegral;∮\0Copf;ℂ\0Coproduct;∐\0CounterClockwiseContourIntegral;∳\0Cross;⨯\0Cscr;𝒞\0\
Cup;⋓\0CupCap;≍\0DD;ⅅ\0DDotrahd;⤑\0DJcy;Ђ\0DScy;Ѕ\0DZcy;Џ\0Dagger;‡\0Darr;↡\0Dashv;⫤\0Dcaron;Ď\0\
Dcy;Д\0Del;∇\0Delta;Δ\0Dfr;𝔇\0DiacriticalAcute;´\0DiacriticalDot;˙\0DiacriticalDoubleAcute;˝\0\
DiacriticalGrave;`\0DiacriticalTilde;˜\0Diamond;⋄\0DifferentialD;ⅆ\0Dopf;𝔻\0Dot;¨\0DotDot;⃜\0\
DotEqual;≐\0DoubleContourIntegral;∯\0DoubleDot;¨\0DoubleDownArrow;⇓\0DoubleLeftArrow;⇐\0\
DoubleLeftRightArrow;⇔\0DoubleLeftTee;⫤\0DoubleLongLeftArrow;⟸\0DoubleLongLeftRightArrow;⟺\0\
DoubleLongRightArrow;⟹\0DoubleRightArrow;⇒\0DoubleRightTee;⊨\0DoubleUpArrow;⇑\0\
DoubleUpDownArrow;⇕\0DoubleVerticalBar;∥\0DownArrow;↓\0DownArrowBar;⤓\0DownArrowUpArrow;⇵\0\
DownBreve;\u{311}\0DownLeftRightVector;⥐\0DownLeftTeeVector;⥞\0DownLeftVector;↽\0\
DownLeftVectorBar;⥖\0DownRightTeeVector;⥟\0DownRightVector;⇁\0DownRightVectorBar;⥗\0DownTee;⊤\0\
DownTeeArrow;↧\0Downarrow;⇓\0Dscr;𝒟\0Dstrok;Đ\0ENG;Ŋ\0ETH;Ð\0Eacute;É\0Ecaron;Ě\0Ecirc;Ê\0\
Ecy;Э\0Edot;Ė\0Efr;𝔈\0Egrave;È\0Element;∈\0Emacr;Ē\0EmptySmallSquare;◻\0EmptyVerySmallSquare;▫\0\
Eogon;Ę\0Eopf;𝔼\0Epsilon;Ε\0Equal;⩵\0EqualTilde;≂\0Equilibrium;⇌\0Escr;ℰ\0Esim;⩳\0Eta;Η\0\
Euml;Ë\0Exists;∃\0ExponentialE;ⅇ\0Fcy;Ф\0Ffr;𝔉\0FilledSmallSquare;◼\0FilledVerySmallSquare;▪\0\
Fopf;𝔽\0ForAll;∀\0Fouriertrf;ℱ\0Fscr;ℱ\0GJcy;Ѓ\0GT;>\0Gamma;Γ\0Gammad;Ϝ\0Gbreve;Ğ\0Gcedil;Ģ\0\
Gcirc;Ĝ\0Gcy;Г\0Gdot;Ġ\0Gfr;𝔊\0Gg;⋙\0Gopf;𝔾\0GreaterEqual;≥\0GreaterEqualLess;⋛\0\
GreaterFullEqual;≧\0GreaterGreater;⪢\0GreaterLess;≷\0GreaterSlantEqual;⩾\0GreaterTilde;≳\0\
Gscr;𝒢\0Gt;≫\0HARDcy;Ъ\0Hacek;ˇ\0Hat;^\0Hcirc;Ĥ\0Hfr;ℌ\0HilbertSpace;ℋ\0Hopf;ℍ\0\
HorizontalLine;─\0Hscr;ℋ\0Hstrok;Ħ\0HumpDownHump;≎\0HumpEqual;≏\0IEcy;Е\0IJlig;Ĳ\0IOcy;Ё\0\
Iacute;Í\0Icirc;Î\0Icy;И\0Idot;İ\0Ifr;ℑ\0Igrave;Ì\0Im;ℑ\0Imacr;Ī\0ImaginaryI;ⅈ\0Implies;⇒\0\
Int;∬\0Integral;∫\0Intersection;⋂\0InvisibleComma;\u{2063}\0InvisibleTimes;\u{2062}\0Iogon;Į\0\
Iopf;𝕀\0Iota;Ι\0Iscr;ℐ\0Itilde;Ĩ\0Iukcy;І\0Iuml;Ï\0Jcirc;Ĵ\0Jcy;Й\0Jfr;𝔍\0Jopf;𝕁\0Jscr;𝒥\0\
Jsercy;Ј\0Jukcy;Є\0KHcy;Х\0KJcy;Ќ\0Kappa;Κ\0Kcedil;Ķ\0Kcy;К\0Kfr;𝔎\0Kopf;𝕂\0Kscr;𝒦\0LJcy;Љ\0\
LT;<\0Lacute;Ĺ\0Lambda;Λ\0Lang;⟪\0Laplacetrf;ℒ\0Larr;↞\0Lcaron;Ľ\0Lcedil;Ļ\0Lcy;Л\0\
LeftAngleBracket;⟨\0LeftArrow;←\0LeftArrowBar;⇤\0LeftArrowRightArrow;⇆\0LeftCeiling;⌈\0\
LeftDoubleBracket;⟦\0LeftDownTeeVector;⥡\0LeftDownVector;⇃\0LeftDownVectorBar;⥙\0LeftFloor;⌊\0\
LeftRightArrow;↔\0LeftRightVector;⥎\0LeftTee;⊣\0LeftTeeArrow;↤\0LeftTeeVector;⥚\0\
LeftTriangle;⊲\0LeftTriangleBar;⧏\0LeftTriangleEqual;⊴\0LeftUpDownVector;⥑\0LeftUpTeeVector;⥠\0\
LeftUpVector;↿\0LeftUpVectorBar;⥘\0LeftVector;↼\0LeftVectorBar;⥒\0Leftarrow;⇐\0\
Leftrightarrow;⇔\0LessEqualGreater;⋚\0LessFullEqual;≦\0LessGreater;≶\0LessLess;⪡\0\
LessSlantEqual;⩽\0LessTilde;≲\0Lfr;𝔏\0Ll;⋘\0Lleftarrow;⇚\0Lmidot;Ŀ\0LongLeftArrow;⟵\0\
LongLeftRightArrow;⟷\0LongRightArrow;⟶\0Longleftarrow;⟸\0Longleftrightarrow;⟺\0\
Longrightarrow;⟹\0Lopf;𝕃\0LowerLeftArrow;↙\0LowerRightArrow;↘\0Lscr;ℒ\0Lsh;↰\0Lstrok;Ł\0Lt;≪\0\
Map;⤅\0Mcy;М\0MediumSpace;\u{205f}\0Mellintrf;ℳ\0Mfr;𝔐\0MinusPlus;∓\0Mopf;𝕄\0Mscr;ℳ\0Mu;Μ\0\
NJcy;Њ\0Nacute;Ń\0Ncaron;Ň\0Ncedil;Ņ\0Ncy;Н\0NegativeMediumSpace;\u{200b}\0\
NegativeThickSpace;\u{200b}\0NegativeThinSpace;\u{200b}\0NegativeVeryThinSpace;\u{200b}\0\
NestedGreaterGreater;≫\0NestedLessLess;≪\0NewLine;\u{a}\0Nfr;𝔑\0NoBreak;\u{2060}\0\
NonBreakingSpace;\u{a0}\0Nopf;ℕ\0Not;⫬\0NotCongruent;≢\0NotCupCap;≭\0NotDoubleVerticalBar;∦\0\
NotElement;∉\0NotEqual;≠\0NotEqualTilde;≂\u{338}\0NotExists;∄\0NotGreater;≯\0NotGreaterEqual;≱\0\
NotGreaterFullEqual;≧\u{338}\0NotGreaterGreater;≫\u{338}\0NotGreaterLess;≹\0\
NotGreaterSlantEqual;⩾\u{338}\0NotGreaterTilde;≵\0NotHumpDownHump;≎\u{338}\0\
NotHumpEqual;≏\u{338}\0NotLeftTriangle;⋪\0NotLeftTriangleBar;⧏\u{338}\0NotLeftTriangleEqual;⋬\0\
NotLess;≮\0NotLessEqual;≰\0NotLessGreater;≸\0NotLessLess;≪\u{338}\0NotLessSlantEqual;⩽\u{338}\0\
NotLessTilde;≴\0NotNestedGreaterGreater;⪢\u{338}\0NotNestedLessLess;⪡\u{338}\0NotPrecedes;⊀\0\
NotPrecedesEqual;⪯\u{338}\0NotPrecedesSlantEqual;⋠\0NotReverseElement;∌\0NotRightTriangle;⋫\0\
NotRightTriangleBar;⧐\u{338}\0NotRightTriangleEqual;⋭\0NotSquareSubset;⊏\u{338}\0\
NotSquareSubsetEqual;⋢\0NotSquareSuperset;⊐\u{338}\0NotSquareSupersetEqual;⋣\0\
NotSubset;⊂\u{20d2}\0NotSubsetEqual;⊈\0NotSucceeds;⊁\0NotSucceedsEqual;⪰\u{338}\0\
NotSucceedsSlantEqual;⋡\0NotSucceedsTilde;≿\u{338}\0NotSuperset;⊃\u{20d2}\0NotSupersetEqual;⊉\0\
NotTilde;≁\0NotTildeEqual;≄\0NotTildeFullEqual;≇\0NotTildeTilde;≉\0NotVerticalBar;∤\0Nscr;𝒩\0\
Ntilde;Ñ\0Nu;Ν\0OElig;Œ\0Oacute;Ó\0Ocirc;Ô\0Ocy;О\0Odblac;Ő\0Ofr;𝔒\0Ograve;Ò\0Omacr;Ō\0Omega;Ω\0\
Omicron;Ο\0Oopf;𝕆\0OpenCurlyDoubleQuote;“\0OpenCurlyQuote;‘\0Or;⩔\0Oscr;𝒪\0Oslash;Ø\0Otilde;Õ\0\
Otimes;⨷\0Ouml;Ö\0OverBar;‾\0OverBrace;⏞\0OverBracket;⎴\0OverParenthesis;⏜\0PartialD;∂\0Pcy;П\0\
Pfr;𝔓\0Phi;Φ\0Pi;Π\0PlusMinus;±\0Poincareplane;ℌ\0Popf;ℙ\0Pr;⪻\0Precedes;≺\0PrecedesEqual;⪯\0\
PrecedesSlantEqual;≼\0PrecedesTilde;≾\0Prime;″\0Product;∏\0Proportion;∷\0Proportional;∝\0\
Pscr;𝒫\0Psi;Ψ\0QUOT;\u{22}\0Qfr;𝔔\0Qopf;ℚ\0Qscr;𝒬\0RBarr;⤐\0REG;®\0Racute;Ŕ\0Rang;⟫\0Rarr;↠\0\
Rarrtl;⤖\0Rcaron;Ř\0Rcedil;Ŗ\0Rcy;Р\0Re;ℜ\0ReverseElement;∋\0ReverseEquilibrium;⇋\0\
ReverseUpEquilibrium;⥯\0Rfr;ℜ\0Rho;Ρ\0RightAngleBracket;⟩\0RightArrow;→\0RightArrowBar;⇥\0\
RightArrowLeftArrow;⇄\0RightCeiling;⌉\0RightDoubleBracket;⟧\0RightDownTeeVector;⥝\0\
RightDownVector;⇂\0RightDownVectorBar;⥕\0RightFloor;⌋\0RightTee;⊢\0RightTeeArrow;↦\0\
RightTeeVector;⥛\0RightTriangle;⊳\0RightTriangleBar;⧐\0RightTriangleEqual;⊵\0\
RightUpDownVector;⥏\0RightUpTeeVector;⥜\0RightUpVector;↾\0RightUpVectorBar;⥔\0RightVector;⇀\0\
RightVectorBar;⥓\0Rightarrow;⇒\0Ropf;ℝ\0RoundImplies;⥰\0Rrightarrow;⇛\0Rscr;ℛ\0Rsh;↱\0\
RuleDelayed;⧴\0SHCHcy;Щ\0SHcy;Ш\0SOFTcy;Ь\0Sacute;Ś\0Sc;⪼\0Scaron;Š\0Scedil;Ş\0Scirc;Ŝ\0Scy;С\0\
Sfr;𝔖\0ShortDownArrow;↓\0ShortLeftArrow;←\0ShortRightArrow;→\0ShortUpArrow;↑\0Sigma;Σ\0\
SmallCircle;∘\0Sopf;𝕊\0Sqrt;√\0Square;□\0SquareIntersection;⊓\0SquareSubset;⊏\0\
SquareSubsetEqual;⊑\0SquareSuperset;⊐\0SquareSupersetEqual;⊒\0SquareUnion;⊔\0Sscr;𝒮\0Star;⋆\0\
Sub;⋐\0Subset;⋐\0SubsetEqual;⊆\0Succeeds;≻\0SucceedsEqual;⪰\0SucceedsSlantEqual;≽\0\
SucceedsTilde;≿\0SuchThat;∋\0Sum;∑\0Sup;⋑\0Superset;⊃\0SupersetEqual;⊇\0Supset;⋑\0THORN;Þ\0\
TRADE;™\0TSHcy;Ћ\0TScy;Ц\0Tab;\u{9}\0Tau;Τ\0Tcaron;Ť\0Tcedil;Ţ\0Tcy;Т\0Tfr;𝔗\0Therefore;∴\0\
Theta;Θ\0ThickSpace;\u{205f}\u{200a}\0ThinSpace;\u{2009}\0Tilde;∼\0TildeEqual;≃\0\
TildeFullEqual;≅\0TildeTilde;≈\0Topf;𝕋\0TripleDot;⃛\0Tscr;𝒯\0Tstrok;Ŧ\0Uacute;Ú\0Uarr;↟\0\
Uarrocir;⥉\0Ubrcy;Ў\0Ubreve;Ŭ\0Ucirc;Û\0Ucy;У\0Udblac;Ű\0Ufr;𝔘\0Ugrave;Ù\0Umacr;Ū\0UnderBar;_\0\
UnderBrace;⏟\0UnderBracket;⎵\0UnderParenthesis;⏝\0Union;⋃\0UnionPlus;⊎\0Uogon;Ų\0Uopf;𝕌\0\
UpArrow;↑\0UpArrowBar;⤒\0UpArrowDownArrow;⇅\0UpDownArrow;↕\0UpEquilibrium;⥮\0UpTee;⊥\0\
UpTeeArrow;↥\0Uparrow;⇑\0Updownarrow;⇕\0UpperLeftArrow;↖\0UpperRightArrow;↗\0Upsi;ϒ\0Upsilon;Υ\0\
Uring;Ů\0Uscr;𝒰\0Utilde;Ũ\0Uuml;Ü\0VDash;⊫\0Vbar;⫫\0Vcy;В\0Vdash;⊩\0Vdashl;⫦\0Vee;⋁\0Verbar;‖\0\
Vert;‖\0VerticalBar;∣\0VerticalLine;|\0VerticalSeparator;❘\0VerticalTilde;≀\0\
VeryThinSpace;\u{200a}\0Vfr;𝔙\0Vopf;𝕍\0Vscr;𝒱\0Vvdash;⊪\0Wcirc;Ŵ\0Wedge;⋀\0Wfr;𝔚\0Wopf;𝕎\0\
Wscr;𝒲\0Xfr;𝔛\0Xi;Ξ\0Xopf;𝕏\0Xscr;𝒳\0YAcy;Я\0YIcy;Ї\0YUcy;Ю\0Yacute;Ý\0Ycirc;Ŷ\0Ycy;Ы\0Yfr;𝔜\0\
Yopf;𝕐\0Yscr;𝒴\0Yuml;Ÿ\0ZHcy;Ж\0Zacute;Ź\0Zcaron;Ž\0Zcy;З\0Zdot;Ż\0ZeroWidthSpace;\u{200b}\0\
Zeta;Ζ\0Zfr;ℨ\0Zopf;ℤ\0Zscr;𝒵\0aacute;á\0abreve;ă\0ac;∾\0acE;∾\u{333}\0acd;∿\0acirc;â\0acute;´\0\
acy;а\0aelig;æ\0af;\u{2061}\0afr;𝔞\0agrave;à\0alefsym;ℵ\0aleph;ℵ\0alpha;α\0amacr;ā\0amalg;⨿\0\
amp;&\0and;∧\0andand;⩕\0andd;⩜\0andslope;⩘\0andv;⩚\0ang;∠\0ange;⦤\0angle;∠\0angmsd;∡\0\
angmsdaa;⦨\0angmsdab;⦩\0angmsdac;⦪\0angmsdad;⦫\0angmsdae;⦬\0angmsdaf;⦭\0angmsdag;⦮\0angmsdah;⦯\0\
angrt;∟\0angrtvb;⊾\0angrtvbd;⦝\0angsph;∢\0angst;Å\0angzarr;⍼\0aogon;ą\0aopf;𝕒\0ap;≈\0apE;⩰\0\
apacir;⩯\0ape;≊\0apid;≋\0apos;'\0approx;≈\0approxeq;≊\0aring;å\0ascr;𝒶\0ast;*\0asymp;≈\0\
asympeq;≍\0atilde;ã\0auml;ä\0awconint;∳\0awint;⨑\0bNot;⫭\0backcong;≌\0backepsilon;϶\0\
backprime;‵\0backsim;∽\0backsimeq;⋍\0barvee;⊽\0barwed;⌅\0barwedge;⌅\0bbrk;⎵\0bbrktbrk;⎶\0\
bcong;≌\0bcy;б\0bdquo;„\0becaus;∵\0because;∵\0bemptyv;⦰\0bepsi;϶\0bernou;ℬ\0beta;β\0beth;ℶ\0\
between;≬\0bfr;𝔟\0bigcap;⋂\0bigcirc;◯\0bigcup;⋃\0bigodot;⨀\0bigoplus;⨁\0bigotimes;⨂\0\
bigsqcup;⨆\0bigstar;★\0bigtriangledown;▽\0bigtriangleup;△\0biguplus;⨄\0bigvee;⋁\0bigwedge;⋀\0\
bkarow;⤍\0blacklozenge;⧫\0blacksquare;▪\0blacktriangle;▴\0blacktriangledown;▾\0\
blacktriangleleft;◂\0blacktriangleright;▸\0blank;␣\0blk12;▒\0blk14;░\0blk34;▓\0block;█\0\
bne;=\u{20e5}\0bnequiv;≡\u{20e5}\0bnot;⌐\0bopf;𝕓\0bot;⊥\0bottom;⊥\0bowtie;⋈\0boxDL;╗\0boxDR;╔\0\
boxDl;╖\0boxDr;╓\0boxH;═\0boxHD;╦\0boxHU;╩\0boxHd;╤\0boxHu;╧\0boxUL;╝\0boxUR;╚\0boxUl;╜\0\
boxUr;╙\0boxV;║\0boxVH;╬\0boxVL;╣\0boxVR;╠\0boxVh;╫\0boxVl;╢\0boxVr;╟\0boxbox;⧉\0boxdL;╕\0\
boxdR;╒\0boxdl;┐\0boxdr;┌\0boxh;─\0boxhD;╥\0boxhU;╨\0boxhd;┬\0boxhu;┴\0boxminus;⊟\0boxplus;⊞\0\
boxtimes;⊠\0boxuL;╛\0boxuR;╘\0boxul;┘\0boxur;└\0boxv;│\0boxvH;╪\0boxvL;╡\0boxvR;╞\0boxvh;┼\0\
boxvl;┤\0boxvr;├\0bprime;‵\0breve;˘\0brvbar;¦\0bscr;𝒷\0bsemi;⁏\0bsim;∽\0bsime;⋍\0bsol;\u{5c}\0\
bsolb;⧅\0bsolhsub;⟈\0bull;•\0bullet;•\0bump;≎\0bumpE;⪮\0bumpe;≏\0bumpeq;≏\0cacute;ć\0cap;∩\0\
capand;⩄\0capbrcup;⩉\0capcap;⩋\0capcup;⩇\0capdot;⩀\0caps;∩\u{fe00}\0caret;⁁\0caron;ˇ\0ccaps;⩍\0\
ccaron;č\0ccedil;ç\0ccirc;ĉ\0ccups;⩌\0ccupssm;⩐\0cdot;ċ\0cedil;¸\0cemptyv;⦲\0cent;¢\0\
centerdot;·\0cfr;𝔠\0chcy;ч\0check;✓\0checkmark;✓\0chi;χ\0cir;○\0cirE;⧃\0circ;ˆ\0circeq;≗\0\
circlearrowleft;↺\0circlearrowright;↻\0circledR;®\0circledS;Ⓢ\0circledast;⊛\0circledcirc;⊚\0\
circleddash;⊝\0cire;≗\0cirfnint;⨐\0cirmid;⫯\0cirscir;⧂\0clubs;♣\0clubsuit;♣\0colon;:\0colone;≔\0\
coloneq;≔\0comma;,\0commat;@\0comp;∁\0compfn;∘\0complement;∁\0complexes;ℂ\0cong;≅\0congdot;⩭\0\
conint;∮\0copf;𝕔\0coprod;∐\0copy;©\0copysr;℗\0crarr;↵\0cross;✗\0cscr;𝒸\0csub;⫏\0csube;⫑\0\
csup;⫐\0csupe;⫒\0ctdot;⋯\0cudarrl;⤸\0cudarrr;⤵\0cuepr;⋞\0cuesc;⋟\0cularr;↶\0cularrp;⤽\0cup;∪\0\
cupbrcap;⩈\0cupcap;⩆\0cupcup;⩊\0cupdot;⊍\0cupor;⩅\0cups;∪\u{fe00}\0curarr;↷\0curarrm;⤼\0\
curlyeqprec;⋞\0curlyeqsucc;⋟\0curlyvee;⋎\0curlywedge;⋏\0curren;¤\0curvearrowleft;↶\0\
curvearrowright;↷\0cuvee;⋎\0cuwed;⋏\0cwconint;∲\0cwint;∱\0cylcty;⌭\0dArr;⇓\0dHar;⥥\0dagger;†\0\
daleth;ℸ\0darr;↓\0dash;‐\0dashv;⊣\0dbkarow;⤏\0dblac;˝\0dcaron;ď\0dcy;д\0dd;ⅆ\0ddagger;‡\0\
ddarr;⇊\0ddotseq;⩷\0deg;°\0delta;δ\0demptyv;⦱\0dfisht;⥿\0dfr;𝔡\0dharl;⇃\0dharr;⇂\0diam;⋄\0\
diamond;⋄\0diamondsuit;♦\0diams;♦\0die;¨\0digamma;ϝ\0disin;⋲\0div;÷\0divide;÷\0divideontimes;⋇\0\
divonx;⋇\0djcy;ђ\0dlcorn;⌞\0dlcrop;⌍\0dollar;$\0dopf;𝕕\0dot;˙\0doteq;≐\0doteqdot;≑\0dotminus;∸\0\
dotplus;∔\0dotsquare;⊡\0doublebarwedge;⌆\0downarrow;↓\0downdownarrows;⇊\0downharpoonleft;⇃\0\
downharpoonright;⇂\0drbkarow;⤐\0drcorn;⌟\0drcrop;⌌\0dscr;𝒹\0dscy;ѕ\0dsol;⧶\0dstrok;đ\0dtdot;⋱\0\
dtri;▿\0dtrif;▾\0duarr;⇵\0duhar;⥯\0dwangle;⦦\0dzcy;џ\0dzigrarr;⟿\0eDDot;⩷\0eDot;≑\0eacute;é\0\
easter;⩮\0ecaron;ě\0ecir;≖\0ecirc;ê\0ecolon;≕\0ecy;э\0edot;ė\0ee;ⅇ\0efDot;≒\0efr;𝔢\0eg;⪚\0\
egrave;è\0egs;⪖\0egsdot;⪘\0el;⪙\0elinters;⏧\0ell;ℓ\0els;⪕\0elsdot;⪗\0emacr;ē\0empty;∅\0\
emptyset;∅\0emptyv;∅\0emsp;\u{2003}\0emsp13;\u{2004}\0emsp14;\u{2005}\0eng;ŋ\0ensp;\u{2002}\0\
eogon;ę\0eopf;𝕖\0epar;⋕\0eparsl;⧣\0eplus;⩱\0epsi;ε\0epsilon;ε\0epsiv;ϵ\0eqcirc;≖\0eqcolon;≕\0\
eqsim;≂\0eqslantgtr;⪖\0eqslantless;⪕\0equals;=\0equest;≟\0equiv;≡\0equivDD;⩸\0eqvparsl;⧥\0\
erDot;≓\0erarr;⥱\0escr;ℯ\0esdot;≐\0esim;≂\0eta;η\0eth;ð\0euml;ë\0euro;€\0excl;!\0exist;∃\0\
expectation;ℰ\0exponentiale;ⅇ\0fallingdotseq;≒\0fcy;ф\0female;♀\0ffilig;ﬃ\0fflig;ﬀ\0ffllig;ﬄ\0\
ffr;𝔣\0filig;ﬁ\0fjlig;fj\0flat;♭\0fllig;ﬂ\0fltns;▱\0fnof;ƒ\0fopf;𝕗\0forall;∀\0fork;⋔\0forkv;⫙\0\
fpartint;⨍\0frac12;½\0frac13;⅓\0frac14;¼\0frac15;⅕\0frac16;⅙\0frac18;⅛\0frac23;⅔\0frac25;⅖\0\
frac34;¾\0frac35;⅗\0frac38;⅜\0frac45;⅘\0frac56;⅚\0frac58;⅝\0frac78;⅞\0frasl;⁄\0frown;⌢\0fscr;𝒻\0\
gE;≧\0gEl;⪌\0gacute;ǵ\0gamma;γ\0gammad;ϝ\0gap;⪆\0gbreve;ğ\0gcirc;ĝ\0gcy;г\0gdot;ġ\0ge;≥\0gel;⋛\0\
geq;≥\0geqq;≧\0geqslant;⩾\0ges;⩾\0gescc;⪩\0gesdot;⪀\0gesdoto;⪂\0gesdotol;⪄\0gesl;⋛\u{fe00}\0\
gesles;⪔\0gfr;𝔤\0gg;≫\0ggg;⋙\0gimel;ℷ\0gjcy;ѓ\0gl;≷\0glE;⪒\0gla;⪥\0glj;⪤\0gnE;≩\0gnap;⪊\0\
gnapprox;⪊\0gne;⪈\0gneq;⪈\0gneqq;≩\0gnsim;⋧\0gopf;𝕘\0grave;`\0gscr;ℊ\0gsim;≳\0gsime;⪎\0gsiml;⪐\0\
gt;>\0gtcc;⪧\0gtcir;⩺\0gtdot;⋗\0gtlPar;⦕\0gtquest;⩼\0gtrapprox;⪆\0gtrarr;⥸\0gtrdot;⋗\0\
gtreqless;⋛\0gtreqqless;⪌\0gtrless;≷\0gtrsim;≳\0gvertneqq;≩\u{fe00}\0gvnE;≩\u{fe00}\0hArr;⇔\0\
hairsp;\u{200a}\0half;½\0hamilt;ℋ\0hardcy;ъ\0harr;↔\0harrcir;⥈\0harrw;↭\0hbar;ℏ\0hcirc;ĥ\0\
hearts;♥\0heartsuit;♥\0hellip;…\0hercon;⊹\0hfr;𝔥\0hksearow;⤥\0hkswarow;⤦\0hoarr;⇿\0homtht;∻\0\
hookleftarrow;↩\0hookrightarrow;↪\0hopf;𝕙\0horbar;―\0hscr;𝒽\0hslash;ℏ\0hstrok;ħ\0hybull;⁃\0\
hyphen;‐\0iacute;í\0ic;\u{2063}\0icirc;î\0icy;и\0iecy;е\0iexcl;¡\0iff;⇔\0ifr;𝔦\0igrave;ì\0ii;ⅈ\0\
iiiint;⨌\0iiint;∭\0iinfin;⧜\0iiota;℩\0ijlig;ĳ\0imacr;ī\0image;ℑ\0imagline;ℐ\0imagpart;ℑ\0\
imath;ı\0imof;⊷\0imped;Ƶ\0in;∈\0incare;℅\0infin;∞\0infintie;⧝\0inodot;ı\0int;∫\0intcal;⊺\0\
integers;ℤ\0intercal;⊺\0intlarhk;⨗\0intprod;⨼\0iocy;ё\0iogon;į\0iopf;𝕚\0iota;ι\0iprod;⨼\0\
iquest;¿\0iscr;𝒾\0isin;∈\0isinE;⋹\0isindot;⋵\0isins;⋴\0isinsv;⋳\0isinv;∈\0it;\u{2062}\0\
itilde;ĩ\0iukcy;і\0iuml;ï\0jcirc;ĵ\0jcy;й\0jfr;𝔧\0jmath;ȷ\0jopf;𝕛\0jscr;𝒿\0jsercy;ј\0jukcy;є\0\
kappa;κ\0kappav;ϰ\0kcedil;ķ\0kcy;к\0kfr;𝔨\0kgreen;ĸ\0khcy;х\0kjcy;ќ\0kopf;𝕜\0kscr;𝓀\0lAarr;⇚\0\
lArr;⇐\0lAtail;⤛\0lBarr;⤎\0lE;≦\0lEg;⪋\0lHar;⥢\0lacute;ĺ\0laemptyv;⦴\0lagran;ℒ\0lambda;λ\0\
lang;⟨\0langd;⦑\0langle;⟨\0lap;⪅\0laquo;«\0larr;←\0larrb;⇤\0larrbfs;⤟\0larrfs;⤝\0larrhk;↩\0\
larrlp;↫\0larrpl;⤹\0larrsim;⥳\0larrtl;↢\0lat;⪫\0latail;⤙\0late;⪭\0lates;⪭\u{fe00}\0lbarr;⤌\0\
lbbrk;❲\0lbrace;{\0lbrack;[\0lbrke;⦋\0lbrksld;⦏\0lbrkslu;⦍\0lcaron;ľ\0lcedil;ļ\0lceil;⌈\0\
lcub;{\0lcy;л\0ldca;⤶\0ldquo;“\0ldquor;„\0ldrdhar;⥧\0ldrushar;⥋\0ldsh;↲\0le;≤\0leftarrow;←\0\
leftarrowtail;↢\0leftharpoondown;↽\0leftharpoonup;↼\0leftleftarrows;⇇\0leftrightarrow;↔\0\
leftrightarrows;⇆\0leftrightharpoons;⇋\0leftrightsquigarrow;↭\0leftthreetimes;⋋\0leg;⋚\0leq;≤\0\
leqq;≦\0leqslant;⩽\0les;⩽\0lescc;⪨\0lesdot;⩿\0lesdoto;⪁\0lesdotor;⪃\0lesg;⋚\u{fe00}\0lesges;⪓\0\
lessapprox;⪅\0lessdot;⋖\0lesseqgtr;⋚\0lesseqqgtr;⪋\0lessgtr;≶\0lesssim;≲\0lfisht;⥼\0lfloor;⌊\0\
lfr;𝔩\0lg;≶\0lgE;⪑\0lhard;↽\0lharu;↼\0lharul;⥪\0lhblk;▄\0ljcy;љ\0ll;≪\0llarr;⇇\0llcorner;⌞\0\
llhard;⥫\0lltri;◺\0lmidot;ŀ\0lmoust;⎰\0lmoustache;⎰\0lnE;≨\0lnap;⪉\0lnapprox;⪉\0lne;⪇\0lneq;⪇\0\
lneqq;≨\0lnsim;⋦\0loang;⟬\0loarr;⇽\0lobrk;⟦\0longleftarrow;⟵\0longleftrightarrow;⟷\0\
longmapsto;⟼\0longrightarrow;⟶\0looparrowleft;↫\0looparrowright;↬\0lopar;⦅\0lopf;𝕝\0loplus;⨭\0\
lotimes;⨴\0lowast;∗\0lowbar;_\0loz;◊\0lozenge;◊\0lozf;⧫\0lpar;(\0lparlt;⦓\0lrarr;⇆\0lrcorner;⌟\0\
lrhar;⇋\0lrhard;⥭\0lrm;‎\0lrtri;⊿\0lsaquo;‹\0lscr;𝓁\0lsh;↰\0lsim;≲\0lsime;⪍\0lsimg;⪏\0lsqb;[\0\
lsquo;‘\0lsquor;‚\0lstrok;ł\0lt;<\0ltcc;⪦\0ltcir;⩹\0ltdot;⋖\0lthree;⋋\0ltimes;⋉\0ltlarr;⥶\0\
ltquest;⩻\0ltrPar;⦖\0ltri;◃\0ltrie;⊴\0ltrif;◂\0lurdshar;⥊\0luruhar;⥦\0lvertneqq;≨\u{fe00}\0\
lvnE;≨\u{fe00}\0mDDot;∺\0macr;¯\0male;♂\0malt;✠\0maltese;✠\0map;↦\0mapsto;↦\0mapstodown;↧\0\
mapstoleft;↤\0mapstoup;↥\0marker;▮\0mcomma;⨩\0mcy;м\0mdash;—\0measuredangle;∡\0mfr;𝔪\0mho;℧\0\
micro;µ\0mid;∣\0midast;*\0midcir;⫰\0middot;·\0minus;−\0minusb;⊟\0minusd;∸\0minusdu;⨪\0mlcp;⫛\0\
mldr;…\0mnplus;∓\0models;⊧\0mopf;𝕞\0mp;∓\0mscr;𝓂\0mstpos;∾\0mu;μ\0multimap;⊸\0mumap;⊸\0\
nGg;⋙\u{338}\0nGt;≫\u{20d2}\0nGtv;≫\u{338}\0nLeftarrow;⇍\0nLeftrightarrow;⇎\0nLl;⋘\u{338}\0\
nLt;≪\u{20d2}\0nLtv;≪\u{338}\0nRightarrow;⇏\0nVDash;⊯\0nVdash;⊮\0nabla;∇\0nacute;ń\0\
nang;∠\u{20d2}\0nap;≉\0napE;⩰\u{338}\0napid;≋\u{338}\0napos;ŉ\0napprox;≉\0natur;♮\0natural;♮\0\
naturals;ℕ\0nbsp;\u{a0}\0nbump;≎\u{338}\0nbumpe;≏\u{338}\0ncap;⩃\0ncaron;ň\0ncedil;ņ\0ncong;≇\0\
ncongdot;⩭\u{338}\0ncup;⩂\0ncy;н\0ndash;–\0ne;≠\0neArr;⇗\0nearhk;⤤\0nearr;↗\0nearrow;↗\0\
nedot;≐\u{338}\0nequiv;≢\0nesear;⤨\0nesim;≂\u{338}\0nexist;∄\0nexists;∄\0nfr;𝔫\0ngE;≧\u{338}\0\
nge;≱\0ngeq;≱\0ngeqq;≧\u{338}\0ngeqslant;⩾\u{338}\0nges;⩾\u{338}\0ngsim;≵\0ngt;≯\0ngtr;≯\0\
nhArr;⇎\0nharr;↮\0nhpar;⫲\0ni;∋\0nis;⋼\0nisd;⋺\0niv;∋\0njcy;њ\0nlArr;⇍\0nlE;≦\u{338}\0nlarr;↚\0\
nldr;‥\0nle;≰\0nleftarrow;↚\0nleftrightarrow;↮\0nleq;≰\0nleqq;≦\u{338}\0nleqslant;⩽\u{338}\0\
nles;⩽\u{338}\0nless;≮\0nlsim;≴\0nlt;≮\0nltri;⋪\0nltrie;⋬\0nmid;∤\0nopf;𝕟\0not;¬\0notin;∉\0\
notinE;⋹\u{338}\0notindot;⋵\u{338}\0notinva;∉\0notinvb;⋷\0notinvc;⋶\0notni;∌\0notniva;∌\0\
notnivb;⋾\0notnivc;⋽\0npar;∦\0nparallel;∦\0nparsl;⫽\u{20e5}\0npart;∂\u{338}\0npolint;⨔\0npr;⊀\0\
nprcue;⋠\0npre;⪯\u{338}\0nprec;⊀\0npreceq;⪯\u{338}\0nrArr;⇏\0nrarr;↛\0nrarrc;⤳\u{338}\0\
nrarrw;↝\u{338}\0nrightarrow;↛\0nrtri;⋫\0nrtrie;⋭\0nsc;⊁\0nsccue;⋡\0nsce;⪰\u{338}\0nscr;𝓃\0\
nshortmid;∤\0nshortparallel;∦\0nsim;≁\0nsime;≄\0nsimeq;≄\0nsmid;∤\0nspar;∦\0nsqsube;⋢\0\
nsqsupe;⋣\0nsub;⊄\0nsubE;⫅\u{338}\0nsube;⊈\0nsubset;⊂\u{20d2}\0nsubseteq;⊈\0\
nsubseteqq;⫅\u{338}\0nsucc;⊁\0nsucceq;⪰\u{338}\0nsup;⊅\0nsupE;⫆\u{338}\0nsupe;⊉\0\
nsupset;⊃\u{20d2}\0nsupseteq;⊉\0nsupseteqq;⫆\u{338}\0ntgl;≹\0ntilde;ñ\0ntlg;≸\0ntriangleleft;⋪\0\
ntrianglelefteq;⋬\0ntriangleright;⋫\0ntrianglerighteq;⋭\0nu;ν\0num;#\0numero;№\0numsp;\u{2007}\0\
nvDash;⊭\0nvHarr;⤄\0nvap;≍\u{20d2}\0nvdash;⊬\0nvge;≥\u{20d2}\0nvgt;>\u{20d2}\0nvinfin;⧞\0\
nvlArr;⤂\0nvle;≤\u{20d2}\0nvlt;<\u{20d2}\0nvltrie;⊴\u{20d2}\0nvrArr;⤃\0nvrtrie;⊵\u{20d2}\0\
nvsim;∼\u{20d2}\0nwArr;⇖\0nwarhk;⤣\0nwarr;↖\0nwarrow;↖\0nwnear;⤧\0oS;Ⓢ\0oacute;ó\0oast;⊛\0\
ocir;⊚\0ocirc;ô\0ocy;о\0odash;⊝\0odblac;ő\0odiv;⨸\0odot;⊙\0odsold;⦼\0oelig;œ\0ofcir;⦿\0ofr;𝔬\0\
ogon;˛\0ograve;ò\0ogt;⧁\0ohbar;⦵\0ohm;Ω\0oint;∮\0olarr;↺\0olcir;⦾\0olcross;⦻\0oline;‾\0olt;⧀\0\
omacr;ō\0omega;ω\0omicron;ο\0omid;⦶\0ominus;⊖\0oopf;𝕠\0opar;⦷\0operp;⦹\0oplus;⊕\0or;∨\0orarr;↻\0\
ord;⩝\0order;ℴ\0orderof;ℴ\0ordf;ª\0ordm;º\0origof;⊶\0oror;⩖\0orslope;⩗\0orv;⩛\0oscr;ℴ\0\
oslash;ø\0osol;⊘\0otilde;õ\0otimes;⊗\0otimesas;⨶\0ouml;ö\0ovbar;⌽\0par;∥\0para;¶\0parallel;∥\0\
parsim;⫳\0parsl;⫽\0part;∂\0pcy;п\0percnt;%\0period;.\0permil;‰\0perp;⊥\0pertenk;‱\0pfr;𝔭\0\
phi;φ\0phiv;ϕ\0phmmat;ℳ\0phone;☎\0pi;π\0pitchfork;⋔\0piv;ϖ\0planck;ℏ\0planckh;ℎ\0plankv;ℏ\0\
plus;+\0plusacir;⨣\0plusb;⊞\0pluscir;⨢\0plusdo;∔\0plusdu;⨥\0pluse;⩲\0plusmn;±\0plussim;⨦\0\
plustwo;⨧\0pm;±\0pointint;⨕\0popf;𝕡\0pound;£\0pr;≺\0prE;⪳\0prap;⪷\0prcue;≼\0pre;⪯\0prec;≺\0\
precapprox;⪷\0preccurlyeq;≼\0preceq;⪯\0precnapprox;⪹\0precneqq;⪵\0precnsim;⋨\0precsim;≾\0\
prime;′\0primes;ℙ\0prnE;⪵\0prnap;⪹\0prnsim;⋨\0prod;∏\0profalar;⌮\0profline;⌒\0profsurf;⌓\0\
prop;∝\0propto;∝\0prsim;≾\0prurel;⊰\0pscr;𝓅\0psi;ψ\0puncsp;\u{2008}\0qfr;𝔮\0qint;⨌\0qopf;𝕢\0\
qprime;⁗\0qscr;𝓆\0quaternions;ℍ\0quatint;⨖\0quest;?\0questeq;≟\0quot;\u{22}\0rAarr;⇛\0rArr;⇒\0\
rAtail;⤜\0rBarr;⤏\0rHar;⥤\0race;∽\u{331}\0racute;ŕ\0radic;√\0raemptyv;⦳\0rang;⟩\0rangd;⦒\0\
range;⦥\0rangle;⟩\0raquo;»\0rarr;→\0rarrap;⥵\0rarrb;⇥\0rarrbfs;⤠\0rarrc;⤳\0rarrfs;⤞\0rarrhk;↪\0\
rarrlp;↬\0rarrpl;⥅\0rarrsim;⥴\0rarrtl;↣\0rarrw;↝\0ratail;⤚\0ratio;∶\0rationals;ℚ\0rbarr;⤍\0\
rbbrk;❳\0rbrace;}\0rbrack;]\0rbrke;⦌\0rbrksld;⦎\0rbrkslu;⦐\0rcaron;ř\0rcedil;ŗ\0rceil;⌉\0\
rcub;}\0rcy;р\0rdca;⤷\0rdldhar;⥩\0rdquo;”\0rdquor;”\0rdsh;↳\0real;ℜ\0realine;ℛ\0realpart;ℜ\0\
reals;ℝ\0rect;▭\0reg;®\0rfisht;⥽\0rfloor;⌋\0rfr;𝔯\0rhard;⇁\0rharu;⇀\0rharul;⥬\0rho;ρ\0rhov;ϱ\0\
rightarrow;→\0rightarrowtail;↣\0rightharpoondown;⇁\0rightharpoonup;⇀\0rightleftarrows;⇄\0\
rightleftharpoons;⇌\0rightrightarrows;⇉\0rightsquigarrow;↝\0rightthreetimes;⋌\0ring;˚\0\
risingdotseq;≓\0rlarr;⇄\0rlhar;⇌\0rlm;‏\0rmoust;⎱\0rmoustache;⎱\0rnmid;⫮\0roang;⟭\0roarr;⇾\0\
robrk;⟧\0ropar;⦆\0ropf;𝕣\0roplus;⨮\0rotimes;⨵\0rpar;)\0rpargt;⦔\0rppolint;⨒\0rrarr;⇉\0rsaquo;›\0\
rscr;𝓇\0rsh;↱\0rsqb;]\0rsquo;’\0rsquor;’\0rthree;⋌\0rtimes;⋊\0rtri;▹\0rtrie;⊵\0rtrif;▸\0\
rtriltri;⧎\0ruluhar;⥨\0rx;℞\0sacute;ś\0sbquo;‚\0sc;≻\0scE;⪴\0scap;⪸\0scaron;š\0sccue;≽\0sce;⪰\0\
scedil;ş\0scirc;ŝ\0scnE;⪶\0scnap;⪺\0scnsim;⋩\0scpolint;⨓\0scsim;≿\0scy;с\0sdot;⋅\0sdotb;⊡\0\
sdote;⩦\0seArr;⇘\0searhk;⤥\0searr;↘\0searrow;↘\0sect;§\0semi;;\0seswar;⤩\0setminus;∖\0setmn;∖\0\
sext;✶\0sfr;𝔰\0sfrown;⌢\0sharp;♯\0shchcy;щ\0shcy;ш\0shortmid;∣\0shortparallel;∥\0shy;\u{ad}\0\
sigma;σ\0sigmaf;ς\0sigmav;ς\0sim;∼\0simdot;⩪\0sime;≃\0simeq;≃\0simg;⪞\0simgE;⪠\0siml;⪝\0\
simlE;⪟\0simne;≆\0simplus;⨤\0simrarr;⥲\0slarr;←\0smallsetminus;∖\0smashp;⨳\0smeparsl;⧤\0smid;∣\0\
smile;⌣\0smt;⪪\0smte;⪬\0smtes;⪬\u{fe00}\0softcy;ь\0sol;/\0solb;⧄\0solbar;⌿\0sopf;𝕤\0spades;♠\0\
spadesuit;♠\0spar;∥\0sqcap;⊓\0sqcaps;⊓\u{fe00}\0sqcup;⊔\0sqcups;⊔\u{fe00}\0sqsub;⊏\0sqsube;⊑\0\
sqsubset;⊏\0sqsubseteq;⊑\0sqsup;⊐\0sqsupe;⊒\0sqsupset;⊐\0sqsupseteq;⊒\0squ;□\0square;□\0\
squarf;▪\0squf;▪\0srarr;→\0sscr;𝓈\0ssetmn;∖\0ssmile;⌣\0sstarf;⋆\0star;☆\0starf;★\0\
straightepsilon;ϵ\0straightphi;ϕ\0strns;¯\0sub;⊂\0subE;⫅\0subdot;⪽\0sube;⊆\0subedot;⫃\0\
submult;⫁\0subnE;⫋\0subne;⊊\0subplus;⪿\0subrarr;⥹\0subset;⊂\0subseteq;⊆\0subseteqq;⫅\0\
subsetneq;⊊\0subsetneqq;⫋\0subsim;⫇\0subsub;⫕\0subsup;⫓\0succ;≻\0succapprox;⪸\0succcurlyeq;≽\0\
succeq;⪰\0succnapprox;⪺\0succneqq;⪶\0succnsim;⋩\0succsim;≿\0sum;∑\0sung;♪\0sup;⊃\0sup1;¹\0\
sup2;²\0sup3;³\0supE;⫆\0supdot;⪾\0supdsub;⫘\0supe;⊇\0supedot;⫄\0suphsol;⟉\0suphsub;⫗\0\
suplarr;⥻\0supmult;⫂\0supnE;⫌\0supne;⊋\0supplus;⫀\0supset;⊃\0supseteq;⊇\0supseteqq;⫆\0\
supsetneq;⊋\0supsetneqq;⫌\0supsim;⫈\0supsub;⫔\0supsup;⫖\0swArr;⇙\0swarhk;⤦\0swarr;↙\0swarrow;↙\0\
swnwar;⤪\0szlig;ß\0target;⌖\0tau;τ\0tbrk;⎴\0tcaron;ť\0tcedil;ţ\0tcy;т\0tdot;⃛\0telrec;⌕\0tfr;𝔱\0\
there4;∴\0therefore;∴\0theta;θ\0thetasym;ϑ\0thetav;ϑ\0thickapprox;≈\0thicksim;∼\0\
thinsp;\u{2009}\0thkap;≈\0thksim;∼\0thorn;þ\0tilde;˜\0times;×\0timesb;⊠\0timesbar;⨱\0timesd;⨰\0\
tint;∭\0toea;⤨\0top;⊤\0topbot;⌶\0topcir;⫱\0topf;𝕥\0topfork;⫚\0tosa;⤩\0tprime;‴\0trade;™\0\
triangle;▵\0triangledown;▿\0triangleleft;◃\0trianglelefteq;⊴\0triangleq;≜\0triangleright;▹\0\
trianglerighteq;⊵\0tridot;◬\0trie;≜\0triminus;⨺\0triplus;⨹\0trisb;⧍\0tritime;⨻\0trpezium;⏢\0\
tscr;𝓉\0tscy;ц\0tshcy;ћ\0tstrok;ŧ\0twixt;≬\0twoheadleftarrow;↞\0twoheadrightarrow;↠\0uArr;⇑\0\
uHar;⥣\0uacute;ú\0uarr;↑\0ubrcy;ў\0ubreve;ŭ\0ucirc;û\0ucy;у\0udarr;⇅\0udblac;ű\0udhar;⥮\0\
ufisht;⥾\0ufr;𝔲\0ugrave;ù\0uharl;↿\0uharr;↾\0uhblk;▀\0ulcorn;⌜\0ulcorner;⌜\0ulcrop;⌏\0ultri;◸\0\
umacr;ū\0uml;¨\0uogon;ų\0uopf;𝕦\0uparrow;↑\0updownarrow;↕\0upharpoonleft;↿\0upharpoonright;↾\0\
uplus;⊎\0upsi;υ\0upsih;ϒ\0upsilon;υ\0upuparrows;⇈\0urcorn;⌝\0urcorner;⌝\0urcrop;⌎\0uring;ů\0\
urtri;◹\0uscr;𝓊\0utdot;⋰\0utilde;ũ\0utri;▵\0utrif;▴\0uuarr;⇈\0uuml;ü\0uwangle;⦧\0vArr;⇕\0\
vBar;⫨\0vBarv;⫩\0vDash;⊨\0vangrt;⦜\0varepsilon;ϵ\0varkappa;ϰ\0varnothing;∅\0varphi;ϕ\0varpi;ϖ\0\
varpropto;∝\0varr;↕\0varrho;ϱ\0varsigma;ς\0varsubsetneq;⊊\u{fe00}\0varsubsetneqq;⫋\u{fe00}\0\
varsupsetneq;⊋\u{fe00}\0varsupsetneqq;⫌\u{fe00}\0vartheta;ϑ\0vartriangleleft;⊲\0\
vartriangleright;⊳\0vcy;в\0vdash;⊢\0vee;∨\0veebar;⊻\0veeeq;≚\0vellip;⋮\0verbar;|\0vert;|\0\
vfr;𝔳\0vltri;⊲\0vnsub;⊂\u{20d2}\0vnsup;⊃\u{20d2}\0vopf;𝕧\0vprop;∝\0vrtri;⊳\0vscr;𝓋\0\
vsubnE;⫋\u{fe00}\0vsubne;⊊\u{fe00}\0vsupnE;⫌\u{fe00}\0vsupne;⊋\u{fe00}\0vzigzag;⦚\0wcirc;ŵ\0\
wedbar;⩟\0wedge;∧\0wedgeq;≙\0weierp;℘\0wfr;𝔴\0wopf;𝕨\0wp;℘\0wr;≀\0wreath;≀\0wscr;𝓌\0xcap;⋂\0\
xcirc;◯\0xcup;⋃\0xdtri;▽\0xfr;𝔵\0xhArr;⟺\0xharr;⟷\0xi;ξ\0xlArr;⟸\0xlarr;⟵\0xmap;⟼\0xnis;⋻\0\
xodot;⨀\0xopf;𝕩\0xoplus;⨁\0xotime;⨂\0xrArr;⟹\0xrarr;⟶\0xscr;𝓍\0xsqcup;⨆\0xuplus;⨄\0xutri;△\0\
xvee;⋁\0xwedge;⋀\0yacute;ý\0yacy;я\0ycirc;ŷ\0ycy;ы\0yen;¥\0yfr;𝔶\0yicy;ї\0yopf;𝕪\0yscr;𝓎\0\
yucy;ю\0yuml;ÿ\0zacute;ź\0zcaron;ž\0zcy;з\0zdot;ż\0zeetrf;ℨ\0zeta;ζ\0zfr;𝔷\0zhcy;ж\0zigrarr;⇝\0\
zopf;𝕫\0zscr;𝓏\0zwj;\u{200d}\0zwnj;\u{200c}\0";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_references_are_the_tables() {
        for name in [
            "nbsp", "amp", "lt", "gt", "quot", "apos", "copy", "mdash", "ndash", "hellip", "rsquo", "ldquo", "rdquo",
        ] {
            assert!(common(name).is_some(), "{name}");
            assert_eq!(common(name), search(name), "{name}");
        }
        assert_eq!(common("nbs"), None);
    }

    #[test]
    fn every_entry_is_found_and_the_table_is_sorted() {
        let entries: Vec<&str> = TABLE.split('\0').filter(|e| !e.is_empty()).collect();
        assert_eq!(entries.len(), 2125);
        let names: Vec<&str> = entries.iter().map(|e| e.split_once(';').unwrap().0).collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]));
        for e in &entries {
            let (name, value) = e.split_once(';').unwrap();
            assert_eq!(named(name), Some(value), "{name}");
        }
        assert_eq!(named("amp"), Some("&"));
        assert_eq!(named("NewLine"), Some("\n"));
        assert_eq!(named("fjlig"), Some("fj"));
        assert_eq!(named("ngE"), Some("\u{2267}\u{338}"));
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
        }
    }
}
