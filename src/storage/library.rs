//! The scenario library in storage: every saved scenario, each under its own key, so one
//! save is one write and one bad record harms no other.

use super::plan_record::RecordPart;
use super::scenario::{scenario_of, scenario_problems};
use super::{json, load, local, Key, LoadProblem, Record, Scenario, Slot, StorageError, Stored};

/// A saved scenario and its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub id: u64,
    pub stored: Stored<Scenario>,
}

/// Every saved scenario, newest change first, and what could not be read: an unreadable
/// record is moved aside under a backup key (and listed among the records kept aside); one
/// written by a newer version is left untouched.
pub fn scenarios(now_ms: u64) -> (Vec<Saved>, Vec<LoadProblem>) {
    let mut saved: Vec<Saved> = Vec::new();
    let mut problems = Vec::new();
    for id in local::names().iter().filter_map(|n| Slot::scenario(n)) {
        let loaded = load::<Scenario>(Slot::Scenario(id), now_ms);
        problems.extend(loaded.problem);
        if let Some(stored) = loaded.stored {
            // Placed by binary search: no sort routine in the wasm.
            let at = saved.partition_point(|s| s.stored.doc.changed > stored.doc.changed);
            saved.insert(at, Saved { id, stored });
        }
    }
    (saved, problems)
}

/// The library as one file to keep or hand over: `{"library":1,"scenarios":[…]}`, each
/// scenario's record as it is saved.
pub fn library_file(saved: &[Saved]) -> String {
    let records: Vec<String> = saved
        .iter()
        .map(|s| s.stored.doc.encode(s.stored.revision))
        .collect();
    format!("{{\"library\":1,\"scenarios\":[{}]}}", records.join(","))
}

/// What a chosen file holds: not a library file (`None`), its scenarios, or the places
/// (counted from 1) of those that cannot be read with their parts that cannot, in which case
/// nothing is to be imported (none listed: the file is of a later format).
pub fn read_library_file(text: &str) -> Option<Result<Vec<Scenario>, Vec<Unreadable>>> {
    let file = json::read(text)?;
    // A later format of the file is not read at all.
    if file.field("library")?.whole() != Some(1) {
        return Some(Err(Vec::new()));
    }
    let records = file.field("scenarios")?.items()?;
    let mut scenarios = Vec::with_capacity(records.len());
    let mut unreadable = Vec::new();
    for (at, record) in records.iter().enumerate() {
        match scenario_of(record) {
            Ok(stored) => scenarios.push(stored.doc),
            Err(_) => unreadable.push((at + 1, scenario_problems(record))),
        }
    }
    Some(match unreadable.is_empty() {
        true => Ok(scenarios),
        false => Err(unreadable),
    })
}

/// A scenario of a library file that cannot be read: its place, counted from 1, and the parts
/// of it that cannot be read (none named: it is of a newer schema, or no record at all).
pub type Unreadable = (usize, Vec<RecordPart>);

/// An id for a new scenario: the time, or the first later one not in use.
pub fn new_id(now_ms: u64) -> Result<u64, StorageError> {
    for id in (now_ms..).take(1000) {
        if local::read(Key::Doc(Slot::Scenario(id)))?.is_none() {
            return Ok(id);
        }
    }
    Err(StorageError::Failed)
}

/// Delete a saved scenario, as the person asked. Its record is returned for an undo.
pub fn delete_scenario(id: u64) -> Result<String, StorageError> {
    let key = Key::Doc(Slot::Scenario(id));
    let text = local::read(key)?.ok_or(StorageError::Failed)?;
    local::remove(key)?;
    Ok(text)
}

/// Put a deleted scenario's record back: under its own id, or a new one if that key has been
/// used since. The id it is under.
pub fn restore_scenario(id: u64, text: &str, now_ms: u64) -> Result<u64, StorageError> {
    let id = match local::read(Key::Doc(Slot::Scenario(id)))? {
        None => id,
        Some(_) => new_id(now_ms)?,
    };
    let key = Key::Doc(Slot::Scenario(id));
    local::write(key, text)?;
    match local::read(key)?.as_deref() == Some(text) {
        true => Ok(id),
        false => Err(StorageError::Failed),
    }
}
