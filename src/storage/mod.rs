//! Saving and restoring the plan in the browser. Nothing else in the app touches storage.
//!
//! Rules taken from local-first apps that do not lose data: an unreadable record is kept
//! aside under a backup key and never overwritten; a record from a newer schema is never
//! written over; when storage is blocked or full the plan stays in memory and the person is
//! told.

mod keys;
mod local;
mod record;

pub use keys::Key;
pub use record::{decode, encode, DecodeError, SavedPlan, SCHEMA};

/// Why storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StorageError {
    /// Site data is blocked, or there is no window.
    Unavailable,
    /// The origin's quota is full.
    QuotaExceeded,
    /// Any other refusal by the browser.
    Failed,
    /// Another tab running a newer version has saved since; this tab must not write over it.
    Superseded,
}

/// What went wrong while loading, to be shown to the person.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LoadProblem {
    /// The stored plan could not be read; its text is kept under `backup_key`.
    Unreadable { backup_key: String },
    /// The stored plan could not be read nor copied aside, so it is left where it was.
    UnreadableNotBackedUp,
    /// Written by a newer build; left untouched.
    NewerVersion,
    /// Storage is blocked.
    Unavailable,
}

/// The outcome of loading at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The restored plan, if one was stored and readable.
    pub plan: Option<SavedPlan>,
    pub problem: Option<LoadProblem>,
    /// False when writing could destroy something (a newer or an un-backed-up record).
    pub can_save: bool,
}

/// Load the saved plan. `now_ms` names the backup key if the record is unreadable.
pub fn load(now_ms: u64) -> Loaded {
    let text = match local::read(Key::Plan) {
        Ok(Some(text)) => text,
        Ok(None) => return loaded(None, None, true),
        Err(_) => return loaded(None, Some(LoadProblem::Unavailable), false),
    };
    match decode(&text) {
        Ok(plan) => loaded(Some(plan), None, true),
        Err(DecodeError::NewerSchema(_)) => loaded(None, Some(LoadProblem::NewerVersion), false),
        Err(DecodeError::Unreadable) => match back_up(&text, now_ms) {
            Some(backup_key) => loaded(None, Some(LoadProblem::Unreadable { backup_key }), true),
            None => loaded(None, Some(LoadProblem::UnreadableNotBackedUp), false),
        },
    }
}

/// Save the plan under the plan key, replacing the previous save in one write, unless a newer
/// version of the planner (in another tab) has saved there since.
pub fn save(plan: &SavedPlan) -> Result<(), StorageError> {
    if let Some(stored) = local::read(Key::Plan)? {
        if let Err(DecodeError::NewerSchema(_)) = decode(&stored) {
            return Err(StorageError::Superseded);
        }
    }
    local::write(Key::Plan, &encode(plan))
}

/// What another tab saved, from a `storage` event's key and new value: `None` when the event
/// is not about the plan (another key, a removal, or `clear()`).
pub fn saved_elsewhere(
    key: Option<&str>,
    new_value: Option<&str>,
) -> Option<Result<SavedPlan, DecodeError>> {
    if key? != Key::Plan.as_str() {
        return None;
    }
    Some(decode(new_value?))
}

fn loaded(plan: Option<SavedPlan>, problem: Option<LoadProblem>, can_save: bool) -> Loaded {
    Loaded {
        plan,
        problem,
        can_save,
    }
}

/// Copy unreadable text to a fresh backup key, then clear the plan key so the next load does
/// not back it up again. `None` if the copy could not be made (the original then stays put).
fn back_up(text: &str, now_ms: u64) -> Option<String> {
    let key = (now_ms..now_ms + 100)
        .map(Key::Unreadable)
        .find(|&k| matches!(local::read(k), Ok(None)))?;
    local::write(key, text).ok()?;
    // Read the copy back before letting go of the original.
    if local::read(key).ok()?.as_deref() != Some(text) {
        return None;
    }
    local::remove(Key::Plan).ok()?;
    Some(key.as_str().into_owned())
}
