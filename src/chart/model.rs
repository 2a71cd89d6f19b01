//! The pacing chart as plain data: points and words, no drawing types.

use crate::engine::{pacing_targets, Plan};
use crate::format::Locale;

/// What the pacing chart shows: the cumulative target from the start of the month (day 0)
/// to its last day, with its labels already written in the person's locale.
#[derive(Clone, Debug, PartialEq)]
pub struct PacingModel {
    pub days: u8,
    /// (day, cumulative target), starting at (0, 0).
    pub target: Vec<(f64, f64)>,
    /// Top of the value axis: the quota, or 1 when nothing is owed, so the axis is never empty.
    pub y_max: f64,
    pub x_label: String,
    pub y_label: String,
    /// Writes the value axis' tick labels.
    pub locale: Locale,
}

pub fn pacing_model(plan: &Plan, locale: &Locale) -> PacingModel {
    let month = plan.inputs.plan_month;
    let quota = plan.leads_per_month;
    let target = std::iter::once((0.0, 0.0))
        .chain(
            pacing_targets(quota, month)
                .into_iter()
                .map(|d| (f64::from(d.day), d.target.to_f64())),
        )
        .collect();
    PacingModel {
        days: month.days(),
        target,
        y_max: (quota as f64).max(1.0),
        x_label: locale.language.day_axis(month, locale),
        y_label: locale.text().leads_axis.to_string(),
        locale: *locale,
    }
}
