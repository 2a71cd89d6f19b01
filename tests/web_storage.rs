//! The storage module in a real browser's localStorage (and the browser's JSON): what loads,
//! what is kept aside, what is never overwritten, and how saves from two tabs meet.
#![cfg(target_arch = "wasm32")]

use sla_planner::engine::{Decimal, NumericInput};
use sla_planner::format::{Currency, Locale, NumberFormat};
use sla_planner::storage::{
    self, Entry, Key, LoadProblem, PlanDoc, Record, Slot, StorageError, Stored,
};
use support::{example_plan, full_plan};

mod support;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLAN: &str = "sla-planner/plan";
const SETTINGS: &str = "sla-planner/settings";

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fresh() -> web_sys::Storage {
    let s = local();
    s.clear().unwrap();
    s
}

fn never_saved(doc: PlanDoc) -> Stored<PlanDoc> {
    Stored { doc, revision: 0 }
}

#[wasm_bindgen_test]
fn nothing_stored_loads_nothing_and_may_save() {
    fresh();
    let loaded = storage::load::<PlanDoc>(Slot::Plan, 1);
    assert_eq!(loaded.stored, None);
    assert_eq!(loaded.problem, None);
    assert!(loaded.can_save && !loaded.migrated);
}

#[wasm_bindgen_test]
fn the_browser_reads_every_fixture() {
    let plan = PlanDoc::decode(include_str!("fixtures/plan-v2.json")).unwrap();
    assert_eq!(plan.doc, full_plan());
    let settings = Locale::decode(include_str!("fixtures/settings-v2.json")).unwrap();
    assert_eq!(settings.doc.currency, Currency::Chf);
    let migrated = PlanDoc::decode(include_str!("fixtures/plan-v1.json")).unwrap();
    assert_eq!(migrated.revision, 0);
    let scenario = storage::Scenario::decode(include_str!("fixtures/scenario-v2.json")).unwrap();
    assert_eq!(scenario.doc.plan, full_plan());
    let doc = full_plan();
    assert_eq!(
        PlanDoc::decode(&doc.encode(9)),
        Ok(Stored { doc, revision: 9 })
    );
}

#[wasm_bindgen_test]
fn a_saved_plan_loads_back_with_its_revision() {
    let s = fresh();
    let saved = storage::save(Slot::Plan, &never_saved(example_plan()), &full_plan(), 1).unwrap();
    assert_eq!(saved.revision, 1);
    assert_eq!(s.get_item(PLAN).unwrap(), Some(full_plan().encode(1)));
    let again = storage::save(Slot::Plan, &saved, &example_plan(), 1).unwrap();
    assert_eq!(again.revision, 2);
    assert_eq!(storage::load::<PlanDoc>(Slot::Plan, 1).stored, Some(again));
}

#[wasm_bindgen_test]
fn a_schema_1_record_migrates_into_two_documents() {
    let s = fresh();
    s.set_item(PLAN, include_str!("fixtures/plan-v1.json"))
        .unwrap();
    let plan = storage::load::<PlanDoc>(Slot::Plan, 1);
    let settings = storage::load::<Locale>(Slot::Settings, 1);
    assert!(plan.migrated && settings.migrated);
    let locale = settings.stored.clone().unwrap().doc;
    assert_eq!(locale.number_format, NumberFormat::DotComma);
    // The settings are written first, then the plan: nothing of schema 1 is lost.
    storage::save(Slot::Settings, &settings.stored.unwrap(), &locale, 1).unwrap();
    storage::save(
        Slot::Plan,
        &plan.stored.clone().unwrap(),
        &plan.stored.unwrap().doc,
        1,
    )
    .unwrap();
    assert_eq!(
        storage::load::<Locale>(Slot::Settings, 1)
            .stored
            .unwrap()
            .doc,
        locale
    );
    assert!(s.get_item(PLAN).unwrap().unwrap().contains(r#""schema":3"#));
    assert!(!storage::load::<PlanDoc>(Slot::Plan, 1).migrated);
}

#[wasm_bindgen_test]
fn an_unreadable_record_is_kept_aside_verbatim() {
    let s = fresh();
    s.set_item(PLAN, "{not json").unwrap();
    let loaded = storage::load::<PlanDoc>(Slot::Plan, 42);
    let backup_key = Key::Unreadable(Slot::Plan, 42);
    let backup = backup_key.as_str().into_owned();
    assert_eq!(loaded.stored, None);
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::Unreadable {
            slot: Slot::Plan,
            backup_key
        })
    );
    assert!(loaded.can_save);
    assert_eq!(s.get_item(&backup).unwrap().as_deref(), Some("{not json"));
    assert_eq!(s.get_item(PLAN).unwrap(), None);
}

#[wasm_bindgen_test]
fn records_kept_aside_are_listed_newest_first_read_and_deleted_only_as_kept() {
    let s = fresh();
    s.set_item("sla-planner/plan.unreadable-5", "old").unwrap();
    s.set_item("sla-planner/settings.unreadable-9", "newer")
        .unwrap();
    s.set_item("sla-planner/plan.unreadable-x", "not ours")
        .unwrap();
    s.set_item("other-app/plan.unreadable-7", "not ours")
        .unwrap();
    let kept = storage::kept_aside();
    assert_eq!(
        kept,
        [
            Key::Unreadable(Slot::Settings, 9),
            Key::Unreadable(Slot::Plan, 5)
        ]
    );
    assert_eq!(storage::read_kept(kept[1]).as_deref(), Some("old"));
    // A document's own key is never deleted as if it were kept aside.
    s.set_item(PLAN, "{}").unwrap();
    assert!(storage::delete_kept(Key::Doc(Slot::Plan)).is_err());
    assert_eq!(s.get_item(PLAN).unwrap().as_deref(), Some("{}"));
    storage::delete_kept(kept[1]).unwrap();
    assert_eq!(storage::kept_aside(), [Key::Unreadable(Slot::Settings, 9)]);
}

#[wasm_bindgen_test]
fn an_existing_backup_is_never_overwritten() {
    let s = fresh();
    s.set_item("sla-planner/settings.unreadable-7", "older")
        .unwrap();
    s.set_item(SETTINGS, r#"{"hello":1}"#).unwrap();
    let loaded = storage::load::<Locale>(Slot::Settings, 7);
    let item = |k: &str| s.get_item(k).unwrap();
    assert_eq!(
        item("sla-planner/settings.unreadable-7").as_deref(),
        Some("older")
    );
    assert_eq!(
        item("sla-planner/settings.unreadable-8").as_deref(),
        Some(r#"{"hello":1}"#)
    );
    assert!(matches!(
        loaded.problem,
        Some(LoadProblem::Unreadable { .. })
    ));
}

#[wasm_bindgen_test]
fn a_save_never_overwrites_a_newer_schema_written_since_loading() {
    let s = fresh();
    let newer = r#"{"schema":4}"#;
    s.set_item(PLAN, newer).unwrap();
    let result = storage::save(Slot::Plan, &never_saved(example_plan()), &full_plan(), 1);
    assert_eq!(result, Err(StorageError::Superseded));
    assert_eq!(s.get_item(PLAN).unwrap().as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn a_save_backs_up_an_unreadable_record_another_tab_wrote_before_replacing_it() {
    let s = fresh();
    s.set_item(PLAN, "garbage from elsewhere").unwrap();
    let saved = storage::save(Slot::Plan, &never_saved(example_plan()), &full_plan(), 5).unwrap();
    assert_eq!(saved.doc, full_plan());
    let backup = Key::Unreadable(Slot::Plan, 5).as_str().into_owned();
    assert_eq!(
        s.get_item(&backup).unwrap().as_deref(),
        Some("garbage from elsewhere")
    );
}

#[wasm_bindgen_test]
fn a_save_merges_a_newer_revision_field_by_field() {
    let s = fresh();
    let base = storage::save(Slot::Plan, &never_saved(example_plan()), &example_plan(), 1).unwrap();
    // Another tab saves a new win rate.
    let mut theirs = example_plan();
    theirs.inputs[NumericInput::WinRate] = Entry::valid(Decimal::whole(40));
    s.set_item(PLAN, &theirs.encode(base.revision + 1)).unwrap();
    // This tab, still on the old revision, changed the goal.
    let mut ours = example_plan();
    ours.inputs[NumericInput::MonthlyGoal] = Entry::valid(Decimal::whole(9_000));
    let saved = storage::save(Slot::Plan, &base, &ours, 1).unwrap();
    assert_eq!(saved.revision, base.revision + 2);
    let stored = storage::load::<PlanDoc>(Slot::Plan, 1).stored.unwrap().doc;
    assert_eq!(
        stored.inputs[NumericInput::WinRate].value,
        Decimal::whole(40)
    );
    assert_eq!(
        stored.inputs[NumericInput::MonthlyGoal].value,
        Decimal::whole(9_000)
    );
    assert_eq!(saved.doc, stored);
}

#[wasm_bindgen_test]
fn a_newer_record_is_left_alone_and_saving_is_off() {
    let s = fresh();
    let newer = r#"{"schema":999,"future":true}"#;
    s.set_item(PLAN, newer).unwrap();
    let loaded = storage::load::<PlanDoc>(Slot::Plan, 1);
    assert_eq!(loaded.problem, Some(LoadProblem::NewerVersion(Slot::Plan)));
    assert!(!loaded.can_save);
    assert_eq!(s.get_item(PLAN).unwrap().as_deref(), Some(newer));
    assert_eq!(s.length().unwrap(), 1, "no backup or other key written");
}

#[wasm_bindgen_test]
fn settings_save_under_their_own_key() {
    let s = fresh();
    let locale = Locale {
        currency: Currency::Eur,
        ..Locale::default()
    };
    let base = Stored {
        doc: Locale::default(),
        revision: 0,
    };
    storage::save(Slot::Settings, &base, &locale, 1).unwrap();
    assert!(s
        .get_item(SETTINGS)
        .unwrap()
        .unwrap()
        .contains(r#""currency":"EUR""#));
    assert_eq!(s.get_item(PLAN).unwrap(), None);
}

fn scenario(name: &str, changed: u64, doc: PlanDoc) -> storage::Scenario {
    storage::Scenario {
        name: name.into(),
        changed,
        plan: doc,
    }
}

/// Save a new scenario under `id`.
fn save_new(id: u64, s: storage::Scenario) -> Stored<storage::Scenario> {
    let base = Stored {
        doc: s.clone(),
        revision: 0,
    };
    storage::save_unmerged(Slot::Scenario(id), &base, &s, 1).unwrap()
}

#[wasm_bindgen_test]
fn one_unreadable_scenario_among_twenty_is_kept_aside_and_the_rest_load_newest_first() {
    let s = fresh();
    for id in 1..=19u64 {
        save_new(
            id,
            scenario(&format!("Variant {id}"), 100 + id, example_plan()),
        );
    }
    s.set_item("sla-planner/scenario-20", r#"{"schema":2,"scen"#)
        .unwrap();
    s.set_item("sla-planner/scenario-21", r#"{"schema":9}"#)
        .unwrap();
    s.set_item("sla-planner/scenario-021", "not a scenario key")
        .unwrap();
    let (saved, problems) = storage::scenarios(7);
    let names: Vec<&str> = saved.iter().map(|s| s.stored.doc.name.as_str()).collect();
    assert_eq!(names.len(), 19);
    assert_eq!(names[..3], ["Variant 19", "Variant 18", "Variant 17"]);
    let bad = Key::Unreadable(Slot::Scenario(20), 7);
    assert!(problems.contains(&LoadProblem::Unreadable {
        slot: Slot::Scenario(20),
        backup_key: bad
    }));
    assert!(problems.contains(&LoadProblem::NewerVersion(Slot::Scenario(21))));
    assert_eq!(problems.len(), 2);
    assert_eq!(
        s.get_item(&bad.as_str()).unwrap().as_deref(),
        Some(r#"{"schema":2,"scen"#)
    );
    assert_eq!(s.get_item("sla-planner/scenario-20").unwrap(), None);
    assert_eq!(
        s.get_item("sla-planner/scenario-21").unwrap().as_deref(),
        Some(r#"{"schema":9}"#),
        "a newer record is left alone"
    );
    assert!(storage::kept_aside().contains(&bad));
}

#[wasm_bindgen_test]
fn a_scenario_saved_elsewhere_since_is_never_written_over() {
    let _s = fresh();
    let first = save_new(5, scenario("Base", 1, example_plan()));
    // Another tab saves it (revision 2).
    let theirs = storage::save_unmerged(
        Slot::Scenario(5),
        &first,
        &scenario("Base", 2, full_plan()),
        1,
    )
    .unwrap();
    assert_eq!(theirs.revision, 2);
    // This tab still knows revision 1.
    let mine = scenario("Base", 3, example_plan());
    assert_eq!(
        storage::save_unmerged(Slot::Scenario(5), &first, &mine, 1),
        Err(StorageError::Conflict)
    );
    let (saved, _) = storage::scenarios(1);
    assert_eq!(saved[0].stored, theirs);
    // Seen theirs, it saves over them.
    let again = storage::save_unmerged(Slot::Scenario(5), &theirs, &mine, 1).unwrap();
    assert_eq!(again.revision, 3);
}

#[wasm_bindgen_test]
fn a_deleted_scenario_comes_back_as_it_was_under_a_new_id_if_its_key_was_used_since() {
    let s = fresh();
    save_new(8, scenario("Gone", 1, full_plan()));
    let before = s.get_item("sla-planner/scenario-8").unwrap().unwrap();
    let record = storage::delete_scenario(8).unwrap();
    assert_eq!(record, before);
    assert_eq!(s.get_item("sla-planner/scenario-8").unwrap(), None);
    assert_eq!(storage::delete_scenario(8), Err(StorageError::Failed));
    assert_eq!(storage::restore_scenario(8, &record, 50), Ok(8));
    assert_eq!(
        s.get_item("sla-planner/scenario-8").unwrap().as_deref(),
        Some(before.as_str())
    );
    // Its key used again meanwhile: restored under a new id, nothing written over.
    assert_eq!(storage::restore_scenario(8, "{\"x\":1}", 50), Ok(50));
    assert_eq!(
        s.get_item("sla-planner/scenario-8").unwrap().as_deref(),
        Some(before.as_str())
    );
    assert_eq!(
        s.get_item("sla-planner/scenario-50").unwrap().as_deref(),
        Some("{\"x\":1}")
    );
    // New ids start at the time and skip ids in use.
    assert_eq!(storage::new_id(8), Ok(9));
    assert_eq!(storage::new_id(50), Ok(51));
    assert_eq!(storage::new_id(100), Ok(100));
}
