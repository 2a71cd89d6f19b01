//! Pacing: how many of the month's leads should have arrived by each day (the "waterfall").

use super::month::YearMonth;
use super::ratio::{ArithmeticError, Ratio};

/// The cumulative target at the end of one day of the month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PacingDay {
    /// 1-based day of the month.
    pub day: u8,
    /// quota × day ÷ days in the month, exact.
    pub target: Ratio,
}

/// The cumulative pacing target for every calendar day of `month`: an even share of `quota`
/// per day, reaching the whole quota on the last day.
pub fn pacing_targets(quota: u128, month: YearMonth) -> Result<Vec<PacingDay>, ArithmeticError> {
    let days = month.days();
    (1..=days)
        .map(|day| {
            let share = Ratio::new(u128::from(day), u128::from(days));
            let share = share.ok_or(ArithmeticError::DivisionByZero)?;
            Ok(PacingDay {
                day,
                target: Ratio::integer(quota).checked_mul(share)?,
            })
        })
        .collect()
}
