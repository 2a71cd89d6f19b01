//! The scenario library in storage: every saved scenario, each under its own key, so one
//! save is one write and one bad record harms no other.

use super::{load, local, Key, LoadProblem, Scenario, Slot, StorageError, Stored};

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
