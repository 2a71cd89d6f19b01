//! Averages over the lagged sales-cycle window: win rate and deal size from the team's own
//! history, as ratios of sums (Σ customers ÷ Σ leads, Σ revenue ÷ Σ customers), never means
//! of monthly ratios, so a quiet month weighs what it delivered.

use super::history::HistoryMonth;
use super::month::{sorted_months, OutOfRange, YearMonth};
use super::ratio::{ArithmeticError, Ratio};

/// A run of consecutive months, first and last included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthRange {
    pub first: YearMonth,
    pub last: YearMonth,
}

impl MonthRange {
    /// Every month of the range, in order.
    pub fn months(self) -> impl Iterator<Item = YearMonth> {
        let count = self.first.months_until(self.last).max(-1) + 1;
        // Every month between two valid months is valid, so plus_months cannot fail here.
        (0..count as u32).filter_map(move |n| self.first.plus_months(n).ok())
    }

    pub fn contains(self, month: YearMonth) -> bool {
        self.first <= month && month <= self.last
    }
}

/// The seeds' window for plan month M and a cycle of c months: the same months a year
/// earlier, M−12 through M−12+c (c + 1 months). Planning February 2026 with a 6-month cycle
/// averages February to August 2025.
pub fn lagged_window(plan_month: YearMonth, cycle: u32) -> Result<MonthRange, OutOfRange> {
    let first = plan_month.minus_months(12)?;
    Ok(MonthRange {
        first,
        last: first.plus_months(cycle)?,
    })
}

/// What a window of history says about the win rate and the deal size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WindowAverages {
    /// The months whose delivered leads are counted.
    pub range: MonthRange,
    /// The months whose customers and revenue are counted: the same months for the lagged
    /// window; a cycle later for cohorts.
    pub won: MonthRange,
    /// Months of either range with no history row.
    pub missing: Vec<YearMonth>,
    pub leads: u128,
    pub customers: u128,
    /// Revenue won over the window, in currency units.
    pub revenue: Ratio,
    /// Σ customers ÷ Σ leads, as a fraction; `None` when no lead was delivered in the window.
    pub win_rate: Option<Ratio>,
    /// Σ revenue ÷ Σ customers; `None` when no customer was won in the window.
    pub deal_size: Option<Ratio>,
}

/// Sum the history over `range`. Months outside it are ignored; months missing from it are
/// listed, not guessed.
pub fn window_averages(
    history: &[HistoryMonth],
    range: MonthRange,
) -> Result<WindowAverages, ArithmeticError> {
    averages(history, range, range)
}

/// Leads delivered over `range` against customers and revenue won over `won`: ratios of sums.
pub fn averages(
    history: &[HistoryMonth],
    range: MonthRange,
    won: MonthRange,
) -> Result<WindowAverages, ArithmeticError> {
    let row = |m: YearMonth| history.iter().find(|h| h.month == m);
    let missing = sorted_months(
        range
            .months()
            .chain(won.months())
            .filter(|m| row(*m).is_none()),
    );
    let (mut leads, mut customers, mut revenue) = (0u128, 0u128, Ratio::ZERO);
    for h in range.months().filter_map(row) {
        leads = leads
            .checked_add(u128::from(h.leads))
            .ok_or(ArithmeticError::Overflow)?;
    }
    for h in won.months().filter_map(row) {
        customers = customers
            .checked_add(u128::from(h.customers))
            .ok_or(ArithmeticError::Overflow)?;
        revenue = revenue.checked_add(h.revenue.to_ratio())?;
    }
    let win_rate = match leads {
        0 => None,
        _ => Some(Ratio::integer(customers).checked_div(Ratio::integer(leads))?),
    };
    let deal_size = match customers {
        0 => None,
        _ => Some(revenue.checked_div(Ratio::integer(customers))?),
    };
    Ok(WindowAverages {
        range,
        won,
        missing,
        leads,
        customers,
        revenue,
        win_rate,
        deal_size,
    })
}

/// How many delivery months the cohort method averages by default.
pub const DEFAULT_COHORT_MONTHS: u32 = 6;

/// Why the cohort method has no averages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CohortError {
    /// Fewer than `k` delivery months have a complete cycle; `complete` lists those that do.
    TooFewComplete {
        complete: Vec<YearMonth>,
    },
    Arithmetic(ArithmeticError),
}

/// The second method, lag-shifted cohorts: the latest `k` delivery months whose cycle has
/// completed by `latest` (the last month of known results), their leads against the customers
/// and revenue won a cycle later. Delivery months with no row are listed as missing.
pub fn cohort_averages(
    history: &[HistoryMonth],
    cycle: u32,
    k: u32,
    latest: YearMonth,
) -> Result<WindowAverages, CohortError> {
    let too_few = |complete| CohortError::TooFewComplete { complete };
    let first_known = history.iter().map(|h| h.month).min();
    let last = latest
        .minus_months(cycle)
        .map_err(|_| too_few(Vec::new()))?;
    let first = k
        .checked_sub(1)
        .and_then(|back| last.minus_months(back).ok());
    let complete: Vec<YearMonth> = history
        .iter()
        .map(|h| h.month)
        .filter(|m| *m <= last && first.is_some_and(|f| *m >= f))
        .collect();
    let (Some(first), Some(known)) = (first, first_known) else {
        return Err(too_few(complete));
    };
    // Every month of the k must lie within the history's span (a gap inside it is missing,
    // not a reason to look further back).
    if first < known {
        return Err(too_few(complete));
    }
    let range = MonthRange { first, last };
    let shift = |m: YearMonth| m.plus_months(cycle).map_err(|_| too_few(Vec::new()));
    let won = MonthRange {
        first: shift(first)?,
        last: shift(last)?,
    };
    averages(history, range, won).map_err(CohortError::Arithmetic)
}

/// Months of `range` younger than the cycle at `latest`: their leads have not all had time to
/// close, so a window holding them understates the win rate.
pub fn immature_months(range: MonthRange, cycle: u32, latest: YearMonth) -> Vec<YearMonth> {
    let mature_until = latest.minus_months(cycle).ok();
    range
        .months()
        .filter(|m| mature_until.is_none_or(|last| *m > last))
        .collect()
}

/// A win rate as the page shows it, rounded half up to hundredths of a percent, so a plan
/// built on it can be reproduced by hand from the figure beside it.
pub fn shown_rate(rate: Ratio) -> Result<Ratio, ArithmeticError> {
    rate.rounded_to(4)
}

/// An amount as the page shows it, rounded half up to cents.
pub fn shown_money(amount: Ratio) -> Result<Ratio, ArithmeticError> {
    amount.rounded_to(2)
}
