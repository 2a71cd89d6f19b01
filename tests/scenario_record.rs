//! A saved scenario's record, natively: the plan record plus a name and a time of change. The
//! released fixture loads, records round-trip, names are checked, and a scenario's record
//! still reads as a plan (to import it, or open it from a link).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sla_planner::storage::{
    parse_name, DecodeError, NameError, PlanDoc, Record, Scenario, Slot, Stored, MAX_NAME,
};
use support::{example_plan, full_plan};

mod support;

const SCENARIO_V2: &str = include_str!("fixtures/scenario-v2.json");
const SCENARIO_V3: &str = include_str!("fixtures/scenario-v3.json");
const PLAN_V2: &str = include_str!("fixtures/plan-v2.json");

#[test]
fn the_released_fixture_loads() {
    let stored = Scenario::decode(SCENARIO_V2).unwrap();
    assert_eq!(stored.revision, 4);
    assert_eq!(stored.doc.name, "Win rate 18 % <draft>");
    assert_eq!(stored.doc.changed, 1_764_000_000_000);
    assert_eq!(stored.doc.plan, full_plan());
}

#[test]
fn a_scenario_reads_as_its_plan_and_a_plan_is_no_scenario() {
    assert_eq!(PlanDoc::decode(SCENARIO_V2).unwrap().doc, full_plan());
    assert_eq!(Scenario::decode(PLAN_V2), Err(DecodeError::Unreadable));
    // The plan's own record never carries a scenario's fields.
    assert!(!full_plan().encode(1).contains("scenario"));
}

#[test]
fn names_are_trimmed_and_bounded() {
    assert_eq!(parse_name("  Q1 base  "), Ok("Q1 base".to_string()));
    assert_eq!(parse_name(" \t "), Err(NameError::Empty));
    assert_eq!(parse_name(&"é".repeat(MAX_NAME)), Ok("é".repeat(MAX_NAME)));
    assert_eq!(
        parse_name(&"é".repeat(MAX_NAME + 1)),
        Err(NameError::TooLong)
    );
    assert_eq!(parse_name("<b>&amp;</b>"), Ok("<b>&amp;</b>".to_string()));
}

#[test]
fn a_record_with_a_bad_name_or_time_is_unreadable() {
    let with = |header: &str| {
        SCENARIO_V2.replace(
            r#""name":"Win rate 18 % <draft>","changed":1764000000000"#,
            header,
        )
    };
    for header in [
        r#""name":"   ","changed":1"#,
        r#""name":"x","changed":-1"#,
        r#""name":"x","changed":"1""#,
        r#""name":7,"changed":1"#,
        r#""changed":1"#,
    ] {
        assert_eq!(
            Scenario::decode(&with(header)),
            Err(DecodeError::Unreadable),
            "{header}"
        );
    }
    let long = format!(r#""name":"{}","changed":1"#, "x".repeat(MAX_NAME + 1));
    assert_eq!(Scenario::decode(&with(&long)), Err(DecodeError::Unreadable));
}

#[test]
fn a_newer_scenario_is_recognised() {
    let newer = SCENARIO_V2.replace(r#""schema":2"#, r#""schema":4"#);
    assert_eq!(Scenario::decode(&newer), Err(DecodeError::NewerSchema(4)));
}

#[test]
fn scenario_keys_are_their_own() {
    let key = |id| {
        sla_planner::storage::Key::Doc(Slot::Scenario(id))
            .as_str()
            .into_owned()
    };
    assert_eq!(key(1_764_000_000_000), "sla-planner/scenario-1764000000000");
    assert_eq!(Slot::scenario(&key(42)), Some(42));
    assert_eq!(Slot::scenario("sla-planner/plan"), None);
}

proptest! {
    #[test]
    fn encode_then_decode_is_identity(
        name in "[^\u{0}-\u{1f}]{1,80}",
        changed in 0u64..(1 << 53),
        revision in 0u64..(1 << 53),
        full in proptest::bool::ANY,
    ) {
        prop_assume!(!name.trim().is_empty());
        let scenario = Scenario {
            name: name.trim().to_string(),
            changed,
            plan: if full { full_plan() } else { example_plan() },
        };
        let decoded = Scenario::decode(&scenario.encode(revision));
        prop_assert_eq!(decoded, Ok(Stored { doc: scenario, revision }));
    }

    #[test]
    fn decode_never_panics_on_mangled_records(cut in 0usize..800, flip in 0usize..800, bit in 0u8..8) {
        let mut bytes = SCENARIO_V2.as_bytes().to_vec();
        let flip = flip % bytes.len();
        bytes[flip] ^= 1 << bit;
        bytes.truncate(cut.min(bytes.len()));
        let _ = Scenario::decode(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn the_schema_3_scenario_fixture_loads_with_its_agreement() {
    let stored = Scenario::decode(SCENARIO_V3).unwrap();
    assert_eq!(stored.doc.name, "Agreed <b>Q3</b>");
    assert_eq!(stored.doc.changed, 1_790_000_000_000);
    assert_eq!(stored.doc.plan, support::agreed_plan());
    assert_eq!(stored.revision, 8);
}

mod library_file {
    use super::*;
    use sla_planner::engine::NumericInput;
    use sla_planner::storage::{library_file, read_library_file, RecordPart, Saved, Stored};

    fn saved(id: u64, name: &str) -> Saved {
        Saved {
            id,
            stored: Stored {
                doc: Scenario {
                    name: name.into(),
                    changed: id,
                    plan: support::agreed_plan(),
                },
                revision: 3,
            },
        }
    }

    #[test]
    fn a_library_exported_reads_back_scenario_by_scenario() {
        let all = [saved(2, "Q1 <b>base</b>"), saved(1, "Win rate 18 %")];
        let file = library_file(&all);
        let back = read_library_file(&file).unwrap().unwrap();
        let docs: Vec<Scenario> = all.into_iter().map(|s| s.stored.doc).collect();
        assert_eq!(back, docs);
        assert_eq!(
            read_library_file(r#"{"library":1,"scenarios":[]}"#),
            Some(Ok(vec![]))
        );
    }

    proptest! {
        #[test]
        fn a_library_exported_imports_as_it_was(
            names in proptest::collection::vec("[^\u{0}-\u{1f}]{1,80}", 0..6),
            obligations in "\\PC{0,300}",
        ) {
            let all: Vec<Saved> = names
                .iter()
                .filter(|n| !n.trim().is_empty())
                .enumerate()
                .map(|(i, n)| {
                    let mut s = saved(i as u64, n.trim());
                    s.stored.doc.plan.agreement.obligations = obligations.clone();
                    s
                })
                .collect();
            let back = read_library_file(&library_file(&all)).unwrap().unwrap();
            let docs: Vec<Scenario> = all.into_iter().map(|s| s.stored.doc).collect();
            prop_assert_eq!(back, docs);
        }
    }

    #[test]
    fn the_released_library_file_loads() {
        let file = include_str!("fixtures/library-v1.json");
        let scenarios = read_library_file(file).unwrap().unwrap();
        let names: Vec<&str> = scenarios.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names[1], "Agreed <b>Q3</b>");
        assert_eq!(scenarios[1].plan, support::agreed_plan());
        assert_eq!(scenarios.len(), 2);
    }

    #[test]
    fn one_bad_scenario_is_named_by_its_place_and_nothing_is_read() {
        let file = library_file(&[saved(3, "A"), saved(2, "B"), saved(1, "C")]);
        let bad = file.replacen(r#""name":"B""#, r#""name":"  ""#, 1);
        assert_eq!(
            read_library_file(&bad),
            Some(Err(vec![(2, vec![RecordPart::Scenario])]))
        );
        let mut worse = bad.replacen(
            r#""win_rate":{"value":"50"}"#,
            r#""win_rate":{"value":"x"}"#,
            1,
        );
        let last = worse.rfind(r#""schema":3"#).unwrap();
        worse.replace_range(last..last + 10, r#""schema":9"#);
        assert_eq!(
            read_library_file(&worse),
            Some(Err(vec![
                (1, vec![RecordPart::Input(NumericInput::WinRate)]),
                (2, vec![RecordPart::Scenario]),
                (3, vec![]),
            ])),
            "parts by scenario; a newer schema's parts are not judged"
        );
        let newer = file.replacen(r#""library":1"#, r#""library":2"#, 1);
        assert_eq!(read_library_file(&newer), Some(Err(Vec::new())));
    }

    #[test]
    fn a_plan_or_anything_else_is_not_a_library_file() {
        assert_eq!(read_library_file(&support::full_plan().encode(1)), None);
        for text in ["", "[]", r#"{"scenarios":[]}"#, r#"{"library":1}"#] {
            assert_eq!(read_library_file(text), None, "{text}");
        }
    }
}
