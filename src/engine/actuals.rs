//! Leads delivered in a month as the team records them: a count per day, or a total to date;
//! and the same read from a `date,leads` table, every bad line reported.

use super::cells::loose_number;
use super::date::Date;
use super::decimal::{NumberError, NumberStyle};
use super::history::MAX_COUNT;
use super::import::{ImportError, MAX_ROWS};
use super::month::YearMonth;
use super::table::{detect_delimiter, read_records};

/// One recorded figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// Leads delivered on that day.
    Day { day: u8, leads: u64 },
    /// Leads delivered in the month by the end of that day.
    ToDate { day: u8, total: u64 },
}

impl Entry {
    pub fn day(self) -> u8 {
        match self {
            Entry::Day { day, .. } | Entry::ToDate { day, .. } => day,
        }
    }
}

/// Why an entry cannot be recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// Day 0, or a day the month does not have.
    NotInMonth,
    /// A total to date below the leads already recorded by the day before it.
    BelowRecorded { recorded: u128 },
    /// Later totals would fall below this one.
    AboveLaterTotal { day: u8, total: u64 },
}

/// A month's recorded figures, at most one per day, in day order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MonthActuals {
    entries: Vec<Entry>,
}

impl MonthActuals {
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Record `entry` in a month of `days` days, replacing the figure of its day, which is
    /// returned. Refused, and nothing changed, for a day outside the month or when a total to
    /// date would fall.
    pub fn set(&mut self, entry: Entry, days: u8) -> Result<Option<Entry>, EntryError> {
        if !(1..=days).contains(&entry.day()) {
            return Err(EntryError::NotInMonth);
        }
        let before = self.entries.clone();
        let replaced = match self.entries.binary_search_by_key(&entry.day(), |e| e.day()) {
            Ok(at) => Some(std::mem::replace(&mut self.entries[at], entry)),
            Err(at) => {
                self.entries.insert(at, entry);
                None
            }
        };
        match self.falling_total() {
            None => Ok(replaced),
            Some((fallen, recorded)) => {
                self.entries = before;
                Err(match fallen {
                    Entry::ToDate { day, total } if day != entry.day() => {
                        EntryError::AboveLaterTotal { day, total }
                    }
                    _ => EntryError::BelowRecorded { recorded },
                })
            }
        }
    }

    /// Remove the figure of `day`, returned if there was one.
    pub fn remove(&mut self, day: u8) -> Option<Entry> {
        let at = self.entries.binary_search_by_key(&day, |e| e.day()).ok()?;
        Some(self.entries.remove(at))
    }

    /// The first total to date below the leads recorded before its day, with those leads.
    fn falling_total(&self) -> Option<(Entry, u128)> {
        let mut running = 0u128;
        for entry in &self.entries {
            match *entry {
                Entry::Day { leads, .. } => running += u128::from(leads),
                Entry::ToDate { total, .. } if u128::from(total) < running => {
                    return Some((*entry, running))
                }
                Entry::ToDate { total, .. } => running = total.into(),
            }
        }
        None
    }

    /// Leads delivered by the end of each day of a month of `days` days (index 0 is the 1st).
    pub fn cumulative(&self, days: u8) -> Vec<u128> {
        let mut running = 0u128;
        let mut entries = self.entries.iter().peekable();
        (1..=days)
            .map(|day| {
                while let Some(entry) = entries.next_if(|e| e.day() <= day) {
                    match *entry {
                        Entry::Day { leads, .. } => running += u128::from(leads),
                        Entry::ToDate { total, .. } => running = total.into(),
                    }
                }
                running
            })
            .collect()
    }

    /// Leads delivered by the end of `day`.
    pub fn delivered_by(&self, day: u8) -> u128 {
        self.cumulative(day).last().copied().unwrap_or(0)
    }
}

/// What is wrong with one line of a `date,leads` table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineError {
    NoDate,
    /// Not a `YYYY-MM-DD` date.
    NotADate,
    /// A date of another month.
    OutsideMonth,
    NoLeads,
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
    /// The day was already on line `first_line`.
    Duplicate {
        first_line: usize,
    },
}

/// A bad line: its number (1-based) and what is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineProblem {
    pub line: usize,
    pub error: LineError,
}

/// What a table of daily leads holds for one month.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActualsImport {
    /// Leads per day, in day order, one per day.
    pub days: Vec<(u8, u64)>,
    pub problems: Vec<LineProblem>,
}

/// Read daily leads of `month` from delimited text: a `date,leads` header (any case, in any
/// column order) or none, ISO dates, and counts in the forms history accepts.
pub fn read_actuals(
    text: &str,
    month: YearMonth,
    style: NumberStyle,
) -> Result<ActualsImport, ImportError> {
    let records = read_records(text, detect_delimiter(text), MAX_ROWS + 2);
    if records.len() > MAX_ROWS + 1 {
        return Err(ImportError::TooManyRows);
    }
    let first = records.first().ok_or(ImportError::Empty)?;
    let column = |name: &str| {
        first
            .fields
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    // A header names a column; a first line that names none is data (a mistyped date in it is
    // reported on its line, not taken for a header).
    let has_header = column("date").is_some() || column("leads").is_some();
    let (date_at, leads_at) = match (has_header, column("date"), column("leads")) {
        (false, _, _) => (0, 1),
        (true, Some(d), Some(l)) => (d, l),
        _ => return Err(ImportError::MissingActualsColumns),
    };
    let rows = &records[usize::from(has_header)..];
    if rows.is_empty() {
        return Err(ImportError::HeaderOnly);
    }
    let mut import = ActualsImport::default();
    let mut lines_of: Vec<(u8, usize)> = Vec::new();
    for record in rows {
        let cell = |at: usize| record.fields.get(at).map(|f| f.trim()).unwrap_or("");
        let problem = |error| LineProblem {
            line: record.line,
            error,
        };
        let read = read_line(cell(date_at), cell(leads_at), month, style);
        match read {
            Err(error) => import.problems.push(problem(error)),
            Ok((day, leads)) => match lines_of.binary_search_by_key(&day, |(d, _)| *d) {
                Ok(at) => import.problems.push(problem(LineError::Duplicate {
                    first_line: lines_of[at].1,
                })),
                Err(at) => {
                    lines_of.insert(at, (day, record.line));
                    import.days.insert(at, (day, leads));
                }
            },
        }
    }
    Ok(import)
}

fn read_line(
    date: &str,
    leads: &str,
    month: YearMonth,
    style: NumberStyle,
) -> Result<(u8, u64), LineError> {
    if date.is_empty() {
        return Err(LineError::NoDate);
    }
    let date = Date::parse(date).ok_or(LineError::NotADate)?;
    if date.month() != month {
        return Err(LineError::OutsideMonth);
    }
    let leads = loose_number(leads, style).map_err(|e| match e {
        NumberError::Empty => LineError::NoLeads,
        NumberError::Negative => LineError::Negative,
        NumberError::TooLarge => LineError::TooLarge,
        NumberError::NotANumber => LineError::NotANumber,
        NumberError::TooManyDecimals => LineError::NotWhole,
    })?;
    if !leads.is_whole() {
        return Err(LineError::NotWhole);
    }
    let leads = u64::try_from(leads.whole_part()).ok();
    let leads = leads
        .filter(|n| *n <= MAX_COUNT)
        .ok_or(LineError::TooLarge)?;
    Ok((date.day(), leads))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: NumberStyle = NumberStyle::CANONICAL;

    fn november() -> YearMonth {
        YearMonth::new(2026, 11).unwrap()
    }

    #[test]
    fn daily_counts_and_totals_to_date_add_up() {
        let mut actuals = MonthActuals::default();
        assert_eq!(actuals.set(Entry::Day { day: 2, leads: 4 }, 30), Ok(None));
        assert_eq!(actuals.set(Entry::Day { day: 3, leads: 5 }, 30), Ok(None));
        assert_eq!(actuals.cumulative(4), [0, 4, 9, 9]);
        // A total to date resets the count; later days add to it.
        assert_eq!(
            actuals.set(Entry::ToDate { day: 5, total: 12 }, 30),
            Ok(None)
        );
        assert_eq!(actuals.set(Entry::Day { day: 6, leads: 1 }, 30), Ok(None));
        assert_eq!(actuals.delivered_by(6), 13);
        assert_eq!(actuals.delivered_by(30), 13);
        // A correction replaces the day's figure.
        let old = actuals.set(Entry::Day { day: 6, leads: 2 }, 30);
        assert_eq!(old, Ok(Some(Entry::Day { day: 6, leads: 1 })));
        assert_eq!(actuals.delivered_by(6), 14);
        assert_eq!(actuals.remove(6), Some(Entry::Day { day: 6, leads: 2 }));
        assert_eq!(actuals.remove(6), None);
    }

    #[test]
    fn days_outside_the_month_are_refused() {
        let mut actuals = MonthActuals::default();
        let day = |day| Entry::Day { day, leads: 1 };
        assert_eq!(actuals.set(day(0), 30), Err(EntryError::NotInMonth));
        assert_eq!(actuals.set(day(31), 30), Err(EntryError::NotInMonth));
        assert_eq!(actuals.set(day(30), 30), Ok(None));
    }

    #[test]
    fn a_total_to_date_never_falls() {
        let mut actuals = MonthActuals::default();
        actuals.set(Entry::Day { day: 2, leads: 10 }, 30).unwrap();
        let low = actuals.set(Entry::ToDate { day: 5, total: 8 }, 30);
        assert_eq!(low, Err(EntryError::BelowRecorded { recorded: 10 }));
        assert_eq!(actuals.entries().len(), 1, "nothing changed");
        actuals
            .set(Entry::ToDate { day: 5, total: 20 }, 30)
            .unwrap();
        let high = actuals.set(Entry::ToDate { day: 3, total: 25 }, 30);
        assert_eq!(high, Err(EntryError::AboveLaterTotal { day: 5, total: 20 }));
    }

    #[test]
    fn reads_a_table_with_problems_by_line() {
        let text = "Date;Leads\n2026-11-02;4\n2026-11-03;1,200\n2026-10-31;3\n2026-11-04;-2\n\
                    2026-11-02;5\n2026-11-05;2,5\n11/06/2026;3\n2026-11-07;\n2026-11-08;x\n";
        let import = read_actuals(text, november(), EN).unwrap();
        assert_eq!(import.days, [(2, 4), (3, 1200)]);
        let problems: Vec<(usize, LineError)> =
            import.problems.iter().map(|p| (p.line, p.error)).collect();
        assert_eq!(
            problems,
            [
                (4, LineError::OutsideMonth),
                (5, LineError::Negative),
                (6, LineError::Duplicate { first_line: 2 }),
                (7, LineError::NotWhole),
                (8, LineError::NotADate),
                (9, LineError::NoLeads),
                (10, LineError::NotANumber),
            ]
        );
    }

    #[test]
    fn reads_tables_without_a_header_or_with_columns_swapped() {
        let bare = read_actuals("2026-11-03,7\n2026-11-01,2\n", november(), EN).unwrap();
        assert_eq!(bare.days, [(1, 2), (3, 7)]);
        let swapped = read_actuals("leads\tdate\n7\t2026-11-03\n", november(), EN).unwrap();
        assert_eq!(swapped.days, [(3, 7)]);
        let wrong = read_actuals("date,count\n2026-11-03,7\n", november(), EN);
        assert_eq!(wrong, Err(ImportError::MissingActualsColumns));
        // No header, and the first date mistyped: that line is reported, the rest read.
        let typo = read_actuals("2026-11-3,7\n2026-11-04,2\n", november(), EN).unwrap();
        assert_eq!(typo.days, [(4, 2)]);
        assert_eq!(typo.problems[0].error, LineError::NotADate);
        assert_eq!(
            read_actuals("date,leads\n", november(), EN),
            Err(ImportError::HeaderOnly)
        );
        assert_eq!(read_actuals(" \n", november(), EN), Err(ImportError::Empty));
    }
}
