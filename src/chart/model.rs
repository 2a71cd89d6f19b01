//! The pacing chart as plain data: points and words, no drawing types.

use crate::engine::{pacing_targets, ArithmeticError, Plan, Ratio};
use crate::format::Locale;

/// Chart values are whole hundredths of a lead: exact, and integer axes keep plotters'
/// floating-point label code out of the app.
pub const VALUE_SCALE: u128 = 100;

/// What the pacing chart shows: the cumulative target from the start of the month (day 0)
/// to its last day, with its labels already written in the person's locale.
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
    let month = plan.inputs.plan_month;
    let quota = plan.leads_per_month;
    // Quotas reach 10^18 leads, so hundredths need u128.
    let hundredths = |r: Ratio| r.round_scaled(2);
    let mut target = vec![(0, 0)];
    for day in pacing_targets(quota, month)? {
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
