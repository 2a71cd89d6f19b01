//! What every stored document shares: a revision, encoding, and a three-way merge.

/// A document with the revision it was stored at. Every save writes revision + 1, and a save
/// first checks that storage still holds the revision it started from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored<D> {
    pub doc: D,
    /// 0 for a document that was never saved in this schema (new, or migrated).
    pub revision: u64,
}

/// Why stored text could not become a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, not this record, or a value the engine refuses.
    Unreadable,
    /// Written by a newer build, with this schema number; must not be touched.
    NewerSchema(u32),
}

/// Something saved under its own key (its [`Slot`](super::Slot)) as a versioned record.
/// Implementations are pure: no storage access.
pub trait Record: Clone + PartialEq + Sized {
    /// The record's JSON text at `revision`, in the current schema.
    fn encode(&self, revision: u64) -> String;

    /// Read a record of any schema up to the current one.
    fn decode(text: &str) -> Result<Stored<Self>, DecodeError>;

    /// The document from another slot's record of an older schema, when this one's own key
    /// is still empty (schema 1 kept the settings inside the plan record).
    fn from_legacy(_text: &str) -> Option<Self> {
        None
    }
}

/// A record that two tabs may edit at once, merged when both save.
pub trait Document: Record {
    /// Combine this tab's edits (`ours`) with another tab's save (`theirs`), both made from
    /// `base`, field by field: a field this tab changed keeps this tab's text (it may be
    /// half-typed), every other field takes theirs.
    fn merge(base: &Self, ours: &Self, theirs: &Self) -> Self;
}

/// One field of a three-way merge.
pub fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if ours == base {
        theirs.clone()
    } else {
        ours.clone()
    }
}

/// The schema number of any record, to tell a newer record from an unreadable one.
pub fn schema_of(text: &str) -> Option<u32> {
    super::json::read(text)?.field("schema")?.whole_u32()
}
