//! Averages over the lagged sales-cycle window: win rate and deal size from the team's own
//! history, as ratios of sums (Σ customers ÷ Σ leads, Σ revenue ÷ Σ customers), never means
//! of monthly ratios, so a quiet month weighs what it delivered.

use super::history::HistoryMonth;
use super::month::{OutOfRange, YearMonth};
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
    pub range: MonthRange,
    /// Months of the range with no history row.
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
    let rows: Vec<&HistoryMonth> = history.iter().filter(|h| range.contains(h.month)).collect();
    let missing = range
        .months()
        .filter(|m| !rows.iter().any(|h| h.month == *m))
        .collect();
    let (mut leads, mut customers, mut revenue) = (0u128, 0u128, Ratio::ZERO);
    for h in &rows {
        leads = leads
            .checked_add(u128::from(h.leads))
            .ok_or(ArithmeticError::Overflow)?;
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
        missing,
        leads,
        customers,
        revenue,
        win_rate,
        deal_size,
    })
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
