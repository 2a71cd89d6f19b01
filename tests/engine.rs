//! The planning engine, natively: worked cases through one `check` helper, then properties.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sla_planner::engine::{
    pacing_targets, parse_plan_month, plan, Decimal, NumberStyle, NumericInput, PacingDays,
    PerInput, Plan, PlanInputs, Ratio, YearMonth,
};

const EN: NumberStyle = NumberStyle::CANONICAL;

/// Inputs as a person types them: goal, share %, deal size, win rate %, cycle, plan month.
type Typed<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, &'a str);

fn inputs(typed: Typed) -> PlanInputs {
    let (goal, share, deal, win, cycle, month) = typed;
    let values = PerInput::from_fn(|input| {
        let text = match input {
            NumericInput::MonthlyGoal => goal,
            NumericInput::MarketingShare => share,
            NumericInput::DealSize => deal,
            NumericInput::WinRate => win,
            NumericInput::SalesCycle => cycle,
        };
        input.parse(text, EN).unwrap()
    });
    PlanInputs::from_typed(&values, parse_plan_month(month).unwrap())
}

fn derive(inputs: &PlanInputs) -> Plan {
    plan(inputs).unwrap()
}

/// Expected: customers (exact, as num/den), qualified leads per month, delivery month.
fn check(typed: Typed, customers: (u128, u128), leads: u128, delivery: &str) {
    let p = derive(&inputs(typed));
    assert_eq!(
        p.customers,
        Ratio::new(customers.0, customers.1).unwrap(),
        "customers for {typed:?}"
    );
    assert_eq!(p.leads_per_month, leads, "leads for {typed:?}");
    assert_eq!(
        p.delivery_month.to_string(),
        delivery,
        "delivery month for {typed:?}"
    );
}

#[test]
fn the_seed_worked_example_holds() {
    // $5,000 goal, $100 deals, 50 % win rate, all from marketing → 50 customers, 100 leads.
    let p = derive(&inputs(("5,000", "100", "100", "50", "0", "2026-06")));
    assert_eq!(p.marketing_revenue, Ratio::integer(5_000));
    assert_eq!(p.customers, Ratio::integer(50));
    assert_eq!(p.leads_per_month, 100);
    assert_eq!(p.lead_value, Ratio::integer(50));
    assert_eq!(p.delivery_month.to_string(), "2026-06");
}

#[test]
fn worked_cases() {
    // Customers are not rounded before dividing by the win rate: 12.5 customers at 50 % is 25.
    check(
        ("1250", "100", "100", "50", "0", "2026-06"),
        (25, 2),
        25,
        "2026-06",
    );
    // 33.33… leads round up to 34, not down.
    check(
        ("1000", "100", "100", "30", "1", "2026-06"),
        (10, 1),
        34,
        "2026-05",
    );
    // Marketing's share scales the revenue it must source.
    check(
        ("120,000", "40", "2,400", "25", "6", "2026-02"),
        (20, 1),
        80,
        "2025-08",
    );
    // A cycle reaching back across the year boundary, and the longest cycle.
    check(
        ("10000", "100", "500", "20", "3", "2026-01"),
        (20, 1),
        100,
        "2025-10",
    );
    check(
        ("10000", "100", "500", "20", "24", "2026-01"),
        (20, 1),
        100,
        "2024-01",
    );
    // Zero share or zero goal: nothing owed.
    check(
        ("10000", "0", "500", "20", "0", "2026-01"),
        (0, 1),
        0,
        "2026-01",
    );
    check(
        ("0", "100", "500", "20", "0", "2026-01"),
        (0, 1),
        0,
        "2026-01",
    );
}

#[test]
fn float_error_never_moves_a_rounded_quota() {
    // Naive f64 (goal × share ÷ deal ÷ win) gives 15.000000000000002 here, and ceil() 16.
    check(
        ("1500", "35", "100", "35", "0", "2026-06"),
        (21, 4),
        15,
        "2026-06",
    );
    // …and 165.00000000000003 here.
    check(
        ("1500", "55", "100", "5", "0", "2026-06"),
        (33, 4),
        165,
        "2026-06",
    );
}

#[test]
fn extreme_inputs_stay_finite() {
    let p = derive(&inputs((
        "1,000,000,000,000",
        "100",
        "0.01",
        "0.01",
        "24",
        "1972-01",
    )));
    assert_eq!(p.leads_per_month, 1_000_000_000_000_000_000);
    assert_eq!(p.delivery_month.to_string(), "1970-01");
    let days = pacing_targets(
        p.leads_per_month,
        &PacingDays::calendar(p.inputs.plan_month),
    )
    .unwrap();
    assert_eq!(
        days.last().unwrap().target,
        Ratio::integer(p.leads_per_month)
    );
}

#[test]
fn pacing_reaches_the_quota_on_the_last_day() {
    let june = YearMonth::parse("2026-06").unwrap();
    let days = pacing_targets(100, &PacingDays::calendar(june)).unwrap();
    assert_eq!(days.len(), 30);
    assert_eq!(days[0].target, Ratio::new(10, 3).unwrap());
    assert_eq!(days[14].target, Ratio::integer(50));
    assert_eq!(days[29].target, Ratio::integer(100));
    let days_in = |month: &str| {
        pacing_targets(29, &PacingDays::calendar(YearMonth::parse(month).unwrap())).unwrap()
    };
    assert_eq!(days_in("2024-02").len(), 29);
    assert_eq!(days_in("2026-02").len(), 28);
}

#[test]
fn derived_inputs_that_cannot_plan_are_typed_errors() {
    use sla_planner::engine::{ArithmeticError, PlanError};
    let ok = inputs(("5,000", "100", "100", "50", "0", "2026-06"));
    let zero_win = PlanInputs {
        win_rate: Ratio::ZERO,
        ..ok
    };
    assert_eq!(
        plan(&zero_win),
        Err(PlanError::Arithmetic(ArithmeticError::DivisionByZero))
    );
    let huge = PlanInputs {
        monthly_goal: Ratio::integer(u128::MAX),
        marketing_share: Ratio::new(3, 2).unwrap(),
        ..ok
    };
    assert_eq!(
        plan(&huge),
        Err(PlanError::Arithmetic(ArithmeticError::Overflow))
    );
    let too_early = PlanInputs {
        sales_cycle: 30,
        plan_month: YearMonth::parse("1972-01").unwrap(),
        ..ok
    };
    assert_eq!(plan(&too_early), Err(PlanError::MonthOutOfRange));
    // An exact derived rate (a third) enters the plan unrounded: 50 ÷ ⅓ = 150 leads.
    let third = PlanInputs {
        win_rate: Ratio::new(1, 3).unwrap(),
        ..ok
    };
    assert_eq!(derive(&third).leads_exact, Ratio::integer(150));
}

fn money() -> impl Strategy<Value = Decimal> {
    (0u128..=100_000_000_000_000).prop_map(Decimal::from_hundredths)
}
fn positive_money() -> impl Strategy<Value = Decimal> {
    (1u128..=100_000_000_000_000).prop_map(Decimal::from_hundredths)
}
fn percent() -> impl Strategy<Value = Decimal> {
    (0u128..=10_000).prop_map(Decimal::from_hundredths)
}
fn positive_percent() -> impl Strategy<Value = Decimal> {
    (1u128..=10_000).prop_map(Decimal::from_hundredths)
}
/// Typed values, as validation lets them through.
fn any_values() -> impl Strategy<Value = PerInput<Decimal>> {
    (
        money(),
        percent(),
        positive_money(),
        positive_percent(),
        0u128..=24,
    )
        .prop_map(|(goal, share, deal, win, cycle)| {
            PerInput::from_fn(|input| match input {
                NumericInput::MonthlyGoal => goal,
                NumericInput::MarketingShare => share,
                NumericInput::DealSize => deal,
                NumericInput::WinRate => win,
                NumericInput::SalesCycle => Decimal::whole(cycle),
            })
        })
}

fn any_inputs() -> impl Strategy<Value = PlanInputs> {
    (any_values(), 1972i32..=2997, 1u8..=12).prop_map(|(values, year, month)| {
        PlanInputs::from_typed(&values, YearMonth::new(year, month).unwrap())
    })
}

fn quota(i: &PlanInputs) -> u128 {
    derive(i).leads_per_month
}

proptest! {
    #[test]
    fn quota_covers_marketing_revenue(i in any_inputs()) {
        // quota × win rate × deal size ≥ marketing revenue, compared exactly.
        let p = derive(&i);
        let brings = |leads: u128| {
            Ratio::integer(leads).checked_mul(i.win_rate).and_then(|r| r.checked_mul(i.deal_size)).unwrap()
        };
        let owed = i.monthly_goal.checked_mul(i.marketing_share).unwrap();
        prop_assert!(brings(p.leads_per_month) >= owed);
        // …and one lead fewer would not cover it: the quota is the least that does.
        if p.leads_per_month > 0 {
            prop_assert!(brings(p.leads_per_month - 1) < owed);
        }
    }

    #[test]
    fn quota_is_monotone_in_goal_and_share(i in any_inputs(), more_goal in money(), more_share in percent()) {
        let higher_goal = PlanInputs { monthly_goal: i.monthly_goal.max(more_goal.to_ratio()), ..i };
        let higher_share = PlanInputs { marketing_share: i.marketing_share.max(more_share.per_cent()), ..i };
        prop_assert!(quota(&higher_goal) >= quota(&i));
        prop_assert!(quota(&higher_share) >= quota(&i));
    }

    #[test]
    fn quota_is_antitone_in_deal_size_and_win_rate(i in any_inputs(), deal in positive_money(), win in positive_percent()) {
        let bigger_deals = PlanInputs { deal_size: i.deal_size.max(deal.to_ratio()), ..i };
        let better_win = PlanInputs { win_rate: i.win_rate.max(win.per_cent()), ..i };
        prop_assert!(quota(&bigger_deals) <= quota(&i));
        prop_assert!(quota(&better_win) <= quota(&i));
    }

    #[test]
    fn pacing_is_cumulative_and_ends_at_the_quota(i in any_inputs()) {
        let p = derive(&i);
        let days = pacing_targets(p.leads_per_month, &PacingDays::calendar(i.plan_month)).unwrap();
        prop_assert_eq!(days.len(), usize::from(i.plan_month.days()));
        prop_assert!(days.windows(2).all(|w| w[0].target <= w[1].target));
        prop_assert_eq!(days.last().unwrap().target, Ratio::integer(p.leads_per_month));
    }

    #[test]
    fn parsing_never_panics_and_accepts_only_valid_values(
        text in prop_oneof![".{0,40}", "[-+ $€%0-9.,]{0,16}", "[0-9]{1,3}(,[0-9]{3}){0,5}(\\.[0-9]{0,3})?"],
        which in 0usize..5,
    ) {
        let input = NumericInput::ALL[which];
        if let Ok(value) = input.parse(&text, EN) {
            prop_assert!(value <= input.max());
            prop_assert!(!input.must_be_positive() || value > Decimal::ZERO);
        }
    }

    #[test]
    fn ratio_order_matches_cross_multiplication(
        a in 0u128..1_000_000, b in 1u128..1_000_000, c in 0u128..1_000_000, d in 1u128..1_000_000,
    ) {
        let (x, y) = (Ratio::new(a, b).unwrap(), Ratio::new(c, d).unwrap());
        prop_assert_eq!(x.cmp(&y), (a * d).cmp(&(c * b)));
    }

    #[test]
    fn typed_values_round_trip_through_canonical_text(values in any_values()) {
        for (input, &v) in values.iter() {
            prop_assert_eq!(input.parse(&v.canonical(), EN), Ok(v));
        }
    }
}

proptest! {
    #[test]
    fn ratio_arithmetic_matches_cross_multiplication(
        a in 0u128..1_000_000, b in 1u128..1_000_000, c in 0u128..1_000_000, d in 1u128..1_000_000,
    ) {
        let (x, y) = (Ratio::new(a, b).unwrap(), Ratio::new(c, d).unwrap());
        prop_assert_eq!(x.checked_add(y).unwrap(), Ratio::new(a * d + c * b, b * d).unwrap());
        prop_assert_eq!(x.checked_mul(y).unwrap(), Ratio::new(a * c, b * d).unwrap());
        if c > 0 {
            prop_assert_eq!(x.checked_div(y).unwrap(), Ratio::new(a * d, b * c).unwrap());
        }
        if x >= y {
            prop_assert_eq!(x.checked_sub(y).unwrap(), Ratio::new(a * d - c * b, b * d).unwrap());
        } else {
            prop_assert!(x.checked_sub(y).is_err());
        }
    }
}
