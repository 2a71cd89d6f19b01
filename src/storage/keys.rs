//! Every localStorage key the app uses.

use std::borrow::Cow;

/// A stored document: each lives under its own key and is saved on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The plan document: inputs, horizon, month goals, history.
    Plan,
    /// The person's settings: currency, number format, language.
    Settings,
    /// A saved scenario of the library, by its id.
    Scenario(u64),
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

const SCENARIO_PREFIX: &str = "sla-planner/scenario-";

impl Slot {
    fn name(self) -> Cow<'static, str> {
        match self {
            // The schema-1 plan record lived here too, so older builds still see it and,
            // finding a newer schema, stop saving.
            Slot::Plan => Cow::Borrowed("sla-planner/plan"),
            Slot::Settings => Cow::Borrowed("sla-planner/settings"),
            Slot::Scenario(id) => Cow::Owned(format!("{SCENARIO_PREFIX}{id}")),
        }
    }

    /// The slot whose key is exactly `name` (`…scenario-07` is not scenario 7's).
    fn named(name: &str) -> Option<Slot> {
        let slot = match name.strip_prefix(SCENARIO_PREFIX) {
            Some(id) => Slot::Scenario(id.parse().ok()?),
            None => [Slot::Plan, Slot::Settings]
                .into_iter()
                .find(|s| s.name() == name)?,
        };
        (slot.name() == name).then_some(slot)
    }

    /// The scenario whose record is under the key `name`, if that is one.
    pub fn scenario(name: &str) -> Option<u64> {
        match Slot::named(name)? {
            Slot::Scenario(id) => Some(id),
            _ => None,
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
        // Split at a character: a substring search would bring its own searcher into the wasm.
        let (doc, ms) = name.split_once('.')?;
        let ms = ms.strip_prefix("unreadable-")?;
        let key = Key::Unreadable(Slot::named(doc)?, ms.parse().ok()?);
        (key.as_str() == name).then_some(key)
    }

    pub fn as_str(self) -> Cow<'static, str> {
        match self {
            Key::Doc(slot) => slot.name(),
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
            Key::Unreadable(Slot::Scenario(17), 5),
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
            "sla-planner/scenario-.unreadable-12",
            "sla-planner/scenario-07.unreadable-12",
            "sla-planner/scenario-7.unreadable-12.unreadable-13",
        ] {
            assert_eq!(Key::kept(name), None, "{name}");
        }
    }

    #[test]
    fn scenario_keys_are_read_back_exactly() {
        for id in [0, 7, u64::MAX] {
            assert_eq!(
                Slot::scenario(&Key::Doc(Slot::Scenario(id)).as_str()),
                Some(id)
            );
        }
        for name in [
            "sla-planner/plan",
            "sla-planner/scenario-",
            "sla-planner/scenario-07",
            "sla-planner/scenario-+7",
            "sla-planner/scenario-7 ",
            "sla-planner/scenario-7.unreadable-1",
            "sla-planner/scenario-18446744073709551616",
        ] {
            assert_eq!(Slot::scenario(name), None, "{name}");
        }
    }
}
