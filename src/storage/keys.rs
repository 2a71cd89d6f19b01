//! Every localStorage key the app uses.

use std::borrow::Cow;

/// A key in localStorage; all share the `sla-planner/` prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The current plan record.
    Plan,
    /// An unreadable plan record kept aside, named by the time it was found (ms since 1970).
    Unreadable(u64),
}

impl Key {
    pub fn as_str(self) -> Cow<'static, str> {
        match self {
            Key::Plan => Cow::Borrowed("sla-planner/plan"),
            Key::Unreadable(ms) => Cow::Owned(format!("sla-planner/plan.unreadable-{ms}")),
        }
    }
}
