//! Monthly history from a CSV file or pasted cells: the columns found by their headers, every
//! bad cell reported by line and column, and duplicate, missing and future months flagged.
//! Nothing here decides what is saved: the person sees the report first.

use std::collections::BTreeMap;

use super::cells::{loose_month, loose_number};
use super::decimal::{Decimal, NumberError, NumberStyle};
use super::history::{HistoryMonth, MAX_COUNT};
use super::input::MAX_MONEY;
use super::month::YearMonth;
use super::table::{detect_delimiter, read_records};

/// A history column. `Month`, `Leads`, `Customers` and `Revenue` are required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Month,
    Leads,
    Customers,
    Revenue,
    Mqls,
    Sqls,
    Opportunities,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Month,
        Column::Leads,
        Column::Customers,
        Column::Revenue,
        Column::Mqls,
        Column::Sqls,
        Column::Opportunities,
    ];

    /// The header as written in files (and in the README's example).
    pub fn name(self) -> &'static str {
        match self {
            Column::Month => "month",
            Column::Leads => "leads",
            Column::Customers => "customers",
            Column::Revenue => "revenue",
            Column::Mqls => "mqls",
            Column::Sqls => "sqls",
            Column::Opportunities => "opportunities",
        }
    }

    pub fn required(self) -> bool {
        matches!(
            self,
            Column::Month | Column::Leads | Column::Customers | Column::Revenue
        )
    }

    /// The column a header names: case, spaces, underscores and a unit suffix in brackets
    /// (`Revenue ($)`, `revenue [EUR]`) do not matter.
    pub fn from_header(header: &str) -> Option<Column> {
        let name = header.split(['(', '[']).next().unwrap_or("");
        // ASCII case folding: the names are ASCII, and Unicode's tables would cost ~10 KB.
        let name: String = name
            .chars()
            .filter(|c| !matches!(c, ' ' | '\t' | '\u{a0}' | '_'))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        Column::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// What is wrong with one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowError {
    /// The cell is empty.
    Empty,
    NotAMonth,
    NotANumber,
    Negative,
    /// A count with decimals.
    NotWhole,
    /// An amount with more than two decimals.
    TooManyDecimals,
    TooLarge,
    /// The month is after the current month.
    Future,
    /// The month is already on an earlier line.
    Duplicate {
        first_line: usize,
    },
    /// The row has fewer cells than the header.
    MissingCells,
}

/// A bad row: the line it is on (1-based), the column at fault, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub line: usize,
    pub column: Column,
    pub error: RowError,
}

/// Why nothing at all could be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// No text, or only blank lines.
    Empty,
    /// No header naming the required columns; lists the ones not found.
    MissingColumns(Vec<Column>),
    /// A header but no rows under it.
    HeaderOnly,
    /// More rows than [`MAX_ROWS`].
    TooManyRows,
    /// Actuals with a header that does not name `date` and `leads`.
    MissingActualsColumns,
}

/// What a table of history holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Import {
    /// The good rows, oldest first, one per month.
    pub rows: Vec<HistoryMonth>,
    /// Bad rows, in line order; a row is reported once, for its first bad cell.
    pub problems: Vec<RowProblem>,
    /// Months between the first and the last with no row.
    pub gaps: Vec<YearMonth>,
    /// Whether every row had the optional stage columns.
    pub has_stages: bool,
}

/// The most rows read from one table: far more than 30 years of months, few enough that a
/// mistaken file is refused quickly instead of filling the page.
pub const MAX_ROWS: usize = 20_000;

/// Read monthly history from delimited text. `style` decides numbers that could be read
/// either way (`1,250`); `this_month` is the latest month history may describe.
pub fn import_history(
    text: &str,
    style: NumberStyle,
    this_month: YearMonth,
) -> Result<Import, ImportError> {
    // The header, the rows allowed, and one more to tell a table that is too long.
    let records = read_records(text, detect_delimiter(text), MAX_ROWS + 2);
    if records.len() > MAX_ROWS + 1 {
        return Err(ImportError::TooManyRows);
    }
    let mut records = records.into_iter();
    let header = records.next().ok_or(ImportError::Empty)?;
    let columns: Vec<Option<Column>> = header
        .fields
        .iter()
        .map(|h| Column::from_header(h))
        .collect();
    let missing: Vec<Column> = Column::ALL
        .into_iter()
        .filter(|c| c.required() && !columns.contains(&Some(*c)))
        .collect();
    if !missing.is_empty() {
        return Err(ImportError::MissingColumns(missing));
    }
    let mut import = Import {
        has_stages: true,
        ..Import::default()
    };
    let mut lines_of: BTreeMap<YearMonth, usize> = BTreeMap::new();
    let mut any_row = false;
    for record in records {
        any_row = true;
        // None: no such column; Some(None): the row ends before it.
        let cell = |column: Column| {
            let at = columns.iter().position(|c| *c == Some(column))?;
            Some(record.fields.get(at).map(String::as_str))
        };
        let problem = |column, error| RowProblem {
            line: record.line,
            column,
            error,
        };
        match read_row(&cell, style, this_month) {
            Err((column, error)) => import.problems.push(problem(column, error)),
            Ok(row) => match lines_of.get(&row.month) {
                Some(&first_line) => import
                    .problems
                    .push(problem(Column::Month, RowError::Duplicate { first_line })),
                None => {
                    lines_of.insert(row.month, record.line);
                    import.has_stages &=
                        row.mqls.is_some() && row.sqls.is_some() && row.opportunities.is_some();
                    import.rows.push(row);
                }
            },
        }
    }
    if !any_row {
        return Err(ImportError::HeaderOnly);
    }
    import.rows.sort_unstable_by_key(|r| r.month);
    import.has_stages &= !import.rows.is_empty();
    import.gaps = gaps(&import.rows);
    Ok(import)
}

/// One row, or the first column at fault.
fn read_row<'a>(
    cell: &impl Fn(Column) -> Option<Option<&'a str>>,
    style: NumberStyle,
    this_month: YearMonth,
) -> Result<HistoryMonth, (Column, RowError)> {
    let required = |column: Column| match cell(column).flatten() {
        Some("") => Err((column, RowError::Empty)),
        Some(text) => Ok(text),
        None => Err((column, RowError::MissingCells)),
    };
    let month_text = required(Column::Month)?;
    let month = loose_month(month_text).ok_or((Column::Month, RowError::NotAMonth))?;
    if month > this_month {
        return Err((Column::Month, RowError::Future));
    }
    let count = |column: Column| {
        let value = loose_number(required(column)?, style).map_err(|e| (column, e.into()))?;
        whole_count(value).map_err(|e| (column, e))
    };
    // Optional stage columns: absent or empty means not recorded.
    let stage = |column: Column| match cell(column).flatten() {
        None | Some("") => Ok(None),
        Some(_) => count(column).map(Some),
    };
    let revenue_text = required(Column::Revenue)?;
    let revenue = loose_number(revenue_text, style).map_err(|e| (Column::Revenue, e.into()))?;
    if revenue.hundredths() > MAX_MONEY * 100 {
        return Err((Column::Revenue, RowError::TooLarge));
    }
    Ok(HistoryMonth {
        month,
        leads: count(Column::Leads)?,
        customers: count(Column::Customers)?,
        revenue,
        mqls: stage(Column::Mqls)?,
        sqls: stage(Column::Sqls)?,
        opportunities: stage(Column::Opportunities)?,
    })
}

fn whole_count(value: Decimal) -> Result<u64, RowError> {
    if !value.is_whole() {
        return Err(RowError::NotWhole);
    }
    u64::try_from(value.whole_part())
        .ok()
        .filter(|n| *n <= MAX_COUNT)
        .ok_or(RowError::TooLarge)
}

impl From<NumberError> for RowError {
    fn from(error: NumberError) -> RowError {
        match error {
            NumberError::Empty => RowError::Empty,
            NumberError::NotANumber => RowError::NotANumber,
            NumberError::Negative => RowError::Negative,
            NumberError::TooManyDecimals => RowError::TooManyDecimals,
            NumberError::TooLarge => RowError::TooLarge,
        }
    }
}

/// Months missing between the first and last row of `rows` (sorted by month).
pub fn gaps(rows: &[HistoryMonth]) -> Vec<YearMonth> {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Vec::new();
    };
    let range = super::window::MonthRange {
        first: first.month,
        last: last.month,
    };
    range
        .months()
        .filter(|m| rows.binary_search_by_key(m, |r| r.month).is_err())
        .collect()
}
