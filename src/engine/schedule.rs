//! The multi-month plan with its assumptions: each revenue month planned on its own goal, with
//! the win rate and deal size typed or averaged over that month's lagged window of history.

use super::error::PlanError;
use super::history::HistoryMonth;
use super::input::{PlanInputs, MAX_HORIZON};
use super::month::YearMonth;
use super::plan::{plan, Plan};
use super::ratio::{ArithmeticError, Ratio};
use super::window::{lagged_window, shown_money, shown_rate, window_averages, WindowAverages};

/// Which assumptions the plan takes from history instead of the typed value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FromHistory {
    pub win_rate: bool,
    pub deal_size: bool,
}

/// Why a history average could not be used; the typed value stays in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// No lead (win rate) or no customer (deal size) in the window.
    NoData,
    /// More customers than leads: not a rate a plan can use.
    AboveOne,
    /// Rounds to zero at the precision shown.
    RoundsToZero,
}

/// Where one assumption of a month came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Typed,
    /// The window's average, rounded to the precision the page shows.
    History,
    /// History was chosen but could not be used.
    Fallback(Unusable),
}

/// One revenue month of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthPlan {
    pub plan: Plan,
    /// The month's lagged window of history (`None` if it would leave the supported months).
    pub window: Option<WindowAverages>,
    pub win_rate: Source,
    pub deal_size: Source,
}

/// The win rate a window offers the plan, as shown on the page.
pub fn history_win_rate(window: &WindowAverages) -> Result<Ratio, Unusable> {
    let rate = window.win_rate.ok_or(Unusable::NoData)?;
    let shown = shown_rate(rate).map_err(|_| Unusable::NoData)?;
    match shown {
        r if r.is_zero() => Err(Unusable::RoundsToZero),
        r if r > Ratio::ONE => Err(Unusable::AboveOne),
        r => Ok(r),
    }
}

/// The deal size a window offers the plan, as shown on the page (to the cent).
pub fn history_deal_size(window: &WindowAverages) -> Result<Ratio, Unusable> {
    let size = window.deal_size.ok_or(Unusable::NoData)?;
    match shown_money(size).map_err(|_| Unusable::NoData)? {
        s if s.is_zero() => Err(Unusable::RoundsToZero),
        s => Ok(s),
    }
}

/// Choose between the typed value and history's: the source, and the value to plan with.
fn choose(typed: Ratio, wanted: bool, offered: Option<Result<Ratio, Unusable>>) -> (Source, Ratio) {
    match (wanted, offered) {
        (false, _) => (Source::Typed, typed),
        (true, Some(Ok(value))) => (Source::History, value),
        (true, Some(Err(why))) => (Source::Fallback(why), typed),
        (true, None) => (Source::Fallback(Unusable::NoData), typed),
    }
}

/// Plan `horizon` consecutive revenue months from `inputs.plan_month` (1 to 24, clamped).
/// `goal_for` gives each revenue month's goal. Each month's quota is rounded up on its own.
pub fn plan_schedule(
    inputs: &PlanInputs,
    horizon: u32,
    goal_for: impl Fn(YearMonth) -> Ratio,
    history: &[HistoryMonth],
    from_history: FromHistory,
) -> Result<Vec<MonthPlan>, PlanError> {
    let mut months = Vec::new();
    for n in 0..horizon.clamp(1, MAX_HORIZON) {
        let month = inputs
            .plan_month
            .plus_months(n)
            .map_err(|_| PlanError::MonthOutOfRange)?;
        let window = lagged_window(month, inputs.sales_cycle)
            .ok()
            .and_then(|range| window_averages(history, range).ok());
        let (win_rate, rate) = choose(
            inputs.win_rate,
            from_history.win_rate,
            window.as_ref().map(history_win_rate),
        );
        let (deal_size, size) = choose(
            inputs.deal_size,
            from_history.deal_size,
            window.as_ref().map(history_deal_size),
        );
        let plan = plan(&PlanInputs {
            monthly_goal: goal_for(month),
            win_rate: rate,
            deal_size: size,
            plan_month: month,
            ..*inputs
        })?;
        months.push(MonthPlan {
            plan,
            window,
            win_rate,
            deal_size,
        });
    }
    Ok(months)
}

/// The plan's totals over all its months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Totals {
    pub goal: Ratio,
    pub marketing_revenue: Ratio,
    pub customers: Ratio,
    /// The sum of the rounded monthly quotas (not the rounded sum).
    pub leads: u128,
}

/// Add up the months of a plan.
pub fn totals(months: &[MonthPlan]) -> Result<Totals, ArithmeticError> {
    let mut sum = Totals {
        goal: Ratio::ZERO,
        marketing_revenue: Ratio::ZERO,
        customers: Ratio::ZERO,
        leads: 0,
    };
    for m in months {
        let p = &m.plan;
        sum.goal = sum.goal.checked_add(p.inputs.monthly_goal)?;
        sum.marketing_revenue = sum.marketing_revenue.checked_add(p.marketing_revenue)?;
        sum.customers = sum.customers.checked_add(p.customers)?;
        sum.leads = sum
            .leads
            .checked_add(p.leads_per_month)
            .ok_or(ArithmeticError::Overflow)?;
    }
    Ok(sum)
}
