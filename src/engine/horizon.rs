//! The multi-month plan: one quota per revenue month over a horizon of consecutive months,
//! each delivered a sales cycle earlier, and month goals shaped like last year's revenue.

use super::decimal::Decimal;
use super::error::PlanError;
use super::input::{PlanInputs, MAX_HORIZON};
use super::plan::{plan, Plan};
use super::ratio::Ratio;

/// Plan `horizon` consecutive revenue months from `inputs.plan_month` (1 to 24, clamped).
/// `goal_for(n)` gives the revenue goal of the n-th month (0-based); each month's quota is
/// rounded up on its own, so the total owed is the sum of whole monthly quotas.
pub fn plan_months(
    inputs: &PlanInputs,
    horizon: u32,
    goal_for: impl Fn(u32) -> Ratio,
) -> Result<Vec<Plan>, PlanError> {
    (0..horizon.clamp(1, MAX_HORIZON))
        .map(|n| {
            let month = inputs
                .plan_month
                .plus_months(n)
                .map_err(|_| PlanError::MonthOutOfRange)?;
            plan(&PlanInputs {
                monthly_goal: goal_for(n),
                plan_month: month,
                ..*inputs
            })
        })
        .collect()
}

/// The whole qualified leads owed over the plan: the sum of the rounded monthly quotas.
pub fn total_leads(months: &[Plan]) -> u128 {
    months.iter().map(|m| m.leads_per_month).sum()
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
    order.sort_by(|&a, &b| shares[b].1.cmp(&shares[a].1).then(a.cmp(&b)));
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
