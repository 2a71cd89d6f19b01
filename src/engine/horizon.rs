//! Month goals shaped like last year's revenue.

use super::decimal::Decimal;
use super::history::HistoryMonth;
use super::input::MAX_MONEY;
use super::month::YearMonth;

/// The goals of `goals`' months with their total kept, spread like the revenue of the same
/// months a year earlier. Fails with the year-earlier months that have no history row (none
/// listed when they all exist but hold no revenue, or when a shaped goal would exceed the
/// largest goal a field accepts).
pub fn shape_goals(
    goals: &[(YearMonth, Decimal)],
    history: &[HistoryMonth],
) -> Result<Vec<(YearMonth, Decimal)>, Vec<YearMonth>> {
    let mut missing = Vec::new();
    let mut pattern = Vec::with_capacity(goals.len());
    for (month, _) in goals {
        let year_before = month.minus_months(12).ok();
        let row = history.iter().find(|h| Some(h.month) == year_before);
        match (row, year_before) {
            (Some(row), _) => pattern.push(row.revenue),
            (None, Some(m)) => missing.push(m),
            (None, None) => {}
        }
    }
    if !missing.is_empty() || pattern.len() != goals.len() {
        return Err(missing);
    }
    let cents: Option<u128> = goals
        .iter()
        .try_fold(0u128, |sum, (_, g)| sum.checked_add(g.hundredths()));
    let total = Decimal::from_hundredths(cents.ok_or_else(Vec::new)?);
    let shaped = shape_like(total, &pattern).ok_or_else(Vec::new)?;
    if shaped.iter().any(|g| *g > Decimal::whole(MAX_MONEY)) {
        return Err(Vec::new());
    }
    Ok(goals.iter().map(|(m, _)| *m).zip(shaped).collect())
}

/// Split `total` (in cents) over the months in proportion to `pattern` (last year's revenue
/// of the same months, in cents), to the cent, so the goals add up to `total` exactly: each
/// month gets its share rounded down, and the cents left go to the largest remainders
/// (earlier months first on ties). `None` when the pattern has no revenue to follow.
pub fn shape_like(total: Decimal, pattern: &[Decimal]) -> Option<Vec<Decimal>> {
    let weights: Vec<u128> = pattern.iter().map(|d| d.hundredths()).collect();
    let sum: u128 = weights.iter().sum();
    if sum == 0 {
        return None;
    }
    let cents = total.hundredths();
    // Each share as whole cents and the remainder of its division, in 1/sum of a cent.
    let mut shares: Vec<(u128, u128)> = weights
        .iter()
        .map(|w| {
            let product = cents.checked_mul(*w)?;
            Some((product / sum, product % sum))
        })
        .collect::<Option<_>>()?;
    let given: u128 = shares.iter().map(|s| s.0).sum();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_unstable_by(|&a, &b| shares[b].1.cmp(&shares[a].1).then(a.cmp(&b)));
    // Fewer cents are left than there are months, so the count fits.
    for &i in order.iter().take((cents - given) as usize) {
        shares[i].0 += 1;
    }
    Some(
        shares
            .into_iter()
            .map(|(c, _)| Decimal::from_hundredths(c))
            .collect(),
    )
}
