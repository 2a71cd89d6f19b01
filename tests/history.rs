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
        plan_months, shape_like, total_leads, worked_example, NumericInput, PlanInputs,
    };

    fn quarter_from(month: &str) -> PlanInputs {
        PlanInputs::from_typed(&worked_example(), ym(month))
    }

    #[test]
    fn each_revenue_month_has_its_quota_and_delivery_month() {
        // Goals 5,000, 7,500 and 2,550 at $100 deals and 50 %: 100, 150 and 51 leads, each
        // delivered three months earlier (across the new year for the first).
        let goals = [5_000u128, 7_500, 2_550];
        let months = plan_months(&quarter_from("2026-02"), 3, |n| {
            Ratio::integer(goals[n as usize])
        })
        .unwrap();
        let rows: Vec<(String, u128, String)> = months
            .iter()
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
        assert_eq!(total_leads(&months), 301);
    }

    #[test]
    fn each_month_is_rounded_up_on_its_own() {
        // 33.33… leads a month: 34 each, 102 over the quarter (not ⌈100⌉ = 100).
        let mut values = worked_example();
        values[NumericInput::WinRate] = Decimal::whole(30);
        let inputs = PlanInputs::from_typed(&values, ym("2026-06"));
        let months = plan_months(&inputs, 3, |_| Ratio::integer(500)).unwrap();
        assert!(months.iter().all(|p| p.leads_per_month == 17));
        let months = plan_months(&inputs, 3, |_| Ratio::integer(1_000)).unwrap();
        assert_eq!(total_leads(&months), 102);
    }

    #[test]
    fn the_horizon_is_one_to_twenty_four_months() {
        let inputs = quarter_from("2026-02");
        let goal = |_| Ratio::integer(5_000);
        assert_eq!(plan_months(&inputs, 0, goal).unwrap().len(), 1);
        assert_eq!(plan_months(&inputs, 24, goal).unwrap().len(), 24);
        assert_eq!(plan_months(&inputs, 99, goal).unwrap().len(), 24);
        let last = plan_months(&quarter_from("2997-12"), 24, goal).unwrap();
        assert_eq!(
            last.last().unwrap().inputs.plan_month.to_string(),
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
