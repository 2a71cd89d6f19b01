//! National public holidays, computed for any year: fixed dates, Easter-based dates, and
//! "the n-th weekday of a month" dates, with the substitute days the US and the UK observe
//! when a holiday falls on a weekend. No list of years to go stale.

use super::date::{Date, Weekday};
use super::month::YearMonth;

/// A country whose national holidays the planner knows. The UK preset is England and Wales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Country {
    It,
    De,
    Fr,
    Es,
    Gb,
    Us,
}

impl Country {
    pub const ALL: [Country; 6] = [
        Country::It,
        Country::De,
        Country::Fr,
        Country::Es,
        Country::Gb,
        Country::Us,
    ];

    /// The ISO 3166 code, as stored.
    pub fn code(self) -> &'static str {
        match self {
            Country::It => "IT",
            Country::De => "DE",
            Country::Fr => "FR",
            Country::Es => "ES",
            Country::Gb => "GB",
            Country::Us => "US",
        }
    }

    pub fn from_code(code: &str) -> Option<Country> {
        Country::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// Which holiday a day is; the format layer names it in the person's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYear,
    Epiphany,
    GoodFriday,
    EasterMonday,
    LiberationDay,
    LabourDay,
    RepublicDay,
    Assumption,
    StFrancis,
    AllSaints,
    ImmaculateConception,
    Christmas,
    StStephen,
    Ascension,
    WhitMonday,
    GermanUnity,
    VictoryInEurope,
    BastilleDay,
    Armistice,
    NationalDay,
    ConstitutionDay,
    EarlyMay,
    SpringBank,
    SummerBank,
    MartinLutherKing,
    Washington,
    Memorial,
    Juneteenth,
    Independence,
    Labor,
    Columbus,
    Veterans,
    Thanksgiving,
}

/// A day off: the holiday, or the weekday observed in its place when it fell on a weekend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DayOff {
    pub date: Date,
    pub holiday: Holiday,
    pub substitute: bool,
}

/// Easter Sunday of `year` (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Option<Date> {
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(YearMonth::new(year, month as u8)?, day as u8)
}

/// The holidays of `country` that fall in `month`, in date order (a day at most once).
pub fn holidays_in(country: Country, month: YearMonth) -> Vec<DayOff> {
    // A substitute can cross a year's end (the US observes a Saturday New Year on 31 December).
    let years = [month.year() - 1, month.year(), month.year() + 1];
    let mut days: Vec<DayOff> = Vec::new();
    for year in years {
        for off in holidays_of_year(country, year) {
            if off.date.month() == month && !days.iter().any(|d| d.date == off.date) {
                let at = days.partition_point(|d| d.date < off.date);
                days.insert(at, off);
            }
        }
    }
    days
}

/// Every holiday of `country` in `year`, substitutes included; a year outside the supported
/// range has none.
fn holidays_of_year(country: Country, year: i32) -> Vec<DayOff> {
    let (Some(easter), Some(_)) = (easter_sunday(year), YearMonth::new(year, 1)) else {
        return Vec::new();
    };
    let on = |month: u8, day: u8| YearMonth::new(year, month).and_then(|m| Date::new(m, day));
    let after_easter = |days: i64| easter.plus_days(days);
    let nth = |month: u8, weekday: Weekday, n: u8| nth_weekday(year, month, weekday, n);
    let last = |month: u8, weekday: Weekday| last_weekday(year, month, weekday);
    use Holiday::*;
    let fixed: Vec<(Option<Date>, Holiday)> = match country {
        Country::It => vec![
            (on(1, 1), NewYear),
            (on(1, 6), Epiphany),
            (after_easter(1), EasterMonday),
            (on(4, 25), LiberationDay),
            (on(5, 1), LabourDay),
            (on(6, 2), RepublicDay),
            (on(8, 15), Assumption),
            // A national holiday again from 2026 (law 151 of 2025).
            (on(10, 4).filter(|_| year >= 2026), StFrancis),
            (on(11, 1), AllSaints),
            (on(12, 8), ImmaculateConception),
            (on(12, 25), Christmas),
            (on(12, 26), StStephen),
        ],
        Country::De => vec![
            (on(1, 1), NewYear),
            (after_easter(-2), GoodFriday),
            (after_easter(1), EasterMonday),
            (on(5, 1), LabourDay),
            (after_easter(39), Ascension),
            (after_easter(50), WhitMonday),
            (on(10, 3), GermanUnity),
            (on(12, 25), Christmas),
            (on(12, 26), StStephen),
        ],
        Country::Fr => vec![
            (on(1, 1), NewYear),
            (after_easter(1), EasterMonday),
            (on(5, 1), LabourDay),
            (on(5, 8), VictoryInEurope),
            (after_easter(39), Ascension),
            (after_easter(50), WhitMonday),
            (on(7, 14), BastilleDay),
            (on(8, 15), Assumption),
            (on(11, 1), AllSaints),
            (on(11, 11), Armistice),
            (on(12, 25), Christmas),
        ],
        Country::Es => vec![
            (on(1, 1), NewYear),
            (on(1, 6), Epiphany),
            (after_easter(-2), GoodFriday),
            (on(5, 1), LabourDay),
            (on(8, 15), Assumption),
            (on(10, 12), NationalDay),
            (on(11, 1), AllSaints),
            (on(12, 6), ConstitutionDay),
            (on(12, 8), ImmaculateConception),
            (on(12, 25), Christmas),
        ],
        Country::Gb => vec![
            (on(1, 1), NewYear),
            (after_easter(-2), GoodFriday),
            (after_easter(1), EasterMonday),
            (nth(5, Weekday::Monday, 1), EarlyMay),
            (last(5, Weekday::Monday), SpringBank),
            (last(8, Weekday::Monday), SummerBank),
            (on(12, 25), Christmas),
            (on(12, 26), StStephen),
        ],
        Country::Us => vec![
            (on(1, 1), NewYear),
            (nth(1, Weekday::Monday, 3), MartinLutherKing),
            (nth(2, Weekday::Monday, 3), Washington),
            (last(5, Weekday::Monday), Memorial),
            (on(6, 19).filter(|_| year >= 2021), Juneteenth),
            (on(7, 4), Independence),
            (nth(9, Weekday::Monday, 1), Labor),
            (nth(10, Weekday::Monday, 2), Columbus),
            (on(11, 11), Veterans),
            (nth(11, Weekday::Thursday, 4), Thanksgiving),
            (on(12, 25), Christmas),
        ],
    };
    let mut days: Vec<DayOff> = fixed
        .into_iter()
        .filter_map(|(date, holiday)| {
            Some(DayOff {
                date: date?,
                holiday,
                substitute: false,
            })
        })
        .collect();
    let weekend = |d: Date| d.weekday() >= Weekday::Saturday;
    let instead = |date: Date, of: &DayOff| DayOff {
        date,
        substitute: true,
        ..*of
    };
    let substitutes: Vec<DayOff> = match country {
        // Federal rule: Saturday holidays are observed on Friday, Sunday ones on Monday.
        Country::Us => days
            .iter()
            .filter(|off| weekend(off.date))
            .filter_map(|off| {
                let shift = if off.date.weekday() == Weekday::Saturday {
                    -1
                } else {
                    1
                };
                Some(instead(off.date.plus_days(shift)?, off))
            })
            .collect(),
        // UK: a weekend holiday moves to the next weekday that is not already a holiday.
        Country::Gb => {
            let mut taken: Vec<Date> = days.iter().map(|off| off.date).collect();
            let mut subs = Vec::new();
            for off in days.iter().filter(|off| weekend(off.date)) {
                let mut next = off.date;
                while weekend(next) || taken.contains(&next) {
                    match next.plus_days(1) {
                        Some(n) => next = n,
                        None => break,
                    }
                }
                taken.push(next);
                subs.push(instead(next, off));
            }
            subs
        }
        _ => Vec::new(),
    };
    days.extend(substitutes);
    days
}

/// The `n`-th (1-based) `weekday` of a month.
fn nth_weekday(year: i32, month: u8, weekday: Weekday, n: u8) -> Option<Date> {
    let month = YearMonth::new(year, month)?;
    let first = month.first_weekday().index() as u8;
    let offset = (weekday.index() as u8 + 7 - first) % 7;
    Date::new(month, 1 + offset + 7 * (n - 1))
}

/// The last `weekday` of a month.
fn last_weekday(year: i32, month: u8, weekday: Weekday) -> Option<Date> {
    let month = YearMonth::new(year, month)?;
    let end = Date::new(month, month.days())?;
    let back = (end.weekday().index() + 7 - weekday.index()) % 7;
    end.plus_days(-(back as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn days_of(country: Country, month: &str) -> Vec<String> {
        holidays_in(country, YearMonth::parse(month).unwrap())
            .into_iter()
            .map(|off| off.date.to_string())
            .collect()
    }

    #[test]
    fn easter_matches_the_published_dates_2024_to_2030() {
        let published = [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2029, "2029-04-01"),
            (2030, "2030-04-21"),
            // Extremes of the Gregorian range of Easter.
            (2285, "2285-03-22"),
            (2038, "2038-04-25"),
        ];
        for (year, day) in published {
            assert_eq!(easter_sunday(year), Some(date(day)), "{year}");
            assert_eq!(date(day).weekday(), Weekday::Sunday);
        }
    }

    #[test]
    fn easter_based_holidays_follow_easter() {
        assert_eq!(
            days_of(Country::De, "2026-04"),
            ["2026-04-03", "2026-04-06"]
        );
        // Ascension (Easter + 39) and Whit Monday (Easter + 50) in 2026; 1 May and 8 May too.
        assert_eq!(
            days_of(Country::Fr, "2026-05"),
            ["2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25"]
        );
        assert_eq!(
            days_of(Country::It, "2025-04"),
            ["2025-04-21", "2025-04-25"]
        );
        assert_eq!(days_of(Country::Es, "2024-03"), ["2024-03-29"]);
    }

    #[test]
    fn nth_and_last_weekday_holidays() {
        assert_eq!(
            days_of(Country::Us, "2026-11"),
            ["2026-11-11", "2026-11-26"]
        );
        assert_eq!(
            days_of(Country::Us, "2026-01"),
            ["2026-01-01", "2026-01-19"]
        );
        assert_eq!(
            days_of(Country::Gb, "2026-05"),
            ["2026-05-04", "2026-05-25"]
        );
        assert_eq!(days_of(Country::Gb, "2026-08"), ["2026-08-31"]);
    }

    #[test]
    fn weekend_holidays_get_substitutes_where_the_country_observes_them() {
        // 2027: Christmas on a Saturday, Boxing Day on a Sunday.
        assert_eq!(
            days_of(Country::Gb, "2027-12"),
            ["2027-12-25", "2027-12-26", "2027-12-27", "2027-12-28"]
        );
        // US: a Saturday 4 July is observed on Friday 3 July (2026).
        assert_eq!(
            days_of(Country::Us, "2026-07"),
            ["2026-07-03", "2026-07-04"]
        );
        // A Saturday New Year (2022) is observed on Friday 31 December of the year before.
        assert!(days_of(Country::Us, "2021-12").contains(&"2021-12-31".to_string()));
        // Italy has no substitutes: Christmas 2027 stays on the weekend.
        assert_eq!(
            days_of(Country::It, "2027-12"),
            ["2027-12-08", "2027-12-25", "2027-12-26"]
        );
    }

    #[test]
    fn every_country_every_year_is_well_formed() {
        for country in Country::ALL {
            for year in [1970, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2999] {
                for month in 1..=12 {
                    let month = YearMonth::new(year, month).unwrap();
                    let days = holidays_in(country, month);
                    assert!(days.windows(2).all(|w| w[0].date < w[1].date));
                    assert!(days.iter().all(|off| off.date.month() == month));
                }
            }
            assert_eq!(Country::from_code(country.code()), Some(country));
        }
    }
}
