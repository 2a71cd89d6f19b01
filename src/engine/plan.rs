//! The SLA quota: from validated inputs to the qualified leads marketing owes sales each month.

use super::decimal::Decimal;
use super::input::PlanInputs;
use super::month::YearMonth;
use super::ratio::Ratio;

/// Everything derived from a plan's inputs. Each figure is exact; only
/// [`Plan::leads_per_month`] is rounded, up, and only at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    pub inputs: PlanInputs,
    /// Revenue marketing's leads must bring: goal × share, in currency units.
    pub marketing_revenue: Ratio,
    /// Deals to win: marketing revenue ÷ deal size (not rounded).
    pub customers: Ratio,
    /// Qualified leads before rounding: customers ÷ win rate.
    pub leads_exact: Ratio,
    /// The quota: qualified leads per month, rounded up to whole leads.
    pub leads_per_month: u128,
    /// What one qualified lead is worth: deal size × win rate, in currency units.
    pub lead_value: Ratio,
    /// When leads closing in the plan month must be delivered: `sales_cycle` months earlier.
    pub delivery_month: YearMonth,
}

/// Derive the plan. Total: validated inputs always give a plan.
pub fn plan(inputs: &PlanInputs) -> Plan {
    // All inputs are hundredths: goal g/100, share s/10000, deal d/100, win w/10000.
    let g = inputs.monthly_goal.hundredths();
    let s = inputs.marketing_share.hundredths();
    let d = inputs.deal_size.hundredths();
    let w = inputs.win_rate.hundredths();
    // Validation guarantees d > 0 and w > 0, and bounds every product below 10^19.
    let marketing_revenue = ratio(g * s, 1_000_000);
    let customers = ratio(g * s, 10_000 * d);
    let leads_exact = ratio(g * s, d * w);
    Plan {
        inputs: *inputs,
        marketing_revenue,
        customers,
        leads_exact,
        leads_per_month: leads_exact.ceil(),
        lead_value: ratio(d * w, 1_000_000),
        delivery_month: inputs
            .plan_month
            .minus_months(sales_cycle_months(inputs.sales_cycle)),
    }
}

fn sales_cycle_months(cycle: Decimal) -> u32 {
    u32::try_from(cycle.whole_part()).unwrap_or(u32::MAX)
}

/// A zero denominator cannot come from validated inputs; zero is the safe reading if it did.
fn ratio(num: u128, den: u128) -> Ratio {
    Ratio::new(num, den).unwrap_or(Ratio::ZERO)
}
