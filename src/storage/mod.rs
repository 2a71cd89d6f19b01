//! Saving and restoring documents in the browser. Nothing else in the app touches storage.
//!
//! Rules taken from local-first apps that do not lose data:
//! - each document lives under its own key, one write per save, read back after writing;
//! - an unreadable record is copied aside under a backup key before anything replaces it,
//!   and when it cannot be copied, nothing replaces it;
//! - a record from a newer schema is never written over;
//! - a save compares the stored revision with the one it started from, and merges another
//!   tab's newer save field by field instead of overwriting it;
//! - when storage is blocked or full the document stays in memory and the person is told.

mod document;
mod json;
mod json_read;
mod json_write;
mod keys;
mod library;
mod link;
mod local;
mod plan_doc;
mod plan_record;
mod scenario;
mod settings_record;
mod v1;

pub use document::{DecodeError, Document, Record, Stored};
pub use keys::{Key, Slot};
pub use library::{
    delete_scenario, library_file, new_id, read_library_file, restore_scenario, scenarios, Saved,
};
pub use link::{
    from_fragment, to_fragment, LinkError, Shared, LINK_VERSION, MAX_FRAGMENT, MAX_RECORD,
};
pub use plan_doc::{schedule_of, Agreement, Entry, PlanDoc, MAX_OBLIGATIONS, MAX_PARTY};
pub use plan_record::{problems, RecordPart, SCHEMA};
pub use scenario::{parse_name, NameError, Scenario, MAX_NAME};

/// Why storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StorageError {
    /// Site data is blocked, or there is no window.
    Unavailable,
    /// The origin's quota is full.
    QuotaExceeded,
    /// Any other refusal by the browser, or a write that did not read back the same.
    Failed,
    /// Another tab running a newer version has saved since; this tab must not write over it.
    Superseded,
    /// Another tab has saved this scenario since; the person chooses which to keep.
    Conflict,
    /// A record this build cannot read is under the key and could not be copied aside, so
    /// it was not replaced.
    UnreadableInTheWay,
}

/// What went wrong while loading, to be shown to the person.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LoadProblem {
    /// A stored record could not be read; its text is kept under `backup_key`.
    Unreadable { slot: Slot, backup_key: Key },
    /// A stored record could not be read nor copied aside, so it is left where it was.
    UnreadableNotBackedUp(Slot),
    /// Written by a newer build; left untouched.
    NewerVersion(Slot),
    /// Storage is blocked.
    Unavailable,
}

/// The outcome of loading one document at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded<D> {
    /// Where it is stored.
    pub slot: Slot,
    /// The restored document, if one was stored and readable.
    pub stored: Option<Stored<D>>,
    /// Read from an older schema (or another slot): to be saved in the current one at once.
    pub migrated: bool,
    pub problem: Option<LoadProblem>,
    /// False when writing could destroy something (a newer or an un-backed-up record).
    pub can_save: bool,
}

/// Load the document in `slot`. `now_ms` names the backup key if its record is unreadable.
pub fn load<D: Record>(slot: Slot, now_ms: u64) -> Loaded<D> {
    let loaded = |stored: Option<Stored<D>>, problem, can_save| Loaded {
        slot,
        migrated: stored.as_ref().is_some_and(|s| s.revision == 0),
        stored,
        problem,
        can_save,
    };
    let text = match local::read(Key::Doc(slot)) {
        Ok(Some(text)) => text,
        Ok(None) => return loaded(legacy::<D>(), None, true),
        Err(_) => return loaded(None, Some(LoadProblem::Unavailable), false),
    };
    match D::decode(&text) {
        Ok(stored) => loaded(Some(stored), None, true),
        Err(DecodeError::NewerSchema(_)) => {
            loaded(None, Some(LoadProblem::NewerVersion(slot)), false)
        }
        Err(DecodeError::Unreadable) => match back_up(slot, &text, now_ms) {
            Some(backup_key) => {
                let problem = LoadProblem::Unreadable { slot, backup_key };
                loaded(None, Some(problem), true)
            }
            None => loaded(None, Some(LoadProblem::UnreadableNotBackedUp(slot)), false),
        },
    }
}

/// A document an older schema kept in another slot (schema 1's settings).
fn legacy<D: Record>() -> Option<Stored<D>> {
    let text = local::read(Key::Doc(Slot::Plan)).ok()??;
    let doc = D::from_legacy(&text)?;
    Some(Stored { doc, revision: 0 })
}

/// Save `ours` in `slot`, edited from `base` (what this tab last knew storage to hold). If
/// another tab has saved since, the two are merged field by field and the merge is saved; the
/// returned document is what storage now holds, for the caller to show.
pub fn save<D: Document>(
    slot: Slot,
    base: &Stored<D>,
    ours: &D,
    now_ms: u64,
) -> Result<Stored<D>, StorageError> {
    put(slot, base, ours, now_ms, |current| {
        Ok(Stored {
            doc: D::merge(&base.doc, ours, &current.doc),
            revision: next_revision(current.revision.max(base.revision))?,
        })
    })
}

/// Save `ours` in `slot` only if storage still holds `base`'s revision (or nothing, when
/// `base` was never saved): a save by another tab since is never merged nor written over, but
/// refused with [`StorageError::Conflict`] for the person to choose.
pub fn save_unmerged<D: Record>(
    slot: Slot,
    base: &Stored<D>,
    ours: &D,
    now_ms: u64,
) -> Result<Stored<D>, StorageError> {
    put(slot, base, ours, now_ms, |_| Err(StorageError::Conflict))
}

/// Write `ours` as the revision after `base`'s; `theirs_since` decides what is written when
/// another tab has saved a different revision meanwhile.
fn put<D: Record>(
    slot: Slot,
    base: &Stored<D>,
    ours: &D,
    now_ms: u64,
    theirs_since: impl FnOnce(Stored<D>) -> Result<Stored<D>, StorageError>,
) -> Result<Stored<D>, StorageError> {
    let key = Key::Doc(slot);
    let mut next = Stored {
        doc: ours.clone(),
        revision: next_revision(base.revision)?,
    };
    if let Some(text) = local::read(key)? {
        match D::decode(&text) {
            Ok(current) if current.revision == base.revision => {}
            Ok(current) => next = theirs_since(current)?,
            Err(DecodeError::NewerSchema(_)) => return Err(StorageError::Superseded),
            Err(DecodeError::Unreadable) => {
                back_up(slot, &text, now_ms).ok_or(StorageError::UnreadableInTheWay)?;
            }
        }
    }
    let text = next.doc.encode(next.revision);
    if text.is_empty() {
        // Encoding failed: writing nothing beats writing an empty record.
        return Err(StorageError::Failed);
    }
    local::write(key, &text)?;
    // Read the save back: a write the browser dropped must not pass for a save.
    if local::read(key)?.as_deref() != Some(text.as_str()) {
        return Err(StorageError::Failed);
    }
    Ok(next)
}

/// The revision after `revision`. Revisions stay within the integers a JSON number holds
/// exactly (2^53 − 1), so every browser reads back the revision that was written.
fn next_revision(revision: u64) -> Result<u64, StorageError> {
    const MAX_EXACT_IN_JSON: u64 = (1 << 53) - 1;
    revision
        .checked_add(1)
        .filter(|r| *r <= MAX_EXACT_IN_JSON)
        .ok_or(StorageError::Failed)
}

/// What another tab saved in `slot`, from a `storage` event's key and new value: `None` when
/// the event is not about this document (another key, a removal, or `clear()`).
pub fn saved_elsewhere<D: Record>(
    slot: Slot,
    key: Option<&str>,
    new_value: Option<&str>,
) -> Option<Result<Stored<D>, DecodeError>> {
    if key? != Key::Doc(slot).as_str() {
        return None;
    }
    Some(D::decode(new_value?))
}

/// Copy unreadable text to a fresh backup key, then clear the slot's key so the next load does
/// not back it up again. `None` if the copy could not be made (the original then stays put).
fn back_up(slot: Slot, text: &str, now_ms: u64) -> Option<Key> {
    let key = (now_ms..now_ms + 100)
        .map(|ms| Key::Unreadable(slot, ms))
        .find(|&k| matches!(local::read(k), Ok(None)))?;
    local::write(key, text).ok()?;
    // Read the copy back before letting go of the original.
    if local::read(key).ok()?.as_deref() != Some(text) {
        return None;
    }
    local::remove(Key::Doc(slot)).ok()?;
    Some(key)
}

/// Every record kept aside because it could not be read, newest first.
pub fn kept_aside() -> Vec<Key> {
    let mut kept: Vec<Key> = Vec::new();
    for key in local::names().iter().filter_map(|n| Key::kept(n)) {
        // A few keys: placed by binary search, no sort routine in the wasm.
        let at = kept.partition_point(|k| k.kept_since() > key.kept_since());
        kept.insert(at, key);
    }
    kept
}

/// The text of a record kept aside.
pub fn read_kept(key: Key) -> Option<String> {
    local::read(key)
        .ok()
        .flatten()
        .filter(|_| key.kept_since().is_some())
}

/// Delete a record kept aside, as the person asked; a document's own key is never deleted.
pub fn delete_kept(key: Key) -> Result<(), StorageError> {
    match key.kept_since() {
        Some(_) => local::remove(key),
        None => Err(StorageError::Failed),
    }
}
