//! Calendar months: the plan month, the delivery month, and their lengths.

use std::fmt;

/// A calendar month of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    /// 1 = January … 12 = December.
    month: u8,
}

impl YearMonth {
    /// Years any month may fall in: history, delivery and revenue months.
    pub const MIN_YEAR: i32 = 1970;
    pub const MAX_YEAR: i32 = 2999;
    /// The first supported month.
    pub const EARLIEST: YearMonth = YearMonth {
        year: Self::MIN_YEAR,
        month: 1,
    };

    /// `None` for a month outside 1..=12 or a year outside the supported range.
    pub fn new(year: i32, month: u8) -> Option<YearMonth> {
        let ok = (1..=12).contains(&month) && (Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year);
        ok.then_some(YearMonth { year, month })
    }

    /// Parse `YYYY-MM`, the value of an `<input type="month">`.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let (y, m) = text.trim().split_once('-')?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if y.len() != 4 || m.len() != 2 || !digits(y) || !digits(m) {
            return None;
        }
        YearMonth::new(y.parse().ok()?, m.parse().ok()?)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 = January … 12 = December.
    pub fn month(self) -> u8 {
        self.month
    }

    /// Calendar days in the month, leap years included.
    pub fn days(self) -> u8 {
        match self.month {
            2 if is_leap_year(self.year) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The month `n` months later, or [`OutOfRange`] past the last supported month.
    pub fn plus_months(self, n: u32) -> Result<YearMonth, OutOfRange> {
        YearMonth::from_index(self.index() + i64::from(n))
    }

    /// The month `n` months earlier, or [`OutOfRange`] before the first supported month.
    pub fn minus_months(self, n: u32) -> Result<YearMonth, OutOfRange> {
        YearMonth::from_index(self.index() - i64::from(n))
    }

    /// Months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: YearMonth) -> i64 {
        later.index() - self.index()
    }

    /// Months since January of year 0: consecutive months have consecutive indices.
    fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    fn from_index(index: i64) -> Result<YearMonth, OutOfRange> {
        let year = i32::try_from(index.div_euclid(12)).map_err(|_| OutOfRange)?;
        // rem_euclid(12) is 0..=11, so the month always fits.
        let month = index.rem_euclid(12) as u8 + 1;
        YearMonth::new(year, month).ok_or(OutOfRange)
    }
}

/// `months` each once, in order. Inserted one by one at their place: the lists are a few
/// dozen months, and no sort routine has to ship in the wasm for them.
pub fn sorted_months(months: impl IntoIterator<Item = YearMonth>) -> Vec<YearMonth> {
    let mut sorted = Vec::new();
    for month in months {
        if let Err(at) = sorted.binary_search(&month) {
            sorted.insert(at, month);
        }
    }
    sorted
}

/// A month before 1970 or after 2999 would be needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfRange;

/// `YYYY-MM`, the form `<input type="month">` and stored records use.
impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(text: &str) -> YearMonth {
        YearMonth::parse(text).unwrap()
    }

    #[test]
    fn sorted_months_are_each_once_in_order() {
        let months = ["2026-03", "2025-12", "2026-03", "2026-01", "2025-12"].map(ym);
        assert_eq!(
            sorted_months(months),
            ["2025-12", "2026-01", "2026-03"].map(ym)
        );
        assert_eq!(sorted_months([]), Vec::<YearMonth>::new());
    }

    #[test]
    fn parses_input_month_values_only() {
        assert_eq!(ym("2026-02"), YearMonth::new(2026, 2).unwrap());
        for bad in [
            "", "2026", "2026-13", "2026-00", "26-02", "2026-2", "2026/02", "abcd-ef",
        ] {
            assert_eq!(YearMonth::parse(bad), None, "{bad:?}");
        }
        assert_eq!(YearMonth::parse("1969-12"), None);
        assert_eq!(YearMonth::parse("3000-01"), None);
    }

    #[test]
    fn knows_month_lengths_and_leap_years() {
        let cases = [
            ("2026-01", 31),
            ("2026-02", 28),
            ("2024-02", 29),
            ("2000-02", 29),
            ("2100-02", 28),
            ("2026-04", 30),
            ("2026-12", 31),
        ];
        for (month, days) in cases {
            assert_eq!(ym(month).days(), days, "{month}");
        }
    }

    #[test]
    fn steps_across_years_within_the_range() {
        assert_eq!(ym("2026-03").minus_months(0), Ok(ym("2026-03")));
        assert_eq!(ym("2026-03").minus_months(3), Ok(ym("2025-12")));
        assert_eq!(ym("2026-02").minus_months(24), Ok(ym("2024-02")));
        assert_eq!(ym("2026-02").minus_months(14), Ok(ym("2024-12")));
        assert_eq!(ym("2026-11").plus_months(1), Ok(ym("2026-12")));
        assert_eq!(ym("2026-12").plus_months(1), Ok(ym("2027-01")));
        assert_eq!(ym("2026-12").plus_months(25), Ok(ym("2029-01")));
        assert_eq!(ym("2025-02").months_until(ym("2026-01")), 11);
        assert_eq!(ym("2026-01").months_until(ym("2025-02")), -11);
    }

    #[test]
    fn never_builds_a_month_outside_the_range() {
        assert_eq!(ym("1970-01").minus_months(1), Err(OutOfRange));
        assert_eq!(ym("1971-12").minus_months(24), Err(OutOfRange));
        assert_eq!(ym("1972-01").minus_months(24), Ok(ym("1970-01")));
        assert_eq!(ym("2999-12").plus_months(1), Err(OutOfRange));
        assert_eq!(ym("2999-12").plus_months(u32::MAX), Err(OutOfRange));
        assert_eq!(ym("1970-01").minus_months(u32::MAX), Err(OutOfRange));
    }
}
