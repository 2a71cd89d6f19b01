//! Pacing: how many of the month's leads should have arrived by each day, and where the
//! delivered leads stand against that on the "As of" day.

use super::ratio::{ArithmeticError, Ratio};
use super::workdays::PacingDays;

/// The cumulative target at the end of one day of the month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PacingDay {
    /// 1-based day of the month.
    pub day: u8,
    /// quota × counted days so far ÷ counted days in the month, exact.
    pub target: Ratio,
}

/// The cumulative pacing target for every day of the month: an even share of `quota` per
/// counted day, flat on days that do not count, reaching the whole quota on the last counted
/// day. A month with no counted day is `DivisionByZero`.
pub fn pacing_targets(quota: u128, days: &PacingDays) -> Result<Vec<PacingDay>, ArithmeticError> {
    (1..=days.month().days())
        .map(|day| {
            Ok(PacingDay {
                day,
                target: share(quota, days.through(day), days.total())?,
            })
        })
        .collect()
}

/// quota × part ÷ whole.
fn share(quota: u128, part: u32, whole: u32) -> Result<Ratio, ArithmeticError> {
    let fraction = Ratio::new(part.into(), whole.into()).ok_or(ArithmeticError::DivisionByZero)?;
    Ratio::integer(quota).checked_mul(fraction)
}

/// Where delivery stands against the pro-rated target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// At or above 100 % of the pro-rated target.
    OnTrack,
    /// Below 100 %, at or above the at-risk threshold.
    Behind,
    /// Below the at-risk threshold.
    AtRisk,
}

/// Delivered leads against the target, in whole leads: behind counts a part-lead still owed
/// as a lead, ahead counts only whole leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    Ahead(u128),
    Behind(u128),
}

/// The pacing status on the "As of" day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PacingStatus {
    pub delivered: u128,
    /// The pro-rated target by the end of the "As of" day; the whole quota once the month is over.
    pub target: Ratio,
    /// delivered ÷ target; `None` while nothing is owed yet.
    pub attainment: Option<Ratio>,
    pub gap: Gap,
    pub band: Band,
    /// Counted days after the "As of" day. Zero: the month is over.
    pub days_left: u32,
    /// Leads needed per remaining counted day to finish on goal; `None` once the month is over.
    pub run_rate: Option<Ratio>,
    /// Month-end at the pace so far; `None` before the first counted day.
    pub projected: Option<Ratio>,
}

impl PacingStatus {
    pub fn is_over(&self) -> bool {
        self.days_left == 0
    }
}

/// The status of `delivered` leads by the end of day `as_of` (clamped to the month), against
/// `quota` spread over `days`; below `at_risk` attainment (a fraction, e.g. 4/5) is at risk.
pub fn pacing_status(
    quota: u128,
    days: &PacingDays,
    delivered: u128,
    as_of: u8,
    at_risk: Ratio,
) -> Result<PacingStatus, ArithmeticError> {
    let as_of = as_of.clamp(1, days.month().days());
    let (total, elapsed) = (days.total(), days.through(as_of));
    let days_left = total - elapsed;
    let target = share(quota, elapsed, total)?;
    let attainment = Ratio::integer(delivered).checked_div(target).ok();
    let band = match attainment {
        Some(a) if a < Ratio::ONE && a < at_risk => Band::AtRisk,
        Some(a) if a < Ratio::ONE => Band::Behind,
        _ => Band::OnTrack,
    };
    let delivered_ratio = Ratio::integer(delivered);
    let gap = match delivered_ratio.checked_sub(target) {
        Ok(ahead) => Gap::Ahead(ahead.floor()),
        Err(_) => Gap::Behind(target.checked_sub(delivered_ratio)?.ceil()),
    };
    // Nothing is owed once the quota is met.
    let still_owed = Ratio::integer(quota.max(delivered) - delivered);
    let run_rate = Ratio::new(days_left.into(), 1)
        .filter(|d| !d.is_zero())
        .map(|d| still_owed.checked_div(d))
        .transpose()?;
    let projected = Ratio::new(total.into(), elapsed.into())
        .map(|pace| delivered_ratio.checked_mul(pace))
        .transpose()?;
    Ok(PacingStatus {
        delivered,
        target,
        attainment,
        gap,
        band,
        days_left,
        run_rate,
        projected,
    })
}

/// One week of the month: the leads it owes and those delivered in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekOwed {
    pub first: u8,
    pub last: u8,
    /// Counted days in the week (within the month).
    pub counted: u32,
    /// quota × counted days in the week ÷ counted days in the month.
    pub owed: Ratio,
    pub delivered: u128,
}

/// The month cut into weeks starting on `week_start` (the first and last may be short), each
/// with what it owes; `cumulative[d - 1]` is the leads delivered by the end of day `d`.
pub fn weeks_owed(
    quota: u128,
    days: &PacingDays,
    week_start: super::date::Weekday,
    cumulative: &[u128],
) -> Result<Vec<WeekOwed>, ArithmeticError> {
    let month = days.month();
    let first_weekday = month.first_weekday().index();
    // Days from the 1st to the end of its week.
    let first_len = 7 - (first_weekday + 7 - week_start.index()) % 7;
    // Delivered by the end of `day`; past the recorded days, the last figure stands.
    let by = |day: u8| match usize::from(day) {
        0 => 0,
        d => cumulative
            .get(d - 1)
            .or(cumulative.last())
            .copied()
            .unwrap_or(0),
    };
    let mut weeks = Vec::new();
    let mut first = 1u8;
    let mut last = first_len as u8;
    while first <= month.days() {
        let last_day = last.min(month.days());
        let counted = days.through(last_day) - days.through(first - 1);
        weeks.push(WeekOwed {
            first,
            last: last_day,
            counted,
            owed: share(quota, counted, days.total())?,
            // Cumulative figures never fall (actuals are checked), so this is the week's count.
            delivered: by(last_day).max(by(first - 1)) - by(first - 1),
        });
        first = last_day + 1;
        last = last_day + 7;
    }
    Ok(weeks)
}
