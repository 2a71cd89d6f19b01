//! Every localStorage key the app uses.

use std::borrow::Cow;

/// A stored document: each lives under its own key and is saved on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The plan document: inputs, horizon, month goals, history.
    Plan,
    /// The person's settings: currency, number format, language.
    Settings,
}

/// A key in localStorage; all share the `sla-planner/` prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A document's record.
    Doc(Slot),
    /// An unreadable record of a slot kept aside, named by the time it was found (ms since
    /// 1970).
    Unreadable(Slot, u64),
}

impl Slot {
    fn name(self) -> &'static str {
        match self {
            // The schema-1 plan record lived here too, so older builds still see it and,
            // finding a newer schema, stop saving.
            Slot::Plan => "sla-planner/plan",
            Slot::Settings => "sla-planner/settings",
        }
    }
}

impl Key {
    pub fn as_str(self) -> Cow<'static, str> {
        match self {
            Key::Doc(slot) => Cow::Borrowed(slot.name()),
            Key::Unreadable(slot, ms) => Cow::Owned(format!("{}.unreadable-{ms}", slot.name())),
        }
    }
}
