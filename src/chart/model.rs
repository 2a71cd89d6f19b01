//! The charts as plain data: points, bars and words, no drawing types.

use crate::engine::{
    pacing_targets, sorted_months, ArithmeticError, MonthPlan, PacingDays, Plan, Ratio,
};
use crate::format::Locale;

/// Chart values are whole hundredths of a lead: exact, and integer axes keep plotters'
/// floating-point label code out of the app.
pub const VALUE_SCALE: u128 = 100;

/// What the pacing chart shows: the cumulative target across the delivery month, from its
/// start (day 0) to its last day, with its labels already written in the person's locale.
#[derive(Clone, Debug, PartialEq)]
pub struct PacingModel {
    pub days: u32,
    /// (day, cumulative target in hundredths of a lead), starting at (0, 0).
    pub target: Vec<(u32, u128)>,
    /// Top of the value axis in hundredths: the quota, or one lead when nothing is owed, so
    /// the axis is never empty.
    pub y_max: u128,
    /// The axis' end: y_max and 5 % of headroom above the line.
    pub y_top: u128,
    pub x_label: String,
    pub y_label: String,
    /// Writes the value axis' tick labels.
    pub locale: Locale,
}

/// The chart for a plan; an error only if a quota beyond 10^34 leads could not be scaled.
pub fn pacing_model(plan: &Plan, locale: &Locale) -> Result<PacingModel, ArithmeticError> {
    // Marketing delivers the month's leads in the delivery month: that is the month paced.
    let month = plan.delivery_month;
    let quota = plan.leads_per_month;
    // Quotas reach 10^18 leads, so hundredths need u128.
    let hundredths = |r: Ratio| r.round_scaled(2);
    let mut target = vec![(0, 0)];
    for day in pacing_targets(quota, &PacingDays::calendar(month))? {
        target.push((u32::from(day.day), hundredths(day.target)?));
    }
    let y_max = hundredths(Ratio::integer(quota.max(1)))?;
    Ok(PacingModel {
        days: u32::from(month.days()),
        target,
        y_max,
        y_top: y_max
            .checked_add(y_max / 20)
            .ok_or(ArithmeticError::Overflow)?,
        x_label: locale.language.day_axis(month, locale),
        y_label: locale.text().leads_axis.to_string(),
        locale: *locale,
    })
}

/// One delivery month of the delivery chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeliveryBar {
    /// The delivery month, as the axis writes it.
    pub label: String,
    /// Leads due that month: one bar per plan shown (`None` where a plan has none due).
    pub leads: Vec<Option<u128>>,
    /// The revenue goal those leads serve, in cents, when one plan is shown.
    pub goal_cents: Option<u128>,
}

/// Leads owed per delivery month (bars, one colour per plan) and, for one plan, the revenue
/// goal of the month they close in (a line on its own axis); labels in the person's locale.
#[derive(Clone, Debug, PartialEq)]
pub struct DeliveryModel {
    pub bars: Vec<DeliveryBar>,
    /// Axis ends, with 5 % and 25 % headroom: whole leads, and cents (0: no goal axis).
    pub leads_top: u128,
    pub goal_top: u128,
    pub leads_label: String,
    pub goal_label: String,
    pub locale: Locale,
}

/// The delivery chart for the months of a plan. A plan's months are consecutive revenue months
/// over one sales cycle, so their delivery months already come in order.
pub fn delivery_model(
    months: &[MonthPlan],
    locale: &Locale,
) -> Result<DeliveryModel, ArithmeticError> {
    let mut bars = Vec::with_capacity(months.len());
    for m in months {
        let p = &m.plan;
        bars.push(DeliveryBar {
            label: locale.language.short_month(p.delivery_month),
            leads: vec![Some(p.leads_per_month)],
            goal_cents: Some(p.inputs.monthly_goal.round_scaled(2)?),
        });
    }
    model(bars, locale.language.goal_axis(locale), locale)
}

/// The delivery chart of several plans: every month any of them has leads due, in order.
pub fn compare_model(
    plans: &[&[MonthPlan]],
    locale: &Locale,
) -> Result<DeliveryModel, ArithmeticError> {
    let due = |m: &MonthPlan| m.plan.delivery_month;
    let all = plans.iter().flat_map(|months| months.iter().map(due));
    let bars = sorted_months(all)
        .into_iter()
        .map(|month| DeliveryBar {
            label: locale.language.short_month(month),
            leads: plans
                .iter()
                .map(|months| months.iter().find(|m| due(m) == month))
                .map(|m| m.map(|m| m.plan.leads_per_month))
                .collect(),
            goal_cents: None,
        })
        .collect();
    model(bars, String::new(), locale)
}

fn model(
    bars: Vec<DeliveryBar>,
    goal_label: String,
    locale: &Locale,
) -> Result<DeliveryModel, ArithmeticError> {
    // Different headroom on each axis keeps the goal line off the bar tops when they match.
    let top = |max: u128, share: u128| {
        let max = max.max(1);
        max.checked_add(max / share)
            .ok_or(ArithmeticError::Overflow)
    };
    let leads_max = bars
        .iter()
        .flat_map(|b| b.leads.iter().flatten())
        .max()
        .copied();
    let goal_max = bars.iter().filter_map(|b| b.goal_cents).max();
    Ok(DeliveryModel {
        bars,
        leads_top: top(leads_max.unwrap_or(0), 20)?,
        goal_top: match goal_max {
            Some(max) => top(max, 4)?,
            None => 0,
        },
        leads_label: locale.text().leads_due.to_string(),
        goal_label,
        locale: *locale,
    })
}
