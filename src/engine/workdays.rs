//! Which days of a month pacing counts: every calendar day, or the working days of a work week
//! less national holidays and the days the team marks off.

use super::date::{Date, Weekday};
use super::holidays::{holidays_in, Country};
use super::month::YearMonth;

/// The working weekdays and the day weeks start on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkWeek {
    /// Monday first.
    working: [bool; 7],
    pub starts_sunday: bool,
}

impl WorkWeek {
    pub const MONDAY_TO_FRIDAY: WorkWeek = WorkWeek {
        working: [true, true, true, true, true, false, false],
        starts_sunday: false,
    };

    /// `None` for a week with no working day: nothing could be paced over it.
    pub fn new(working: [bool; 7], starts_sunday: bool) -> Option<WorkWeek> {
        working.contains(&true).then_some(WorkWeek {
            working,
            starts_sunday,
        })
    }

    pub fn works(self, day: Weekday) -> bool {
        self.working[day.index()]
    }

    /// The working weekdays, Monday first.
    pub fn working(self) -> [bool; 7] {
        self.working
    }

    /// The weekday a week starts on.
    pub fn first_day(self) -> Weekday {
        if self.starts_sunday {
            Weekday::Sunday
        } else {
            Weekday::Monday
        }
    }
}

impl Default for WorkWeek {
    fn default() -> WorkWeek {
        WorkWeek::MONDAY_TO_FRIDAY
    }
}

/// How the month's goal is spread over its days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Basis {
    /// An equal share every calendar day.
    #[default]
    Calendar,
    /// An equal share every working day; nothing on days off.
    Business,
}

/// The team's working calendar: its week, a country's national holidays, and days it marks off.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkCalendar {
    pub week: WorkWeek,
    pub country: Option<Country>,
    /// Days off the team marked, in order, each once.
    days_off: Vec<Date>,
}

impl WorkCalendar {
    pub fn new(week: WorkWeek, country: Option<Country>, marked: &[Date]) -> WorkCalendar {
        let mut calendar = WorkCalendar {
            week,
            country,
            days_off: Vec::new(),
        };
        for day in marked {
            calendar.mark(*day);
        }
        calendar
    }

    /// Days off the team marked, in order.
    pub fn days_off(&self) -> &[Date] {
        &self.days_off
    }

    /// Mark `day` off; `false` if it already was.
    pub fn mark(&mut self, day: Date) -> bool {
        match self.days_off.binary_search(&day) {
            Ok(_) => false,
            Err(at) => {
                self.days_off.insert(at, day);
                true
            }
        }
    }

    /// Take a marked day off the list; `false` if it was not on it.
    pub fn unmark(&mut self, day: Date) -> bool {
        match self.days_off.binary_search(&day) {
            Ok(at) => {
                self.days_off.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// The days of `month` that pacing counts on `basis`.
    pub fn pacing_days(&self, month: YearMonth, basis: Basis) -> PacingDays {
        if basis == Basis::Calendar {
            return PacingDays::calendar(month);
        }
        let holidays = self.country.map_or(Vec::new(), |c| holidays_in(c, month));
        let mut counted = 0u32;
        for day in 1..=month.days() {
            let Some(date) = Date::new(month, day) else {
                continue;
            };
            let works = self.week.works(date.weekday())
                && !holidays.iter().any(|off| off.date == date)
                && self.days_off.binary_search(&date).is_err();
            counted |= u32::from(works) << (day - 1);
        }
        PacingDays { month, counted }
    }
}

/// Whether each day of a month counts for pacing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PacingDays {
    month: YearMonth,
    /// Bit `d - 1` set: day `d` counts.
    counted: u32,
}

impl PacingDays {
    /// Every day of `month` counts.
    pub fn calendar(month: YearMonth) -> PacingDays {
        let counted = u32::MAX >> (32 - u32::from(month.days()));
        PacingDays { month, counted }
    }

    pub fn month(&self) -> YearMonth {
        self.month
    }

    /// Whether day `day` (1-based) counts.
    pub fn counts(&self, day: u8) -> bool {
        (1..=self.month.days()).contains(&day) && self.counted >> (day - 1) & 1 == 1
    }

    /// Counted days in the month.
    pub fn total(&self) -> u32 {
        self.through(self.month.days())
    }

    /// Counted days from the 1st to `day`, both included.
    pub fn through(&self, day: u8) -> u32 {
        let days = u32::from(day.min(self.month.days()));
        // Days 1..=days are the low `days` bits.
        let low = u32::MAX.checked_shr(32 - days).unwrap_or(0);
        (self.counted & low).count_ones()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(text: &str) -> YearMonth {
        YearMonth::parse(text).unwrap()
    }

    #[test]
    fn a_week_needs_a_working_day() {
        assert_eq!(WorkWeek::new([false; 7], false), None);
        let sundays = WorkWeek::new([false, false, false, false, false, false, true], true);
        assert!(sundays.unwrap().works(Weekday::Sunday));
    }

    #[test]
    fn business_days_skip_weekends_holidays_and_marked_days() {
        let mut calendar = WorkCalendar::new(WorkWeek::MONDAY_TO_FRIDAY, None, &[]);
        // November 2026 starts on a Sunday: 21 weekdays.
        assert_eq!(
            calendar
                .pacing_days(month("2026-11"), Basis::Business)
                .total(),
            21
        );
        assert_eq!(
            calendar
                .pacing_days(month("2026-11"), Basis::Calendar)
                .total(),
            30
        );
        calendar.country = Some(Country::Us);
        // Veterans Day (Wed 11) and Thanksgiving (Thu 26).
        assert_eq!(
            calendar
                .pacing_days(month("2026-11"), Basis::Business)
                .total(),
            19
        );
        let friday = Date::parse("2026-11-27").unwrap();
        assert!(calendar.mark(friday));
        assert!(!calendar.mark(friday));
        let days = calendar.pacing_days(month("2026-11"), Basis::Business);
        assert_eq!(days.total(), 18);
        assert!(!days.counts(27) && days.counts(30) && !days.counts(0) && !days.counts(31));
        assert!(calendar.unmark(friday));
        assert!(!calendar.unmark(friday));
    }

    #[test]
    fn a_holiday_on_a_weekend_takes_no_working_day() {
        // Italy, December 2027: Christmas and St Stephen fall on Saturday and Sunday.
        let calendar = WorkCalendar::new(WorkWeek::MONDAY_TO_FRIDAY, Some(Country::It), &[]);
        let plain = WorkCalendar::default().pacing_days(month("2027-12"), Basis::Business);
        let italy = calendar.pacing_days(month("2027-12"), Basis::Business);
        // Only the Immaculate Conception (Wednesday 8) is lost.
        assert_eq!(plain.total(), 23);
        assert_eq!(italy.total(), 22);
    }
}
