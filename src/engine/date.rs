//! Calendar days: the "As of" day, the days actuals are recorded on, holidays.

use std::fmt;

use super::month::YearMonth;

/// A day of the proleptic Gregorian calendar, within [`YearMonth`]'s years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    month: YearMonth,
    day: u8,
}

/// A day of the week, Monday first (ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// 0 = Monday … 6 = Sunday.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl Date {
    /// `None` for a day the month does not have.
    pub fn new(month: YearMonth, day: u8) -> Option<Date> {
        (1..=month.days())
            .contains(&day)
            .then_some(Date { month, day })
    }

    /// Parse `YYYY-MM-DD`, the value of an `<input type="date">` and of ISO dates in files.
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        let (month, day) = text.rsplit_once('-')?;
        if day.len() != 2 || !day.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Date::new(YearMonth::parse(month)?, day.parse().ok()?)
    }

    pub fn month(self) -> YearMonth {
        self.month
    }

    /// 1-based day of the month.
    pub fn day(self) -> u8 {
        self.day
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }

    /// The day `n` days later (earlier when negative), if it is within the supported years.
    pub fn plus_days(self, n: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month.month()), i64::from(self.day));
        let y = i64::from(self.month.year()) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`] (`civil_from_days`).
    fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(YearMonth::new(i32::try_from(year).ok()?, month)?, day)
    }
}

impl YearMonth {
    /// The weekday of the month's first day.
    pub fn first_weekday(self) -> Weekday {
        Date {
            month: self,
            day: 1,
        }
        .weekday()
    }
}

/// `YYYY-MM-DD`, the form date inputs and stored records use.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_iso_days_only() {
        assert_eq!(date("2024-02-29").day(), 29);
        for bad in [
            "2025-02-29",
            "2026-04-31",
            "2026-11-00",
            "2026-11-1",
            "2026-11",
            "26-11-01",
            "2026/11/01",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn knows_weekdays() {
        let cases = [
            ("1970-01-01", Weekday::Thursday),
            ("2000-02-29", Weekday::Tuesday),
            ("2026-11-24", Weekday::Tuesday),
            ("2026-11-25", Weekday::Wednesday),
            ("2027-01-01", Weekday::Friday),
            ("2999-12-31", Weekday::Tuesday),
        ];
        for (text, weekday) in cases {
            assert_eq!(date(text).weekday(), weekday, "{text}");
        }
    }

    #[test]
    fn steps_days_across_months_years_and_the_range() {
        assert_eq!(date("2024-02-28").plus_days(1), Some(date("2024-02-29")));
        assert_eq!(date("2026-12-31").plus_days(1), Some(date("2027-01-01")));
        assert_eq!(date("2026-03-01").plus_days(-1), Some(date("2026-02-28")));
        assert_eq!(date("2026-04-05").plus_days(50), Some(date("2026-05-25")));
        assert_eq!(date("1970-01-01").plus_days(-1), None);
        assert_eq!(date("2999-12-31").plus_days(1), None);
        let mut day = date("1970-01-01");
        for _ in 0..800 {
            let next = day.plus_days(1).unwrap();
            assert!(next > day);
            assert_eq!(next.plus_days(-1), Some(day));
            day = next;
        }
    }
}
