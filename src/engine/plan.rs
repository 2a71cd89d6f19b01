//! The SLA quota: from exact inputs to the qualified leads marketing owes sales each month.

use super::error::PlanError;
use super::input::PlanInputs;
use super::month::YearMonth;
use super::ratio::{ArithmeticError, Ratio};

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

impl Plan {
    /// A plan that owes nothing: what the page shows before any plan could be derived.
    pub fn nothing_owed(inputs: PlanInputs) -> Plan {
        Plan {
            inputs,
            marketing_revenue: Ratio::ZERO,
            customers: Ratio::ZERO,
            leads_exact: Ratio::ZERO,
            leads_per_month: 0,
            lead_value: Ratio::ZERO,
            delivery_month: inputs.plan_month,
        }
    }
}

/// Derive the plan. Validated inputs always give one; an error here is typed, never a
/// silently zeroed or saturated figure.
pub fn plan(inputs: &PlanInputs) -> Result<Plan, PlanError> {
    let marketing_revenue = inputs.monthly_goal.checked_mul(inputs.marketing_share)?;
    let customers = marketing_revenue.checked_div(inputs.deal_size)?;
    let leads_exact = customers.checked_div(inputs.win_rate)?;
    Ok(Plan {
        inputs: *inputs,
        marketing_revenue,
        customers,
        leads_exact,
        leads_per_month: leads_exact.ceil(),
        lead_value: inputs.deal_size.checked_mul(inputs.win_rate)?,
        delivery_month: inputs
            .plan_month
            .minus_months(inputs.sales_cycle)
            .map_err(|_| PlanError::MonthOutOfRange)?,
    })
}

impl From<ArithmeticError> for PlanError {
    fn from(error: ArithmeticError) -> PlanError {
        PlanError::Arithmetic(error)
    }
}
