//! Dates as authors write them: `2025-01-26`, `2025-01-26T10:00:00Z`, `2025-01-26 10:00`.
//! Parsed only as far as the byline and JSON-LD need; never shifted to another time zone.

/// A calendar date: year, month and day only. A time written after it is not kept here; the
/// ISO output (`iso8601`) reads it again from the author's string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

impl Date {
    /// Reads the leading `YYYY-MM-DD` of `s`; `None` when it is not a real calendar date or
    /// what follows is not a time.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let rest = s.get(10..)?;
        if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
            return None;
        }
        let date = Date {
            year: i32::try_from(year).ok()?,
            month,
            day,
        };
        ((1..=12).contains(&month) && day >= 1 && day <= date.days_in_month()).then_some(date)
    }

    fn days_in_month(&self) -> u32 {
        match self.month {
            2 if self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// 0 for January.
    fn month_index(&self) -> usize {
        self.month.saturating_sub(1) as usize
    }

    /// 0 = Sunday (Sakamoto's method).
    fn weekday(&self) -> usize {
        const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 { self.year - 1 } else { self.year };
        let t = T.get(self.month_index()).copied().unwrap_or_default();
        let w = y + y / 4 - y / 100 + y / 400 + t + self.day as i32;
        w.rem_euclid(7) as usize
    }

    /// Format with moment-style tokens: `YYYY YY MMMM MMM MM M DD D dddd ddd`; text in
    /// `[brackets]` is literal, as in moment.
    ///
    /// Longest token first, so `MMMM` is never read as `MM` twice.
    pub fn format(&self, pattern: &str) -> String {
        const TOKENS: [&str; 10] = ["YYYY", "YY", "MMMM", "MMM", "MM", "M", "DD", "D", "dddd", "ddd"];
        // `parse` only makes dates with a month in 1..=12, so both lookups always find a name.
        let month = MONTHS.get(self.month_index()).copied().unwrap_or_default();
        let weekday = WEEKDAYS.get(self.weekday()).copied().unwrap_or_default();
        let mut out = String::new();
        let mut rest = pattern;
        while !rest.is_empty() {
            if let Some(inner) = rest.strip_prefix('[') {
                let end = inner.find(']').unwrap_or(inner.len());
                out.push_str(inner.get(..end).unwrap_or_default());
                rest = inner.get(end + 1..).unwrap_or("");
                continue;
            }
            let Some(token) = TOKENS.iter().find(|t| rest.starts_with(**t)) else {
                let c = rest.chars().next().unwrap_or(' ');
                out.push(c);
                rest = rest.get(c.len_utf8()..).unwrap_or_default();
                continue;
            };
            match *token {
                "YYYY" => out.push_str(&format!("{:04}", self.year)),
                "YY" => out.push_str(&format!("{:02}", self.year.rem_euclid(100))),
                "MMMM" => out.push_str(month),
                "MMM" => out.push_str(month.get(..3).unwrap_or_default()),
                "MM" => out.push_str(&format!("{:02}", self.month)),
                "M" => out.push_str(&self.month.to_string()),
                "DD" => out.push_str(&format!("{:02}", self.day)),
                "D" => out.push_str(&self.day.to_string()),
                "dddd" => out.push_str(weekday),
                _ => out.push_str(weekday.get(..3).unwrap_or_default()),
            }
            rest = rest.get(token.len()..).unwrap_or_default();
        }
        out
    }
}

/// An ISO 8601 form of an author's date for JSON-LD and `article:*`: a `YYYY-MM-DD` date
/// stays as it is, and a space between date and time becomes `T`.
pub(crate) fn iso8601(s: &str) -> Option<String> {
    Date::parse(s)?;
    let s = s.trim();
    if s.as_bytes().get(10) != Some(&b' ') {
        return Some(s.to_owned());
    }
    // `2025-01-26 10:00:00 +0100` (Hugo, Jekyll) → `2025-01-26T10:00:00+01:00`.
    let mut parts = s.get(11..).unwrap_or_default().split_whitespace();
    let time = parts.next().unwrap_or("00:00:00");
    let zone = match parts.next() {
        None => String::new(),
        Some("UTC" | "Z" | "GMT") => "Z".to_owned(),
        Some(z) if z.len() == 5 && z.starts_with(['+', '-']) => {
            format!("{}:{}", z.get(..3).unwrap_or_default(), z.get(3..).unwrap_or_default())
        }
        Some(z) => z.to_owned(),
    };
    Some(format!("{}T{time}{zone}", s.get(..10).unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_moment_tokens() {
        let d = Date::parse("2025-01-26").unwrap();
        assert_eq!(d.format("MMM DD, YYYY"), "Jan 26, 2025");
        assert_eq!(d.format("dddd, MMMM D [at] YY"), "Sunday, January 26 at 25");
        assert_eq!(d.format("ddd M/D"), "Sun 1/26");
        assert_eq!(Date::parse("2024-02-29").unwrap().format("DD MMMM"), "29 February");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-1-1",
            "yesterday",
            "2025-01-26x",
            "2025-01-00",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2025-01-26T10:00:00Z").is_some());
    }

    #[test]
    fn iso_forms() {
        assert_eq!(iso8601("2025-01-26").as_deref(), Some("2025-01-26"));
        assert_eq!(
            iso8601("2025-01-26 10:00:00 +0100").as_deref(),
            Some("2025-01-26T10:00:00+01:00")
        );
        assert_eq!(iso8601("2025-01-26 10:00 UTC").as_deref(), Some("2025-01-26T10:00Z"));
        assert_eq!(iso8601("soon"), None);
    }
}
