//! Averages over the lagged sales-cycle window, natively: hand-computed cases, then
//! properties of ratios of sums.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sla_planner::engine::{
    lagged_window, shown_money, shown_rate, window_averages, Decimal, HistoryMonth, MonthRange,
    Ratio, YearMonth,
};

fn ym(text: &str) -> YearMonth {
    YearMonth::parse(text).unwrap()
}

fn row(month: &str, leads: u64, customers: u64, revenue: u128) -> HistoryMonth {
    HistoryMonth {
        month: ym(month),
        leads,
        customers,
        revenue: Decimal::whole(revenue),
        mqls: None,
        sqls: None,
        opportunities: None,
    }
}

fn range(first: &str, last: &str) -> MonthRange {
    MonthRange {
        first: ym(first),
        last: ym(last),
    }
}

fn r(num: u128, den: u128) -> Ratio {
    Ratio::new(num, den).unwrap()
}

#[test]
fn the_seeds_window_is_the_same_months_a_year_earlier_plus_the_cycle() {
    // Planning February 2026 with a 6-month cycle uses February–August 2025.
    assert_eq!(
        lagged_window(ym("2026-02"), 6),
        Ok(range("2025-02", "2025-08"))
    );
    // Across a year boundary: November 2026, 3 months → November 2025 – February 2026.
    assert_eq!(
        lagged_window(ym("2026-11"), 3),
        Ok(range("2025-11", "2026-02"))
    );
    // A cycle of 0 is one month; of 24, twenty-five months.
    assert_eq!(
        lagged_window(ym("2025-02"), 0),
        Ok(range("2024-02", "2024-02"))
    );
    let longest = lagged_window(ym("2026-02"), 24).unwrap();
    assert_eq!(longest, range("2025-02", "2027-02"));
    assert_eq!(longest.months().count(), 25);
    assert!(
        lagged_window(ym("1970-06"), 3).is_err(),
        "never before 1970"
    );
}

#[test]
fn averages_are_ratios_of_sums_and_name_the_missing_months() {
    let history = [
        row("2025-01", 999, 999, 999), // outside the window
        row("2025-02", 100, 20, 48_000),
        row("2025-03", 50, 15, 30_000),
        row("2025-05", 0, 5, 12_500), // no leads that month: still counted
        row("2025-08", 150, 20, 45_500),
    ];
    let a = window_averages(&history, range("2025-02", "2025-08")).unwrap();
    assert_eq!((a.leads, a.customers), (300, 60));
    assert_eq!(a.revenue, Ratio::integer(136_000));
    // 60 ÷ 300 = 20 %; 136,000 ÷ 60 = 2,266.67 (exactly 6,800/3).
    assert_eq!(a.win_rate, Some(r(1, 5)));
    assert_eq!(a.deal_size, Some(r(6_800, 3)));
    assert_eq!(a.missing, vec![ym("2025-04"), ym("2025-06"), ym("2025-07")]);
    // Shown (and planned with) as 20 % and 2,266.67.
    assert_eq!(shown_rate(a.win_rate.unwrap()), Ok(r(1, 5)));
    assert_eq!(shown_money(a.deal_size.unwrap()), Ok(r(226_667, 100)));
}

#[test]
fn a_leap_year_february_and_a_window_across_new_year() {
    let history = [
        row("2023-12", 40, 10, 10_000),
        row("2024-01", 60, 5, 7_500),
        row("2024-02", 100, 30, 30_000),
    ];
    let a = window_averages(&history, lagged_window(ym("2024-12"), 2).unwrap()).unwrap();
    assert_eq!(a.range, range("2023-12", "2024-02"));
    assert_eq!(a.win_rate, Some(r(45, 200)));
    // 45 of 200 leads won (22.5 %); 47,500 over 45 customers.
    assert_eq!(a.deal_size, Some(r(47_500, 45)));
    assert!(a.missing.is_empty());
}

#[test]
fn no_data_or_no_leads_gives_no_estimate() {
    let empty = window_averages(&[], range("2025-02", "2025-03")).unwrap();
    assert_eq!((empty.win_rate, empty.deal_size), (None, None));
    assert_eq!(empty.missing, vec![ym("2025-02"), ym("2025-03")]);
    let no_leads = window_averages(&[row("2025-02", 0, 0, 0)], range("2025-02", "2025-02"));
    let no_leads = no_leads.unwrap();
    assert_eq!((no_leads.win_rate, no_leads.deal_size), (None, None));
    assert!(no_leads.missing.is_empty());
    // Customers without leads in the window: a deal size, but no win rate.
    let only_wins = window_averages(&[row("2025-02", 0, 4, 1_000)], range("2025-02", "2025-02"));
    let only_wins = only_wins.unwrap();
    assert_eq!(only_wins.win_rate, None);
    assert_eq!(only_wins.deal_size, Some(Ratio::integer(250)));
}

fn month_rows() -> impl Strategy<Value = Vec<HistoryMonth>> {
    prop::collection::vec((1u64..10_000, 0u64..10_000, 0u128..10_000_000), 1..36).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (leads, customers, revenue))| HistoryMonth {
                month: ym("2023-01").plus_months(i as u32).unwrap(),
                leads,
                customers,
                revenue: Decimal::from_hundredths(revenue),
                mqls: None,
                sqls: None,
                opportunities: None,
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn a_ratio_of_sums_lies_between_the_monthly_ratios(rows in month_rows()) {
        let all = MonthRange { first: rows[0].month, last: rows[rows.len() - 1].month };
        let a = window_averages(&rows, all).unwrap();
        let monthly: Vec<Ratio> = rows
            .iter()
            .map(|h| r(u128::from(h.customers), u128::from(h.leads)))
            .collect();
        let win = a.win_rate.unwrap();
        prop_assert!(monthly.iter().min().unwrap() <= &win);
        prop_assert!(&win <= monthly.iter().max().unwrap());
        prop_assert!(a.missing.is_empty());
    }
}

mod horizon {
    use super::*;
    use sla_planner::engine::{
        plan_schedule, shape_goals, shape_like, totals, worked_example, FromHistory, MonthPlan,
        NumericInput, PlanInputs,
    };

    fn quarter_from(month: &str) -> PlanInputs {
        PlanInputs::from_typed(&worked_example(), ym(month))
    }

    /// The plan on typed values only.
    fn plan_months(
        inputs: &PlanInputs,
        horizon: u32,
        goal: impl Fn(u32) -> Ratio,
    ) -> Vec<MonthPlan> {
        let first = inputs.plan_month;
        let goal_for = |m: YearMonth| goal(first.months_until(m) as u32);
        plan_schedule(inputs, horizon, goal_for, &[], FromHistory::default()).unwrap()
    }

    #[test]
    fn each_revenue_month_has_its_quota_and_delivery_month() {
        // Goals 5,000, 7,500 and 2,550 at $100 deals and 50 %: 100, 150 and 51 leads, each
        // delivered three months earlier (across the new year for the first).
        let goals = [5_000u128, 7_500, 2_550];
        let months = plan_months(&quarter_from("2026-02"), 3, |n| {
            Ratio::integer(goals[n as usize])
        });
        let rows: Vec<(String, u128, String)> = months
            .iter()
            .map(|m| &m.plan)
            .map(|p| {
                (
                    p.inputs.plan_month.to_string(),
                    p.leads_per_month,
                    p.delivery_month.to_string(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("2026-02".into(), 100, "2025-11".into()),
                ("2026-03".into(), 150, "2025-12".into()),
                ("2026-04".into(), 51, "2026-01".into()),
            ]
        );
        assert_eq!(totals(&months).unwrap().leads, 301);
    }

    #[test]
    fn each_month_is_rounded_up_on_its_own() {
        // 33.33… leads a month: 34 each, 102 over the quarter (not ⌈100⌉ = 100).
        let mut values = worked_example();
        values[NumericInput::WinRate] = Decimal::whole(30);
        let inputs = PlanInputs::from_typed(&values, ym("2026-06"));
        let months = plan_months(&inputs, 3, |_| Ratio::integer(500));
        assert!(months.iter().all(|m| m.plan.leads_per_month == 17));
        let months = plan_months(&inputs, 3, |_| Ratio::integer(1_000));
        assert_eq!(totals(&months).unwrap().leads, 102);
    }

    #[test]
    fn the_horizon_is_one_to_twenty_four_months() {
        let inputs = quarter_from("2026-02");
        let goal = |_| Ratio::integer(5_000);
        assert_eq!(plan_months(&inputs, 0, goal).len(), 1);
        let year = plan_months(&inputs, 24, goal);
        assert_eq!(year.len(), 24);
        // Delivery months come in order, one apart: the delivery chart relies on it.
        for pair in year.windows(2) {
            let [a, b] = [&pair[0].plan, &pair[1].plan];
            assert_eq!(a.delivery_month.plus_months(1), Ok(b.delivery_month));
        }
        assert_eq!(plan_months(&inputs, 99, goal).len(), 24);
        let last = plan_months(&quarter_from("2997-12"), 24, goal);
        assert_eq!(
            last.last().unwrap().plan.inputs.plan_month.to_string(),
            "2999-11"
        );
    }

    #[test]
    fn shaping_follows_last_year_and_keeps_the_total_to_the_cent() {
        let d = Decimal::whole;
        // 30,000 over a 1 : 2 : 3 pattern: 5,000, 10,000, 15,000.
        assert_eq!(
            shape_like(d(30_000), &[d(10), d(20), d(30)]),
            Some(vec![d(5_000), d(10_000), d(15_000)])
        );
        // 100.00 in thirds: 33.34, 33.33, 33.33 (the first of equal remainders gets the cent).
        let thirds = shape_like(d(100), &[d(1), d(1), d(1)]).unwrap();
        assert_eq!(
            thirds,
            vec![
                Decimal::from_hundredths(3_334),
                Decimal::from_hundredths(3_333),
                Decimal::from_hundredths(3_333)
            ]
        );
        assert_eq!(
            shape_like(d(100), &[d(0), d(0)]),
            None,
            "no revenue to follow"
        );
        assert_eq!(shape_like(d(100), &[]), None);
    }

    #[test]
    fn goals_are_shaped_like_the_same_months_a_year_earlier() {
        let d = Decimal::whole;
        let goals = [(ym("2026-02"), d(5_000)), (ym("2026-03"), d(5_000))];
        let history = [row("2025-02", 1, 1, 1_000), row("2025-03", 1, 1, 3_000)];
        assert_eq!(
            shape_goals(&goals, &history),
            Ok(vec![(ym("2026-02"), d(2_500)), (ym("2026-03"), d(7_500))])
        );
        // A month without last year's row is named; no revenue at all names none.
        assert_eq!(shape_goals(&goals, &history[..1]), Err(vec![ym("2025-03")]));
        let quiet = [row("2025-02", 1, 1, 0), row("2025-03", 1, 1, 0)];
        assert_eq!(shape_goals(&goals, &quiet), Err(vec![]));
        // Never a goal above the largest one a field accepts.
        let most = Decimal::whole(sla_planner::engine::MAX_MONEY);
        let big = [(ym("2026-02"), most), (ym("2026-03"), most)];
        let lopsided = [row("2025-02", 1, 1, 0), row("2025-03", 1, 1, 5)];
        assert_eq!(shape_goals(&big, &lopsided), Err(vec![]));
    }

    proptest! {
        #[test]
        fn shaped_goals_add_up_to_the_total(total in 0u128..100_000_000_000_000, pattern in prop::collection::vec(0u128..100_000_000_000_000, 1..24)) {
            let pattern: Vec<Decimal> = pattern.into_iter().map(Decimal::from_hundredths).collect();
            if let Some(goals) = shape_like(Decimal::from_hundredths(total), &pattern) {
                prop_assert_eq!(goals.iter().map(|g| g.hundredths()).sum::<u128>(), total);
                prop_assert_eq!(goals.len(), pattern.len());
            }
        }
    }
}

mod schedule {
    use super::*;
    use sla_planner::engine::{
        plan_schedule, worked_example, FromHistory, NumericInput, PlanInputs, Source, Unusable,
    };

    const BOTH: FromHistory = FromHistory {
        win_rate: true,
        deal_size: true,
    };

    /// The worked example ($5,000 goal, 100 % share, $100 deals, 50 %) for `month` with a
    /// `cycle`-month cycle.
    fn inputs(month: &str, cycle: u128) -> PlanInputs {
        let mut values = worked_example();
        values[NumericInput::SalesCycle] = Decimal::whole(cycle);
        PlanInputs::from_typed(&values, ym(month))
    }

    fn goal(_: YearMonth) -> Ratio {
        Ratio::integer(5_000)
    }

    #[test]
    fn history_values_enter_the_plan_as_shown() {
        // Plan February 2026, 6-month cycle: window February–August 2025 (the seeds' case).
        // Σ leads 300, Σ customers 40, Σ revenue 10,000: win rate 13.33 % (shown, from
        // 13.333…), deal size $250.00. 5,000 ÷ 250 = 20 customers; 20 ÷ 0.1333 = 150.04 → 151.
        let history = [
            row("2025-01", 999, 999, 999), // outside the window
            row("2025-02", 100, 10, 2_000),
            row("2025-05", 120, 20, 5_000),
            row("2025-08", 80, 10, 3_000),
        ];
        let months = plan_schedule(&inputs("2026-02", 6), 1, goal, &history, BOTH).unwrap();
        let first = &months[0];
        assert_eq!(first.plan.inputs.win_rate, r(1_333, 10_000));
        assert_eq!(first.plan.inputs.deal_size, Ratio::integer(250));
        assert_eq!(first.plan.leads_per_month, 151);
        assert_eq!(
            (first.win_rate, first.deal_size),
            (Source::History, Source::History)
        );
        let window = first.window.as_ref().unwrap();
        assert_eq!(window.range, range("2025-02", "2025-08"));
        assert_eq!(
            window.missing,
            ["2025-03", "2025-04", "2025-06", "2025-07"].map(ym)
        );
        // Typed values when history is not chosen: 100 leads.
        let typed = plan_schedule(
            &inputs("2026-02", 6),
            1,
            goal,
            &history,
            FromHistory::default(),
        );
        assert_eq!(typed.unwrap()[0].plan.leads_per_month, 100);
    }

    #[test]
    fn each_revenue_month_uses_its_own_window_across_the_year_boundary() {
        // November 2026 and December 2026, 1-month cycle: windows Nov–Dec 2025 and
        // Dec 2025 – Jan 2026.
        let history = [
            row("2025-11", 100, 50, 5_000),
            row("2025-12", 100, 25, 2_500),
            row("2026-01", 100, 25, 2_500),
        ];
        let months = plan_schedule(&inputs("2026-11", 1), 2, goal, &history, BOTH).unwrap();
        assert_eq!(months[0].plan.inputs.win_rate, r(3_750, 10_000));
        assert_eq!(months[1].plan.inputs.win_rate, r(2_500, 10_000));
        assert_eq!(months[1].plan.inputs.deal_size, Ratio::integer(100));
        // 5,000 ÷ 100 = 50 customers ÷ 0.25 = 200 leads.
        assert_eq!(months[1].plan.leads_per_month, 200);
    }

    #[test]
    fn unusable_history_leaves_the_typed_values_in_force() {
        let plan_with = |history: &[HistoryMonth]| {
            plan_schedule(&inputs("2026-02", 0), 1, goal, history, BOTH).unwrap()[0].clone()
        };
        let none = plan_with(&[]);
        assert_eq!(none.win_rate, Source::Fallback(Unusable::NoData));
        assert_eq!(none.deal_size, Source::Fallback(Unusable::NoData));
        assert_eq!(none.plan.leads_per_month, 100);
        // Leads delivered but none won: no deal size; a zero-lead month: no win rate.
        let unwon = plan_with(&[row("2025-02", 10, 0, 0)]);
        assert_eq!(unwon.win_rate, Source::Fallback(Unusable::RoundsToZero));
        assert_eq!(unwon.deal_size, Source::Fallback(Unusable::NoData));
        let zero_leads = plan_with(&[row("2025-02", 0, 3, 300)]);
        assert_eq!(zero_leads.win_rate, Source::Fallback(Unusable::NoData));
        assert_eq!(zero_leads.deal_size, Source::History);
        // More customers than leads (deals from older leads): not a usable rate.
        let above = plan_with(&[row("2025-02", 2, 3, 300)]);
        assert_eq!(above.win_rate, Source::Fallback(Unusable::AboveOne));
        // One customer in a million leads shows as 0.00 %.
        let tiny = plan_with(&[row("2025-02", 1_000_000, 1, 300)]);
        assert_eq!(tiny.win_rate, Source::Fallback(Unusable::RoundsToZero));
    }

    #[test]
    fn a_leap_year_february_is_one_month_like_any_other() {
        // Planning February 2025 with a 0-month cycle averages February 2024 (29 days).
        let history = [row("2024-02", 40, 10, 1_000)];
        let months = plan_schedule(&inputs("2025-02", 0), 1, goal, &history, BOTH).unwrap();
        assert_eq!(months[0].plan.inputs.win_rate, r(1, 4));
        // 5,000 ÷ 100 = 50 customers ÷ 0.25 = 200 leads; delivered the same month.
        assert_eq!(months[0].plan.leads_per_month, 200);
        assert_eq!(months[0].plan.delivery_month, ym("2025-02"));
    }
}

mod cohorts {
    use super::*;
    use sla_planner::engine::{cohort_averages, immature_months, CohortError};

    /// A year of history: leads 100 + 10·n, customers n + 1, revenue 1,000·(n + 1) in month n.
    fn year_2025() -> Vec<HistoryMonth> {
        (0..12u64)
            .map(|n| {
                let month = ym("2025-01").plus_months(n as u32).unwrap();
                let mut h = row("2025-01", 100 + 10 * n, n + 1, 1_000 * u128::from(n + 1));
                h.month = month;
                h
            })
            .collect()
    }

    #[test]
    fn cohorts_match_leads_with_the_wins_a_cycle_later() {
        // Cycle 2, k 3, results known to December: delivered August–October (leads 170, 180,
        // 190 = 540), won October–December (customers 10, 11, 12 = 33; revenue 33,000).
        let a = cohort_averages(&year_2025(), 2, 3, ym("2025-12")).unwrap();
        assert_eq!(a.range, range("2025-08", "2025-10"));
        assert_eq!(a.won, range("2025-10", "2025-12"));
        assert_eq!((a.leads, a.customers), (540, 33));
        assert_eq!(a.win_rate, Some(r(33, 540)));
        assert_eq!(a.deal_size, Some(Ratio::integer(1_000)));
        assert!(a.missing.is_empty());
    }

    #[test]
    fn a_cycle_of_zero_is_the_same_months() {
        let a = cohort_averages(&year_2025(), 0, 2, ym("2025-12")).unwrap();
        assert_eq!(
            (a.range, a.won),
            (range("2025-11", "2025-12"), range("2025-11", "2025-12"))
        );
        assert_eq!((a.leads, a.customers), (210 + 200, 12 + 11));
    }

    #[test]
    fn too_few_complete_months_name_the_ones_there_are() {
        // Cycle 9 with results to December: only January–March have completed; k 6 needs more.
        let e = cohort_averages(&year_2025(), 9, 6, ym("2025-12")).unwrap_err();
        assert_eq!(
            e,
            CohortError::TooFewComplete {
                complete: vec![ym("2025-01"), ym("2025-02"), ym("2025-03")]
            }
        );
        assert!(cohort_averages(&[], 3, 6, ym("2025-12")).is_err());
        assert!(cohort_averages(&year_2025(), 0, 0, ym("2025-12")).is_err());
    }

    #[test]
    fn a_gap_inside_the_cohorts_is_missing_not_skipped() {
        let mut history = year_2025();
        history.retain(|h| h.month != ym("2025-09"));
        let a = cohort_averages(&history, 2, 3, ym("2025-12")).unwrap();
        assert_eq!(a.missing, [ym("2025-09")]);
        assert_eq!(a.leads, 170 + 190);
    }

    #[test]
    fn immature_months_are_those_younger_than_the_cycle() {
        let window = range("2025-08", "2025-11");
        assert_eq!(
            immature_months(window, 3, ym("2025-12")),
            [ym("2025-10"), ym("2025-11")]
        );
        assert!(immature_months(window, 0, ym("2025-12")).is_empty());
        // The seeds' window a year back is all mature.
        assert!(
            immature_months(lagged_window(ym("2026-02"), 6).unwrap(), 6, ym("2026-02")).is_empty()
        );
    }
}

mod lags {
    use super::*;
    use sla_planner::engine::fit_lags;

    /// History with `leads` from January 2023 and customers from a known lag curve:
    /// customers(t) = Σₗ conversion · shares[l] · leads(t − l), rounded to whole customers.
    fn generated(leads: &[u64], shares: &[f64], conversion: f64) -> Vec<HistoryMonth> {
        (0..leads.len())
            .map(|t| {
                let won: f64 = (0..shares.len())
                    .filter(|l| *l <= t)
                    .map(|l| conversion * shares[l] * leads[t - l] as f64)
                    .sum();
                let mut h = row("2023-01", leads[t], won.round() as u64, 0);
                h.month = ym("2023-01").plus_months(t as u32).unwrap();
                h
            })
            .collect()
    }

    #[test]
    fn a_one_month_lag_is_found_exactly() {
        // Every customer closes one month after delivery, one in ten leads.
        let leads = [100, 300, 200, 500, 400, 100, 700, 600, 300, 200];
        let fit = fit_lags(&generated(&leads, &[0.0, 1.0], 0.1), 2).unwrap();
        assert!((fit.conversion - 0.1).abs() < 1e-9, "{}", fit.conversion);
        assert!((fit.shares[1] - 1.0).abs() < 1e-9, "{:?}", fit.shares);
        assert_eq!(fit.median_lag(), 1);
        // Months with all earlier leads known: March onwards (two lags back).
        assert_eq!(fit.months.first(), Some(&ym("2023-03")));
        assert_eq!(fit.months.len(), 8);
    }

    #[test]
    fn too_little_history_gives_no_fit() {
        let history = generated(&[100, 200, 300], &[1.0], 0.1);
        assert_eq!(fit_lags(&history, 3), None);
        assert_eq!(fit_lags(&[], 0), None);
        // Leads but never a customer: nothing to explain.
        assert_eq!(fit_lags(&generated(&[100; 12], &[1.0], 0.0), 2), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn a_known_curve_is_recovered_and_its_shares_sum_to_one(
            leads in prop::collection::vec(10_000u64..1_000_000, 36),
            raw in prop::collection::vec(0.0f64..1.0, 1..5),
            conversion in 0.02f64..0.5,
        ) {
            let total: f64 = raw.iter().sum();
            prop_assume!(total > 0.1);
            let shares: Vec<f64> = raw.iter().map(|s| s / total).collect();
            let history = generated(&leads, &shares, conversion);
            let fit = fit_lags(&history, shares.len() as u32 - 1).unwrap();
            prop_assert!((fit.shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            prop_assert!(fit.shares.iter().all(|s| *s >= 0.0));
            prop_assert!((fit.conversion - conversion).abs() < 0.002 * conversion.max(0.01) + 1e-3,
                "conversion {} vs {}", fit.conversion, conversion);
            for (got, want) in fit.shares.iter().zip(&shares) {
                prop_assert!((got - want).abs() < 0.02, "shares {:?} vs {:?}", fit.shares, shares);
            }
        }
    }
}

mod funnel {
    use super::*;
    use sla_planner::engine::{marketing_owes, stage_rates, Stage, StageRates};

    fn pct(n: u128) -> Ratio {
        r(n, 100)
    }

    /// 50 % of leads become MQLs, 40 % of MQLs SQLs, 50 % of SQLs opportunities, 25 % of
    /// opportunities customers.
    fn rates() -> StageRates {
        StageRates([pct(50), pct(40), pct(50), pct(25)])
    }

    #[test]
    fn each_stage_is_rounded_up_from_the_exact_chain() {
        // 10 customers: 40 opportunities, 80 SQLs, 200 MQLs, 400 leads.
        let v = rates().volumes(Ratio::integer(10)).unwrap();
        assert_eq!(v.whole, [400, 200, 80, 40]);
        // 7.3 customers: exactly 29.2 opportunities, 58.4 SQLs, 146 MQLs and 292 leads. Rounded
        // from the exact chain: 30, 59, 146, 292 (from the rounded 30 opportunities it would
        // have been 60 SQLs, 150 MQLs and 300 leads).
        let v = rates().volumes(r(73, 10)).unwrap();
        assert_eq!(v.whole, [292, 146, 59, 30]);
        assert_eq!(v.at(Stage::Mql), 146);
        assert_eq!(v.at(Stage::Lead), 292);
    }

    #[test]
    fn the_win_rate_from_the_hand_off_is_the_product_downstream() {
        assert_eq!(rates().win_rate_from(Stage::Opportunity), Ok(pct(25)));
        assert_eq!(rates().win_rate_from(Stage::Sql), Ok(r(1, 8)));
        assert_eq!(rates().win_rate_from(Stage::Mql), Ok(r(1, 20)));
        assert_eq!(rates().win_rate_from(Stage::Lead), Ok(r(1, 40)));
        // A zero stage rate is a typed error, never a division by zero.
        let dead = StageRates([pct(50), Ratio::ZERO, pct(50), pct(25)]);
        assert!(dead.volumes(Ratio::integer(1)).is_err());
        assert_eq!(Stage::default(), Stage::Mql);
    }

    #[test]
    fn stage_rates_come_from_the_same_window_as_ratios_of_sums() {
        let mut a = row("2025-02", 100, 5, 0);
        (a.mqls, a.sqls, a.opportunities) = (Some(50), Some(20), Some(10));
        let mut b = row("2025-03", 300, 15, 0);
        (b.mqls, b.sqls, b.opportunities) = (Some(150), Some(60), Some(30));
        let unrecorded = row("2025-04", 999, 1, 0);
        let history = [a, b, unrecorded];
        let rates = stage_rates(&history, range("2025-02", "2025-04")).unwrap();
        // 200 / 400, 80 / 200, 40 / 80, 20 / 40.
        assert_eq!(rates, StageRates([pct(50), pct(40), pct(50), pct(50)]));
        assert_eq!(stage_rates(&history, range("2025-04", "2025-04")), None);
    }

    #[test]
    fn sales_sourced_leads_reduce_what_marketing_owes() {
        assert_eq!(marketing_owes(16, 2), 14);
        assert_eq!(marketing_owes(3, 5), 0);
    }
}

mod delivery {
    use super::*;
    use sla_planner::engine::{leads_by_delivery_month, DeliveryError};

    fn pct(n: u128) -> Ratio {
        r(n, 100)
    }

    #[test]
    fn one_fixed_cycle_gives_each_months_quota_a_cycle_earlier() {
        // Cycle 3 at 50 %: 50, 75 and 25.5 customers need 100, 150 and 51 leads.
        let weights = [Ratio::ZERO, Ratio::ZERO, Ratio::ZERO, pct(50)];
        let needs = [Ratio::integer(50), Ratio::integer(75), r(51, 2)];
        let leads = leads_by_delivery_month(ym("2026-02"), &needs, &weights).unwrap();
        assert_eq!(
            leads,
            [
                (ym("2025-11"), 100),
                (ym("2025-12"), 150),
                (ym("2026-01"), 51)
            ]
        );
    }

    #[test]
    fn spread_closes_are_met_from_the_most_productive_lag() {
        // 10 % close the month they are delivered, 20 % the month after: 10 customers a month
        // come from 50 leads a month earlier; each month then gets 15 (10 + the 5 from its own
        // month's leads), never less than its need.
        let weights = [pct(10), pct(20)];
        let needs = [Ratio::integer(10); 3];
        let leads = leads_by_delivery_month(ym("2026-02"), &needs, &weights).unwrap();
        assert_eq!(
            leads,
            [
                (ym("2026-01"), 50),
                (ym("2026-02"), 50),
                (ym("2026-03"), 50)
            ]
        );
    }

    #[test]
    fn no_conversion_is_an_error() {
        let none = leads_by_delivery_month(ym("2026-02"), &[Ratio::ONE], &[Ratio::ZERO]);
        assert_eq!(none, Err(DeliveryError::NoConversion));
    }

    proptest! {
        #[test]
        fn every_months_need_is_met_and_leads_are_never_negative(
            weights in prop::collection::vec(0u128..50, 1..6),
            needs in prop::collection::vec(0u128..10_000, 1..24),
        ) {
            prop_assume!(weights.iter().any(|w| *w > 0));
            let weights: Vec<Ratio> = weights.into_iter().map(pct).collect();
            let needs: Vec<Ratio> = needs.into_iter().map(Ratio::integer).collect();
            let first = ym("2026-06");
            let leads = leads_by_delivery_month(first, &needs, &weights).unwrap();
            let delivered = |m: YearMonth| leads.iter().find(|(d, _)| *d == m).map_or(0, |(_, n)| *n);
            for (n, need) in needs.iter().enumerate() {
                let month = first.plus_months(n as u32).unwrap();
                let mut won = Ratio::ZERO;
                for (lag, w) in weights.iter().enumerate() {
                    let d = month.minus_months(lag as u32).unwrap();
                    won = won.checked_add(w.checked_mul(Ratio::integer(delivered(d))).unwrap()).unwrap();
                }
                prop_assert!(won >= *need, "month {n}: {won:?} < {need:?}");
            }
            prop_assert!(leads.iter().all(|(_, n)| *n > 0));
        }
    }
}
