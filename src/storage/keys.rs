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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    /// When a kept record was found unreadable (ms since 1970); `None` for a document's key.
    pub fn kept_since(self) -> Option<u64> {
        match self {
            Key::Unreadable(_, ms) => Some(ms),
            Key::Doc(_) => None,
        }
    }

    /// The record kept aside under the key `name`, if `name` is one: exactly the name this
    /// build gives it (`…-0123` is not `…-123`, so acting on one never touches the other).
    pub fn kept(name: &str) -> Option<Key> {
        [Slot::Plan, Slot::Settings].into_iter().find_map(|slot| {
            let ms = name
                .strip_prefix(slot.name())?
                .strip_prefix(".unreadable-")?;
            let key = Key::Unreadable(slot, ms.parse().ok()?);
            (key.as_str() == name).then_some(key)
        })
    }

    pub fn as_str(self) -> Cow<'static, str> {
        match self {
            Key::Doc(slot) => Cow::Borrowed(slot.name()),
            Key::Unreadable(slot, ms) => Cow::Owned(format!("{}.unreadable-{ms}", slot.name())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_keys_are_read_back_and_nothing_else_is() {
        for key in [
            Key::Unreadable(Slot::Plan, 0),
            Key::Unreadable(Slot::Settings, 1_764_000_000_123),
        ] {
            assert_eq!(Key::kept(&key.as_str()), Some(key));
        }
        for name in [
            "sla-planner/plan",
            "sla-planner/plan.unreadable-",
            "sla-planner/plan.unreadable-12a",
            "sla-planner/plan.unreadable-+12",
            "sla-planner/plan.unreadable-012",
            "sla-planner/other.unreadable-12",
            "other/plan.unreadable-12",
        ] {
            assert_eq!(Key::kept(name), None, "{name}");
        }
    }
}
