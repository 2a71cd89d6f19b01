//! The monthly SLA review: each month's quota frozen when the month starts, what marketing
//! delivered against it, and what sales did with the leads it was given.

use super::decimal::Decimal;
use super::month::YearMonth;
use super::ratio::Ratio;

/// One month of the tracker as stored: the frozen quota and the figures entered for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrackedMonth {
    pub month: YearMonth,
    /// The quota in force when the month started; later changes to the plan leave it.
    pub quota: u128,
    pub customers: Option<u64>,
    pub revenue: Option<Decimal>,
    /// Leads sales contacted within the agreed time.
    pub contacted_in_time: Option<u64>,
    /// Leads sales worked with the agreed number of attempts.
    pub fully_worked: Option<u64>,
}

impl TrackedMonth {
    pub fn new(month: YearMonth, quota: u128) -> TrackedMonth {
        TrackedMonth {
            month,
            quota,
            customers: None,
            revenue: None,
            contacted_in_time: None,
            fully_worked: None,
        }
    }
}

/// Add a row, quota frozen now, for every month of `months` that has started by `today` and
/// has none yet; `quota_of` is the plan's quota for a month. Returns the months frozen.
pub fn freeze_started(
    tracker: &mut Vec<TrackedMonth>,
    months: &[YearMonth],
    today: YearMonth,
    quota_of: &dyn Fn(YearMonth) -> Option<u128>,
) -> Vec<YearMonth> {
    let mut frozen = Vec::new();
    for &month in months.iter().filter(|m| **m <= today) {
        let (Err(at), Some(quota)) = (
            tracker.binary_search_by_key(&month, |t| t.month),
            quota_of(month),
        ) else {
            continue;
        };
        tracker.insert(at, TrackedMonth::new(month, quota));
        frozen.push(month);
    }
    frozen
}

/// `part ÷ whole`, `None` when `whole` is zero.
pub fn attainment(part: u128, whole: u128) -> Option<Ratio> {
    Ratio::new(part, whole)
}

/// The run of three or more consecutive ended months (before `today`), up to the last one
/// tracked, in which marketing delivered less than the quota: the seeds' sign that the SLA
/// needs renegotiating now. An older run that a month on quota has ended is not reported.
/// `delivered` gives a month's leads, `None` when nothing was recorded (which breaks a run).
pub fn renegotiation_due(
    tracker: &[TrackedMonth],
    today: YearMonth,
    delivered: &dyn Fn(YearMonth) -> Option<u128>,
) -> Option<Vec<YearMonth>> {
    let mut run: Vec<YearMonth> = Vec::new();
    for row in tracker.iter().filter(|t| t.month < today) {
        let missed = delivered(row.month).is_some_and(|d| d < row.quota);
        let follows = run
            .last()
            .is_some_and(|last| last.months_until(row.month) == 1);
        match (missed, follows) {
            (true, true) => run.push(row.month),
            (true, false) => run = vec![row.month],
            (false, _) => run.clear(),
        }
    }
    (run.len() >= 3).then_some(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(text: &str) -> YearMonth {
        YearMonth::parse(text).unwrap()
    }

    #[test]
    fn freezes_each_started_month_once() {
        let months = ["2026-10", "2026-11", "2026-12"].map(ym);
        let mut tracker = Vec::new();
        let quota = |m: YearMonth| Some(100 + u128::from(m.month()));
        let frozen = freeze_started(&mut tracker, &months, ym("2026-11"), &quota);
        assert_eq!(frozen, ["2026-10", "2026-11"].map(ym));
        assert_eq!(tracker[1].quota, 111);
        // The plan changes: the started months keep their quota, December freezes the new one.
        let changed = |_: YearMonth| Some(90);
        let frozen = freeze_started(&mut tracker, &months, ym("2026-12"), &changed);
        assert_eq!(frozen, [ym("2026-12")]);
        let quotas: Vec<u128> = tracker.iter().map(|t| t.quota).collect();
        assert_eq!(quotas, [110, 111, 90]);
    }

    #[test]
    fn three_missed_months_in_a_row_call_for_renegotiation() {
        let tracker: Vec<TrackedMonth> = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]
            .map(|m| TrackedMonth::new(ym(m), 100))
            .to_vec();
        let by_month = |table: [u128; 5]| {
            move |m: YearMonth| {
                let at = tracker_index(m);
                table.get(at).copied()
            }
        };
        let missed = by_month([100, 90, 99, 50, 60]);
        assert_eq!(
            renegotiation_due(&tracker, ym("2026-10"), &missed),
            Some(
                ["2026-06", "2026-07", "2026-08", "2026-09"]
                    .map(ym)
                    .to_vec()
            )
        );
        // The month in progress does not count.
        assert_eq!(renegotiation_due(&tracker, ym("2026-08"), &missed), None);
        let kept = by_month([100, 90, 100, 50, 40]);
        assert_eq!(renegotiation_due(&tracker, ym("2026-10"), &kept), None);
        // Three misses, then a month on quota: no longer due.
        let recovered = by_month([90, 90, 90, 100, 100]);
        assert_eq!(renegotiation_due(&tracker, ym("2026-10"), &recovered), None);
        assert_eq!(
            renegotiation_due(&tracker, ym("2026-08"), &recovered),
            Some(["2026-05", "2026-06", "2026-07"].map(ym).to_vec())
        );
        // A month with nothing recorded breaks the run.
        let unknown = |m: YearMonth| (m != ym("2026-07")).then_some(10);
        assert_eq!(renegotiation_due(&tracker, ym("2026-10"), &unknown), None);
    }

    fn tracker_index(m: YearMonth) -> usize {
        ym("2026-05").months_until(m) as usize
    }

    #[test]
    fn a_gap_between_months_breaks_the_run() {
        let tracker: Vec<TrackedMonth> = ["2026-01", "2026-02", "2026-04"]
            .map(|m| TrackedMonth::new(ym(m), 100))
            .to_vec();
        let low = |_: YearMonth| Some(1);
        assert_eq!(renegotiation_due(&tracker, ym("2026-12"), &low), None);
        assert_eq!(attainment(1, 0), None);
        assert_eq!(attainment(45, 50), Ratio::new(9, 10));
    }
}
