//! The stored record, natively: every released schema still loads, and bad text never does.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sla_planner::engine::{plan, Decimal, NumericInput, PlanInputs};
use sla_planner::format::{Currency, NumberFormat};
use sla_planner::storage::{decode, encode, DecodeError};
use support::example_plan as example;

mod support;

#[test]
fn schema_1_fixture_still_loads() {
    let saved = decode(include_str!("fixtures/plan-v1.json")).unwrap();
    assert_eq!(
        saved.values[NumericInput::MonthlyGoal],
        Decimal::whole(120_000)
    );
    assert_eq!(saved.plan_month.to_string(), "2026-02");
    assert_eq!(saved.locale.currency, Currency::Eur);
    assert_eq!(saved.locale.number_format, NumberFormat::DotComma);
    let inputs = PlanInputs::from_typed(&saved.values, saved.plan_month);
    assert_eq!(plan(&inputs).unwrap().leads_per_month, 80);
}

#[test]
fn encode_then_decode_is_identity() {
    let mut saved = example();
    saved.values[NumericInput::DealSize] = Decimal::from_hundredths(12_345);
    saved.locale.number_format = NumberFormat::SpaceComma;
    assert_eq!(decode(&encode(&saved)), Ok(saved));
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
        r#"{"schema":"1"}"#,
        r#"{"schema":-1}"#,
    ];
    for text in cases {
        assert_eq!(decode(text), Err(DecodeError::Unreadable), "{text:?}");
    }
}

#[test]
fn values_the_engine_refuses_make_the_record_unreadable() {
    let good = encode(&example());
    for (from, to) in [
        (r#""deal_size":"100""#, r#""deal_size":"0""#),
        (r#""win_rate":"50""#, r#""win_rate":"150""#),
        (r#""sales_cycle":"3""#, r#""sales_cycle":"2.5""#),
        (r#""plan_month":"2026-06""#, r#""plan_month":"June""#),
        (r#""currency":"USD""#, r#""currency":"XYZ""#),
    ] {
        assert!(good.contains(from), "fixture text changed: {from}");
        let bad = good.replace(from, to);
        assert_eq!(decode(&bad), Err(DecodeError::Unreadable), "{to}");
    }
}

#[test]
fn newer_schemas_are_recognised_not_overwritten() {
    assert_eq!(decode(r#"{"schema":2}"#), Err(DecodeError::NewerSchema(2)));
    assert_eq!(
        decode(r#"{"schema":999,"anything":[1,2]}"#),
        Err(DecodeError::NewerSchema(999))
    );
}

proptest! {
    #[test]
    fn decode_never_panics(text in ".{0,200}") {
        let _ = decode(&text);
    }

    #[test]
    fn decode_never_panics_on_mangled_records(cut in 0usize..200, flip in 0usize..200) {
        let mut bytes = encode(&example()).into_bytes();
        let flip = flip % bytes.len();
        bytes[flip] ^= 0x20;
        bytes.truncate(cut.min(bytes.len()));
        let _ = decode(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn another_tabs_save_is_recognised_only_for_the_plan_key() {
    use sla_planner::storage::saved_elsewhere;
    let text = encode(&example());
    assert_eq!(
        saved_elsewhere(Some("sla-planner/plan"), Some(&text)),
        Some(Ok(example()))
    );
    assert_eq!(saved_elsewhere(Some("other"), Some(&text)), None);
    assert_eq!(saved_elsewhere(None, None), None, "clear()");
    assert_eq!(
        saved_elsewhere(Some("sla-planner/plan"), None),
        None,
        "removed"
    );
    assert_eq!(
        saved_elsewhere(Some("sla-planner/plan"), Some(r#"{"schema":7}"#)),
        Some(Err(DecodeError::NewerSchema(7)))
    );
}
