//! The stored records, natively: every released schema still loads (migrated), the current
//! one round-trips, bad text never loads, and merges keep each tab's own edits.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sla_planner::engine::{plan, Decimal, NumericInput, PlanInputs, YearMonth};
use sla_planner::format::{Currency, Language, Locale, NumberFormat};
use sla_planner::storage::{
    saved_elsewhere, DecodeError, Document, Entry, PlanDoc, Record, Slot, Stored,
};
use support::{agreed_plan, example_plan, full_plan};

mod support;

const V1: &str = include_str!("fixtures/plan-v1.json");
const PLAN_V2: &str = include_str!("fixtures/plan-v2.json");
const PLAN_V3: &str = include_str!("fixtures/plan-v3.json");
const SETTINGS_V2: &str = include_str!("fixtures/settings-v2.json");

fn decode_plan(text: &str) -> Result<Stored<PlanDoc>, DecodeError> {
    PlanDoc::decode(text)
}

#[test]
fn schema_1_migrates_to_a_plan_and_settings() {
    let stored = decode_plan(V1).unwrap();
    assert_eq!(stored.revision, 0, "never saved in schema 2");
    let doc = stored.doc;
    assert_eq!(
        doc.inputs[NumericInput::MonthlyGoal],
        Entry::valid(Decimal::whole(120_000))
    );
    assert_eq!(doc.plan_month.value.to_string(), "2026-02");
    assert_eq!(doc.horizon, 3);
    assert!(doc.history.is_empty());
    let inputs = PlanInputs::from_typed(&doc.values(), doc.plan_month.value);
    assert_eq!(plan(&inputs).unwrap().leads_per_month, 80);
    let settings = Locale::from_legacy(V1).unwrap();
    assert_eq!(settings.currency, Currency::Eur);
    assert_eq!(settings.number_format, NumberFormat::DotComma);
    assert_eq!(Locale::decode(V1), Err(DecodeError::Unreadable));
}

#[test]
fn schema_2_fixtures_load() {
    let stored = decode_plan(PLAN_V2).unwrap();
    assert_eq!(stored.revision, 7);
    assert_eq!(stored.doc, full_plan());
    let settings = Locale::decode(SETTINGS_V2).unwrap();
    assert_eq!(settings.revision, 3);
    assert_eq!(
        settings.doc,
        Locale {
            currency: Currency::Chf,
            number_format: NumberFormat::SpaceComma,
            language: Language::English,
        }
    );
}

#[test]
fn the_schema_3_fixture_loads_with_the_agreement() {
    let stored = decode_plan(PLAN_V3).unwrap();
    assert_eq!(stored.revision, 8);
    assert_eq!(stored.doc, agreed_plan());
}

#[test]
fn an_agreement_with_unknown_repeated_or_overlong_words_is_unreadable() {
    let long = "x".repeat(sla_planner::engine::MAX_DEFINITION + 1);
    for (from, to) in [
        (r#""term":"mql""#, r#""term":"MQL""#),
        (r#""term":"mql""#, r#""term":"connect-attempt""#),
        ("A call or a", long.as_str()),
        (r#""sales":"Grace"#, r#""sales":7,"x":"Grace"#),
    ] {
        assert!(PLAN_V3.contains(from), "fixture text changed: {from}");
        let bad = PLAN_V3.replacen(from, to, 1);
        assert_eq!(decode_plan(&bad), Err(DecodeError::Unreadable), "{to}");
    }
}

#[test]
fn agreements_merge_field_by_field_and_term_by_term() {
    use sla_planner::engine::Term;
    let base = agreed_plan();
    let mut ours = base.clone();
    ours.agreement.sales = "Sales, ours".into();
    ours.agreement.terms.retain(|(t, _)| *t != Term::Mql);
    let mut theirs = base.clone();
    theirs.agreement.obligations = "Theirs".into();
    theirs
        .agreement
        .terms
        .push((Term::Lead, "Their lead".into()));
    let merged = PlanDoc::merge(&base, &ours, &theirs).agreement;
    assert_eq!(merged.sales, "Sales, ours");
    assert_eq!(merged.obligations, "Theirs");
    let terms: Vec<Term> = merged.terms.iter().map(|(t, _)| *t).collect();
    assert_eq!(
        terms,
        [Term::Lead, Term::ConnectAttempt],
        "ours removed MQL, theirs added Lead"
    );
}

#[test]
fn encode_then_decode_is_identity() {
    for doc in [example_plan(), full_plan(), agreed_plan()] {
        let back = decode_plan(&doc.encode(41)).unwrap();
        assert_eq!(back, Stored { doc, revision: 41 });
    }
    let locale = Locale {
        currency: Currency::Gbp,
        ..Locale::default()
    };
    assert_eq!(
        Locale::decode(&locale.encode(2)),
        Ok(Stored {
            doc: locale,
            revision: 2
        })
    );
}

#[test]
fn a_field_left_invalid_is_kept_as_typed() {
    let text = full_plan().encode(1);
    assert!(
        text.contains(r#""deal_size":{"value":"12","typed":"12,5"}"#),
        "{text}"
    );
}

#[test]
fn unreadable_and_foreign_records_are_refused() {
    let cases = [
        "",
        "{not json",
        "null",
        "[]",
        r#"{"hello":1}"#,
        r#"{"schema":0}"#,
        r#"{"schema":1}"#,
        r#"{"schema":2}"#,
        r#"{"schema":"2"}"#,
        r#"{"schema":-1}"#,
    ];
    for text in cases {
        assert_eq!(decode_plan(text), Err(DecodeError::Unreadable), "{text:?}");
        assert_eq!(
            Locale::decode(text),
            Err(DecodeError::Unreadable),
            "{text:?}"
        );
    }
}

#[test]
fn values_the_engine_refuses_make_the_record_unreadable() {
    let good = full_plan().encode(1);
    for (from, to) in [
        (
            r#""win_rate":{"value":"50"}"#,
            r#""win_rate":{"value":"0"}"#,
        ),
        (
            r#""deal_size":{"value":"12""#,
            r#""deal_size":{"value":"12.345""#,
        ),
        (
            r#""win_rate":{"value":"50"}"#,
            r#""win_rate":{"value":"150"}"#,
        ),
        (
            r#""sales_cycle":{"value":"3"}"#,
            r#""sales_cycle":{"value":"2.5"}"#,
        ),
        (
            r#""plan_month":{"value":"2026-06"}"#,
            r#""plan_month":{"value":"1971-01"}"#,
        ),
        (r#""horizon":6"#, r#""horizon":25"#),
        (r#""horizon":6"#, r#""horizon":0"#),
        (r#""month":"2025-07""#, r#""month":"2025-06""#),
        (r#""leads":120"#, r#""leads":-1"#),
        (r#""leads":120"#, r#""leads":1.5"#),
        (r#""leads":120"#, r#""leads":1000000000001"#),
        (r#""revenue":"3012.5""#, r#""revenue":"-3""#),
    ] {
        assert!(
            good.contains(from),
            "fixture text changed: {from} in {good}"
        );
        let bad = good.replacen(from, to, 1);
        assert_eq!(decode_plan(&bad), Err(DecodeError::Unreadable), "{to}");
    }
    // Text too long to be a typo worth showing again is dropped; the plan still loads.
    let long = format!(r#""typed":"{}""#, "x".repeat(201));
    let doc = decode_plan(&good.replace(r#""typed":"12,5""#, &long))
        .unwrap()
        .doc;
    assert_eq!(
        doc.inputs[NumericInput::DealSize],
        Entry::valid(Decimal::whole(12))
    );
    let settings = Locale::default().encode(1);
    for (from, to) in [(r#""USD""#, r#""XYZ""#), (r#""en""#, r#""xx""#)] {
        let bad = settings.replace(from, to);
        assert_eq!(Locale::decode(&bad), Err(DecodeError::Unreadable), "{to}");
    }
}

#[test]
fn newer_schemas_are_recognised_not_overwritten() {
    assert_eq!(
        decode_plan(r#"{"schema":4}"#),
        Err(DecodeError::NewerSchema(4))
    );
    assert_eq!(
        Locale::decode(r#"{"schema":999,"anything":[1,2]}"#),
        Err(DecodeError::NewerSchema(999))
    );
}

/// The example with `text` typed over the deal size and left invalid.
fn deal_size_typed(text: &str) -> PlanDoc {
    let mut doc = example_plan();
    doc.inputs[NumericInput::DealSize].typed = Some(text.into());
    doc
}

#[test]
fn merges_keep_this_tabs_edits_and_take_the_rest() {
    let base = example_plan();
    // This tab is fixing the deal size: half typed, not yet valid.
    let ours = deal_size_typed("12,");
    let mut theirs = base.clone();
    theirs.inputs[NumericInput::DealSize] = Entry::valid(Decimal::whole(90));
    theirs.inputs[NumericInput::WinRate] = Entry::valid(Decimal::whole(40));
    theirs.horizon = 12;
    let merged = PlanDoc::merge(&base, &ours, &theirs);
    // The half-typed text stays; the value the other tab saved is not reverted.
    assert_eq!(
        merged.inputs[NumericInput::DealSize],
        Entry {
            value: Decimal::whole(90),
            typed: Some("12,".into())
        }
    );
    assert_eq!(
        merged.inputs[NumericInput::WinRate],
        Entry::valid(Decimal::whole(40))
    );
    assert_eq!(merged.horizon, 12);
    let locale = Locale::default();
    let ours = Locale {
        currency: Currency::Eur,
        ..locale
    };
    let theirs = Locale {
        number_format: NumberFormat::DotComma,
        ..locale
    };
    let merged = Locale::merge(&locale, &ours, &theirs);
    assert_eq!(
        (merged.currency, merged.number_format),
        (Currency::Eur, NumberFormat::DotComma)
    );
}

#[test]
fn month_goals_merge_month_by_month() {
    let month = |text: &str| YearMonth::parse(text).unwrap();
    let goal = |n: u128| Entry::valid(Decimal::whole(n));
    let mut base = example_plan();
    base.month_goals = vec![
        (month("2026-07"), goal(6_000)),
        (month("2026-08"), goal(7_000)),
    ];
    // This tab changes July and removes August; the other adds September and edits August.
    let mut ours = base.clone();
    ours.month_goals = vec![(month("2026-07"), goal(6_500))];
    let mut theirs = base.clone();
    theirs.month_goals = vec![
        (month("2026-07"), goal(6_000)),
        (month("2026-08"), goal(7_700)),
        (month("2026-09"), goal(8_000)),
    ];
    let merged = PlanDoc::merge(&base, &ours, &theirs);
    assert_eq!(
        merged.month_goals,
        [
            (month("2026-07"), goal(6_500)),
            (month("2026-09"), goal(8_000)),
        ]
    );
    // A goal only the other tab touched follows it, even a removal.
    let mut theirs = base.clone();
    theirs.month_goals.clear();
    let merged = PlanDoc::merge(&base, &base, &theirs);
    assert!(merged.month_goals.is_empty());
}

#[test]
fn a_newer_record_nested_deeply_or_with_fractions_still_stops_saving() {
    let text = format!(
        r#"{{"schema":4,"weights":[0.25,1e-3],"tree":{}"\ud800"{}}}"#,
        "[".repeat(60),
        "]".repeat(60)
    );
    assert_eq!(decode_plan(&text), Err(DecodeError::NewerSchema(4)));
}

#[test]
fn another_tabs_save_is_recognised_only_for_its_key() {
    let text = example_plan().encode(3);
    let stored = Stored {
        doc: example_plan(),
        revision: 3,
    };
    assert_eq!(
        saved_elsewhere::<PlanDoc>(Slot::Plan, Some("sla-planner/plan"), Some(&text)),
        Some(Ok(stored))
    );
    assert_eq!(
        saved_elsewhere::<PlanDoc>(Slot::Plan, Some("sla-planner/settings"), Some(&text)),
        None
    );
    assert_eq!(
        saved_elsewhere::<PlanDoc>(Slot::Plan, Some("other"), Some(&text)),
        None
    );
    assert_eq!(
        saved_elsewhere::<PlanDoc>(Slot::Plan, None, None),
        None,
        "clear()"
    );
    assert_eq!(
        saved_elsewhere::<PlanDoc>(Slot::Plan, Some("sla-planner/plan"), None),
        None,
        "removed"
    );
    assert_eq!(
        saved_elsewhere::<PlanDoc>(
            Slot::Plan,
            Some("sla-planner/plan"),
            Some(r#"{"schema":7}"#)
        ),
        Some(Err(DecodeError::NewerSchema(7)))
    );
}

proptest! {
    #[test]
    fn decode_never_panics(text in ".{0,200}") {
        let _ = decode_plan(&text);
        let _ = Locale::decode(&text);
    }

    #[test]
    fn decode_never_panics_on_mangled_records(cut in 0usize..600, flip in 0usize..600, bit in 0u8..8) {
        let mut bytes = full_plan().encode(5).into_bytes();
        let flip = flip % bytes.len();
        bytes[flip] ^= 1 << bit;
        bytes.truncate(cut.min(bytes.len()));
        let _ = decode_plan(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn a_merge_with_no_edits_on_one_side_is_the_other_side(goal in 0u128..10_000_000, horizon in 1u32..=24) {
        let base = example_plan();
        let mut theirs = base.clone();
        theirs.inputs[NumericInput::MonthlyGoal] = Entry::valid(Decimal::from_hundredths(goal));
        theirs.horizon = horizon;
        prop_assert_eq!(&PlanDoc::merge(&base, &base, &theirs), &theirs);
        prop_assert_eq!(&PlanDoc::merge(&base, &theirs, &base), &theirs);
    }
}

#[test]
fn two_tabs_fixing_the_same_field_converge_on_the_later_save() {
    let base = example_plan();
    let (a, b) = (deal_size_typed("12,"), deal_size_typed("abc"));
    // A saved `a`; B, still fixing, merges A's save and keeps its own text, then saves `b`.
    assert_eq!(PlanDoc::merge(&base, &b, &a), b);
    // A, whose base is now its own save, takes B's later save: nothing left to write back.
    assert_eq!(PlanDoc::merge(&a, &a, &b), b);
}

#[test]
fn a_fix_made_in_another_tab_is_not_undone_by_a_tab_that_only_received_the_text() {
    // This tab shows "12," because the other tab saved it, then the other tab fixes it.
    let received = deal_size_typed("12,");
    let mut fixed = example_plan();
    fixed.inputs[NumericInput::DealSize] = Entry::valid(Decimal::whole(250));
    let merged = PlanDoc::merge(&received, &received, &fixed);
    assert_eq!(merged, fixed);
}

mod problems_by_part {
    use super::*;
    use sla_planner::storage::{problems, RecordPart};

    #[test]
    fn a_readable_record_or_something_else_entirely_has_no_part_to_name() {
        assert_eq!(problems(PLAN_V3), []);
        for text in ["not json", "[]", r#"{"schema":999}"#, V1] {
            assert_eq!(problems(text), [], "{text}");
        }
    }

    #[test]
    fn every_part_that_cannot_be_read_is_named_at_once() {
        let bad = PLAN_V3
            .replacen(
                r#""win_rate":{"value":"50"}"#,
                r#""win_rate":{"value":"150"}"#,
                1,
            )
            .replacen(r#""2026-06"}"#, r#""2026-13"}"#, 1)
            .replacen(r#""revenue":"0""#, r#""revenue":"lots""#, 1)
            .replacen(r#""horizon":6"#, r#""horizon":25"#, 1);
        assert_eq!(
            problems(&bad),
            [
                RecordPart::Input(NumericInput::WinRate),
                RecordPart::PlanMonth,
                RecordPart::History(Some(2)),
                RecordPart::Horizon,
            ]
        );
        assert_eq!(decode_plan(&bad), Err(DecodeError::Unreadable));
    }

    #[test]
    fn months_out_of_order_are_the_list_s_problem() {
        let swapped = PLAN_V3.replacen(r#""month":"2025-07""#, r#""month":"2025-05""#, 1);
        assert_eq!(problems(&swapped), [RecordPart::History(None)]);
    }
}
