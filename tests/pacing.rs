//! Pacing with actuals, natively: calendar and business days, holidays, the status on the
//! "As of" day, the weekly view, and the tracker's rules.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sla_planner::engine::{
    pacing_status, pacing_targets, weeks_owed, Band, Basis, Country, Date, Gap, PacingDays, Ratio,
    WorkCalendar, WorkWeek, YearMonth,
};

fn month(text: &str) -> YearMonth {
    YearMonth::parse(text).unwrap()
}

fn business(text: &str) -> PacingDays {
    WorkCalendar::default().pacing_days(month(text), Basis::Business)
}

fn ratio(num: u128, den: u128) -> Ratio {
    Ratio::new(num, den).unwrap()
}

fn four_fifths() -> Ratio {
    ratio(4, 5)
}

#[test]
fn the_wednesday_example_three_fifths_against_three_sevenths() {
    // A week from Monday 2 to Sunday 8 November 2026; Wednesday is the 4th.
    let owed = |days: &PacingDays| {
        let week = weeks_owed(100, days, WorkWeek::MONDAY_TO_FRIDAY.first_day(), &[]).unwrap();
        week[1]
    };
    let (calendar, working) = (PacingDays::calendar(month("2026-11")), business("2026-11"));
    let wednesday = 4;
    let share = |days: &PacingDays| {
        let before_week = days.through(1);
        ratio(
            u128::from(days.through(wednesday) - before_week),
            u128::from(days.through(8) - before_week),
        )
    };
    assert_eq!(share(&working), ratio(3, 5));
    assert_eq!(share(&calendar), ratio(3, 7));
    assert_eq!(owed(&working).counted, 5);
    assert_eq!(owed(&calendar).counted, 7);
}

#[test]
fn months_of_28_29_30_and_31_days_reach_the_quota_on_their_last_counted_day() {
    for (text, days, weekdays) in [
        ("2026-02", 28, 20),
        ("2024-02", 29, 21),
        ("2026-04", 30, 22),
        ("2026-03", 31, 22),
    ] {
        let calendar = pacing_targets(60, &PacingDays::calendar(month(text))).unwrap();
        assert_eq!(calendar.len(), days, "{text}");
        assert_eq!(calendar.last().unwrap().target, Ratio::integer(60));
        assert_eq!(calendar[0].target, ratio(60, days as u128));
        let working = business(text);
        assert_eq!(working.total(), weekdays, "{text}");
        let targets = pacing_targets(60, &working).unwrap();
        assert_eq!(targets.last().unwrap().target, Ratio::integer(60));
    }
}

#[test]
fn a_month_starting_on_a_weekend_owes_nothing_until_monday() {
    // August 2026 starts on a Saturday.
    let days = business("2026-08");
    let targets = pacing_targets(21, &days).unwrap();
    assert_eq!(targets[0].target, Ratio::ZERO);
    assert_eq!(targets[1].target, Ratio::ZERO);
    assert_eq!(targets[2].target, ratio(21, 21)); // Monday 3rd: one of 21 working days
    let status = pacing_status(21, &days, 0, 2, four_fifths()).unwrap();
    assert_eq!(status.attainment, None);
    assert_eq!(status.band, Band::OnTrack);
    assert_eq!(
        status.projected, None,
        "no pace before the first working day"
    );
    assert_eq!(status.run_rate, Some(Ratio::integer(1)));
}

#[test]
fn the_target_does_not_rise_on_days_off() {
    let mut calendar = WorkCalendar::new(WorkWeek::MONDAY_TO_FRIDAY, Some(Country::De), &[]);
    calendar.mark(Date::parse("2026-10-30").unwrap());
    // October 2026: 22 weekdays, less German Unity Day (Saturday 3rd: no change) and the 30th.
    let days = calendar.pacing_days(month("2026-10"), Basis::Business);
    assert_eq!(days.total(), 21);
    let targets = pacing_targets(42, &days).unwrap();
    for pair in targets.windows(2) {
        let next = pair[1];
        assert_eq!(
            next.target > pair[0].target,
            days.counts(next.day),
            "{}",
            next.day
        );
    }
    assert_eq!(targets[29].target, targets[28].target);
}

#[test]
fn status_bands_at_their_boundaries() {
    let days = PacingDays::calendar(month("2026-06"));
    // Day 15 of 30: the pro-rated target of 100 is 50.
    let band = |delivered| pacing_status(100, &days, delivered, 15, four_fifths()).unwrap();
    assert_eq!(band(50).band, Band::OnTrack, "exactly 100 %");
    assert_eq!(band(50).gap, Gap::Ahead(0));
    assert_eq!(band(49).band, Band::Behind);
    assert_eq!(band(40).band, Band::Behind, "exactly the threshold");
    assert_eq!(band(39).band, Band::AtRisk);
    assert_eq!(band(39).gap, Gap::Behind(11));
    assert_eq!(band(60).gap, Gap::Ahead(10));
    assert_eq!(band(39).attainment, Some(ratio(39, 50)));
    // A zero threshold never calls it at risk.
    let lenient = pacing_status(100, &days, 0, 15, Ratio::ZERO).unwrap();
    assert_eq!(lenient.band, Band::Behind);
}

#[test]
fn behind_counts_part_leads_as_owed() {
    // Day 1 of 30: the target is 100 ÷ 30 = 3⅓ leads.
    let days = PacingDays::calendar(month("2026-06"));
    let status = pacing_status(100, &days, 2, 1, four_fifths()).unwrap();
    assert_eq!(status.target, ratio(10, 3));
    assert_eq!(status.gap, Gap::Behind(2));
    let status = pacing_status(100, &days, 4, 1, four_fifths()).unwrap();
    assert_eq!(status.gap, Gap::Ahead(0));
}

#[test]
fn run_rate_and_projection_during_the_month() {
    // November 2026, Monday to Friday: 21 working days; by Wednesday 4th, 3 have passed.
    let days = business("2026-11");
    let status = pacing_status(105, &days, 12, 4, four_fifths()).unwrap();
    assert_eq!(status.target, Ratio::integer(15));
    assert_eq!(status.days_left, 18);
    assert_eq!(status.run_rate, Some(ratio(93, 18)));
    assert_eq!(status.projected, Some(Ratio::integer(84)));
    // 12 of 15 is exactly the 80 % threshold: behind, not at risk.
    assert_eq!(status.band, Band::Behind);
}

#[test]
fn the_last_working_day_and_a_month_with_none_left() {
    // November 2026's last working day is Monday 30th.
    let days = business("2026-11");
    let friday = pacing_status(105, &days, 95, 27, four_fifths()).unwrap();
    assert_eq!(friday.days_left, 1);
    assert_eq!(
        friday.run_rate,
        Some(Ratio::integer(10)),
        "all that is left, on one day"
    );
    let over = pacing_status(105, &days, 95, 30, four_fifths()).unwrap();
    assert!(over.is_over());
    assert_eq!(over.run_rate, None);
    assert_eq!(over.target, Ratio::integer(105));
    assert_eq!(over.attainment, Some(ratio(95, 105)));
    assert_eq!(over.projected, Some(Ratio::integer(95)));
    // January 2027 ends on a weekend: after Friday 29th no working day is left.
    let january = business("2027-01");
    assert!(!pacing_status(10, &january, 10, 28, four_fifths())
        .unwrap()
        .is_over());
    assert!(pacing_status(10, &january, 10, 29, four_fifths())
        .unwrap()
        .is_over());
    // "As of" past the month's end is its last day.
    assert!(pacing_status(10, &january, 10, 40, four_fifths())
        .unwrap()
        .is_over());
}

#[test]
fn a_month_with_no_working_day_at_all_is_an_error_not_a_division_by_zero() {
    let marked: Vec<Date> = (1..=28)
        .map(|d| Date::new(month("2026-02"), d).unwrap())
        .collect();
    let calendar = WorkCalendar::new(WorkWeek::MONDAY_TO_FRIDAY, None, &marked);
    let days = calendar.pacing_days(month("2026-02"), Basis::Business);
    assert_eq!(days.total(), 0);
    assert!(pacing_targets(10, &days).is_err());
    assert!(pacing_status(10, &days, 3, 10, four_fifths()).is_err());
    assert!(weeks_owed(10, &days, WorkWeek::MONDAY_TO_FRIDAY.first_day(), &[]).is_err());
}

#[test]
fn weeks_start_on_the_chosen_day() {
    // November 2026 starts on a Sunday.
    let days = business("2026-11");
    let sunday_weeks = WorkWeek::new([true, true, true, true, true, false, false], true).unwrap();
    let monday = weeks_owed(21, &days, WorkWeek::MONDAY_TO_FRIDAY.first_day(), &[]).unwrap();
    let sunday = weeks_owed(21, &days, sunday_weeks.first_day(), &[]).unwrap();
    let spans = |weeks: &[sla_planner::engine::WeekOwed]| {
        weeks.iter().map(|w| (w.first, w.last)).collect::<Vec<_>>()
    };
    assert_eq!(
        spans(&monday),
        [(1, 1), (2, 8), (9, 15), (16, 22), (23, 29), (30, 30)]
    );
    assert_eq!(
        spans(&sunday),
        [(1, 7), (8, 14), (15, 21), (22, 28), (29, 30)]
    );
    assert_eq!(monday[0].owed, Ratio::ZERO, "a lone Sunday owes nothing");
    assert_eq!(monday[1].owed, Ratio::integer(5));
}

#[test]
fn weeks_count_what_was_delivered_in_them() {
    let days = PacingDays::calendar(month("2026-11"));
    let mut cumulative = vec![0u128; 30];
    for (i, c) in cumulative.iter_mut().enumerate() {
        *c = (i as u128 + 1) * 2;
    }
    let weeks = weeks_owed(
        60,
        &days,
        WorkWeek::MONDAY_TO_FRIDAY.first_day(),
        &cumulative,
    );
    let delivered: Vec<u128> = weeks.unwrap().iter().map(|w| w.delivered).collect();
    assert_eq!(delivered, [2, 14, 14, 14, 14, 2]);
}

proptest! {
    #[test]
    fn targets_never_fall_and_end_on_the_quota(
        quota in 0u128..1_000_000,
        year in 1971i32..2998,
        m in 1u8..=12,
        working in proptest::array::uniform7(any::<bool>()),
        country in proptest::sample::select(Country::ALL.to_vec()),
    ) {
        let month = YearMonth::new(year, m).unwrap();
        let Some(week) = WorkWeek::new(working, false) else { return Ok(()) };
        let days = WorkCalendar::new(week, Some(country), &[]).pacing_days(month, Basis::Business);
        let Ok(targets) = pacing_targets(quota, &days) else {
            prop_assert_eq!(days.total(), 0);
            return Ok(());
        };
        prop_assert!(targets.windows(2).all(|w| w[0].target <= w[1].target));
        prop_assert_eq!(targets.last().unwrap().target, Ratio::integer(quota));
        let weeks = weeks_owed(quota, &days, week.first_day(), &[]).unwrap();
        let mut sum = Ratio::ZERO;
        for w in &weeks {
            sum = sum.checked_add(w.owed).unwrap();
        }
        prop_assert_eq!(sum, Ratio::integer(quota));
        let covered: u32 = weeks.iter().map(|w| u32::from(w.last - w.first) + 1).sum();
        prop_assert_eq!(covered, u32::from(month.days()));
    }

    #[test]
    fn the_status_is_consistent(
        quota in 0u128..10_000,
        delivered in 0u128..20_000,
        as_of in 1u8..=31,
    ) {
        let days = business("2027-03");
        let s = pacing_status(quota, &days, delivered, as_of, four_fifths()).unwrap();
        match s.gap {
            Gap::Ahead(n) => prop_assert!(Ratio::integer(delivered) >= s.target && n <= delivered),
            Gap::Behind(n) => prop_assert!(Ratio::integer(delivered) < s.target && n >= 1),
        }
        prop_assert_eq!(s.band == Band::OnTrack, s.attainment.is_none_or(|a| a >= Ratio::ONE));
        prop_assert_eq!(s.run_rate.is_none(), s.is_over());
    }
}
