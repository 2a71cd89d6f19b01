//! The storage module in a real browser's localStorage: what loads, what is kept aside, and
//! what is never overwritten.
#![cfg(target_arch = "wasm32")]

use sla_planner::engine::Decimal;
use sla_planner::storage::{self, encode, Key, LoadProblem, StorageError};
use support::example_plan as example;

mod support;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fresh() -> web_sys::Storage {
    let s = local();
    s.clear().unwrap();
    s
}

#[wasm_bindgen_test]
fn nothing_stored_loads_nothing_and_may_save() {
    fresh();
    let loaded = storage::load(1);
    assert_eq!(loaded.plan, None);
    assert_eq!(loaded.problem, None);
    assert!(loaded.can_save);
}

#[wasm_bindgen_test]
fn a_saved_plan_loads_back() {
    let s = fresh();
    let mut plan = example();
    plan.values[sla_planner::engine::NumericInput::MonthlyGoal] = Decimal::whole(12_500);
    storage::save(&plan).unwrap();
    assert_eq!(s.get_item("sla-planner/plan").unwrap(), Some(encode(&plan)));
    assert_eq!(storage::load(1).plan, Some(plan));
}

#[wasm_bindgen_test]
fn an_unreadable_record_is_kept_aside_verbatim() {
    let s = fresh();
    s.set_item("sla-planner/plan", "{not json").unwrap();
    let loaded = storage::load(42);
    let backup = Key::Unreadable(42).as_str().into_owned();
    assert_eq!(loaded.plan, None);
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::Unreadable {
            backup_key: backup.clone()
        })
    );
    assert!(loaded.can_save);
    assert_eq!(s.get_item(&backup).unwrap().as_deref(), Some("{not json"));
    assert_eq!(s.get_item("sla-planner/plan").unwrap(), None);
}

#[wasm_bindgen_test]
fn an_existing_backup_is_never_overwritten() {
    let s = fresh();
    s.set_item("sla-planner/plan.unreadable-7", "older")
        .unwrap();
    s.set_item("sla-planner/plan", r#"{"hello":1}"#).unwrap();
    let loaded = storage::load(7);
    assert_eq!(
        s.get_item("sla-planner/plan.unreadable-7")
            .unwrap()
            .as_deref(),
        Some("older")
    );
    assert_eq!(
        s.get_item("sla-planner/plan.unreadable-8")
            .unwrap()
            .as_deref(),
        Some(r#"{"hello":1}"#)
    );
    assert!(matches!(
        loaded.problem,
        Some(LoadProblem::Unreadable { .. })
    ));
}

#[wasm_bindgen_test]
fn a_save_never_overwrites_a_newer_record_written_since_loading() {
    let s = fresh();
    assert!(storage::load(1).can_save);
    let newer = r#"{"schema":2}"#;
    s.set_item("sla-planner/plan", newer).unwrap();
    assert_eq!(storage::save(&example()), Err(StorageError::Superseded));
    assert_eq!(
        s.get_item("sla-planner/plan").unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn a_newer_record_is_left_alone_and_saving_is_off() {
    let s = fresh();
    let newer = r#"{"schema":999,"future":true}"#;
    s.set_item("sla-planner/plan", newer).unwrap();
    let loaded = storage::load(1);
    assert_eq!(loaded.problem, Some(LoadProblem::NewerVersion));
    assert!(!loaded.can_save);
    assert_eq!(
        s.get_item("sla-planner/plan").unwrap().as_deref(),
        Some(newer)
    );
    assert_eq!(s.length().unwrap(), 1, "no backup or other key written");
}
