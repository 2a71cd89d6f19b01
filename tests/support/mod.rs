//! Fixtures shared by the native and the browser test files.

use sla_planner::engine::{worked_example, Decimal, HistoryMonth, NumericInput, Term, YearMonth};
use sla_planner::storage::{Agreement, Entry, PlanDoc};

/// The worked example for June 2026.
#[allow(dead_code)] // Not every test file uses every fixture.
pub fn example_plan() -> PlanDoc {
    PlanDoc::new(&worked_example(), YearMonth::new(2026, 6).unwrap())
}

/// A plan with every part filled in: a field left invalid, a month goal, history.
#[allow(dead_code)]
pub fn full_plan() -> PlanDoc {
    let mut doc = example_plan();
    doc.inputs[NumericInput::DealSize] = Entry {
        value: Decimal::whole(12),
        typed: Some("12,5".into()),
    };
    doc.horizon = 6;
    doc.month_goals = vec![(
        YearMonth::new(2026, 7).unwrap(),
        Entry::valid(Decimal::whole(6_000)),
    )];
    doc.history = vec![
        HistoryMonth {
            month: YearMonth::new(2025, 6).unwrap(),
            leads: 120,
            customers: 30,
            revenue: Decimal::from_hundredths(301_250),
            mqls: Some(400),
            sqls: None,
            opportunities: None,
        },
        HistoryMonth {
            month: YearMonth::new(2025, 7).unwrap(),
            leads: 0,
            customers: 0,
            revenue: Decimal::ZERO,
            mqls: None,
            sqls: None,
            opportunities: None,
        },
    ];
    doc.from_history.win_rate = true;
    doc
}

/// [`full_plan`] with the agreement's words: both signatories, the obligations, and two
/// definitions rewritten (one with markup, which is text like any other).
#[allow(dead_code)]
pub fn agreed_plan() -> PlanDoc {
    let mut doc = full_plan();
    doc.agreement = Agreement {
        marketing: "Ada Lovelace, VP Marketing".into(),
        sales: "Grace Hopper, Head of Sales".into(),
        obligations: "Every SQL followed up within one business day.\nThree connect attempts."
            .into(),
        terms: vec![
            (
                Term::Mql,
                "A lead with a score of 60 or more. Owner: marketing.".into(),
            ),
            (
                Term::ConnectAttempt,
                "A call or a <b>personal</b> email.".into(),
            ),
        ],
    };
    doc
}

/// Cases for a fuzz-style property: 10^5, or `FUZZ_CASES` for a longer run.
#[allow(dead_code)] // Not every test file fuzzes.
pub fn fuzz_cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000)
}
