//! Leads owed per delivery month when a month's leads close across several revenue months
//! (the fitted lag distribution), solved backwards from every revenue month's need.
//!
//! The method: revenue months are taken in order. For each, the customers the leads already
//! scheduled will bring that month (Σₗ wₗ · leads(month − l)) are subtracted from its need; a
//! shortfall is covered by whole leads delivered at the month's most productive lag (the lag
//! with the largest weight), which also bring customers to the months after it. Leads are
//! never negative, every month's need is met, and with one fixed cycle (a single weight) the
//! result is exactly each month's quota delivered a cycle earlier. Leads delivered before the
//! plan are not known here, so the first months carry their whole need.

use super::month::YearMonth;
use super::ratio::{ArithmeticError, Ratio};

/// Why the leads per delivery month could not be solved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliveryError {
    /// No lag brings any customer.
    NoConversion,
    /// A delivery month would fall outside the supported months.
    MonthOutOfRange,
    Arithmetic(ArithmeticError),
}

impl From<ArithmeticError> for DeliveryError {
    fn from(error: ArithmeticError) -> DeliveryError {
        DeliveryError::Arithmetic(error)
    }
}

/// Leads per delivery month, earliest first, for revenue months from `first` needing
/// `needs[n]` customers in month n, where a lead delivered l months before a revenue month
/// brings `weights[l]` customers to it.
pub fn leads_by_delivery_month(
    first: YearMonth,
    needs: &[Ratio],
    weights: &[Ratio],
) -> Result<Vec<(YearMonth, u128)>, DeliveryError> {
    let (best_lag, best) = weights
        .iter()
        .enumerate()
        .filter(|(_, w)| !w.is_zero())
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))
        .ok_or(DeliveryError::NoConversion)?;
    let max_lag = weights.len() - 1;
    // leads[i] is delivered in month first − max_lag + i.
    let mut leads = vec![0u128; needs.len() + max_lag];
    for (n, need) in needs.iter().enumerate() {
        let at = n + max_lag;
        let mut expected = Ratio::ZERO;
        for (lag, weight) in weights.iter().enumerate() {
            let delivered = Ratio::integer(leads[at - lag]);
            expected = expected.checked_add(weight.checked_mul(delivered)?)?;
        }
        if expected < *need {
            let shortfall = need.checked_sub(expected)?;
            let extra = shortfall.checked_div(*best)?.ceil();
            leads[at - best_lag] = leads[at - best_lag]
                .checked_add(extra)
                .ok_or(ArithmeticError::Overflow)?;
        }
    }
    let start = first
        .minus_months(max_lag as u32)
        .map_err(|_| DeliveryError::MonthOutOfRange)?;
    leads
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .map(|(i, n)| {
            let month = start.plus_months(i as u32);
            month
                .map(|m| (m, n))
                .map_err(|_| DeliveryError::MonthOutOfRange)
        })
        .collect()
}
