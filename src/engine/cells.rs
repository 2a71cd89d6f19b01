//! Cells of imported history, in the forms people paste: numbers with any common grouping
//! (`1,250.00`, `1.250,00`, `1 250,00`, `250'000`, `$`, `€`, `USD 12,500`) and months
//! (`2025-02`, `2025-02-01`, `02/2025`, `Feb 2025`, `February 2025`).

use super::decimal::{Decimal, NumberError, NumberStyle, CURRENCY};
use super::month::YearMonth;

/// Marks that only ever group digits: spaces (plain, no-break, narrow no-break), apostrophes.
fn is_space_group(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '\u{2019}')
}

/// Read a pasted amount. With both `.` and `,` the later one is the decimal mark; a single
/// mark followed by exactly three digits (`1,250` or `1.250`) is read as `style` reads it,
/// because only the person's number format can tell which was meant.
pub fn loose_number(cell: &str, style: NumberStyle) -> Result<Decimal, NumberError> {
    let mut text = cell.trim();
    for _ in 0..2 {
        for sign in CURRENCY {
            text = text.strip_prefix(sign).unwrap_or(text).trim();
            text = text.strip_suffix(sign).unwrap_or(text).trim();
        }
    }
    if text.starts_with(['-', '\u{2212}', '(']) || text.ends_with('-') {
        return Err(NumberError::Negative);
    }
    let last_dot = text.rfind('.');
    let last_comma = text.rfind(',');
    let decimal_at = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(d.max(c)),
        (Some(d), None) => single_mark(text, '.', style).then_some(d),
        (None, Some(c)) => single_mark(text, ',', style).then_some(c),
        (None, None) => None,
    };
    // Every other mark groups digits; the canonical parser checks the groups are of three.
    let canonical: String = text
        .char_indices()
        .map(|(i, c)| match c {
            _ if Some(i) == decimal_at => '.',
            '.' | ',' => ',',
            _ if is_space_group(c) => ',',
            _ => c,
        })
        .collect();
    Decimal::parse(&canonical, NumberStyle::CANONICAL)
}

/// Whether `mark`, the only kind of mark in `text`, is its decimal mark.
fn single_mark(text: &str, mark: char, style: NumberStyle) -> bool {
    let after = text.rsplit(mark).next().map_or(0, str::len);
    match (text.matches(mark).count(), after) {
        (1, 3) => style.decimal == mark,
        (count, _) => count == 1,
    }
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month name or its abbreviation of three letters or more (`Feb`, `Sept`), any case.
fn month_by_name(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let found = MONTH_NAMES.iter().position(|name| name.starts_with(&word));
    found.map(|i| i as u8 + 1)
}

/// Read a month cell: `2025-02`, `2025-02-01` (any day), `2025/02`, `02/2025`, `2/2025`,
/// `Feb 2025`, `February 2025`, `Feb-2025`.
pub fn loose_month(cell: &str) -> Option<YearMonth> {
    let parts: Vec<&str> = cell
        .trim()
        .split(['-', '/', ' ', '.', '\u{a0}'])
        .filter(|p| !p.is_empty())
        .collect();
    let number = |p: &str| -> Option<u32> {
        (p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let year = |p: &str| number(p).filter(|_| p.len() == 4);
    let (year, month) = match parts.as_slice() {
        [y, m] | [y, m, _] if year(y).is_some() => (year(y)?, number(m)?),
        [m, y] => match number(m) {
            Some(m) => (year(y)?, m),
            None => (year(y)?, u32::from(month_by_name(m)?)),
        },
        _ => return None,
    };
    let month = u8::try_from(month).ok()?;
    YearMonth::new(i32::try_from(year).ok()?, month)
}
