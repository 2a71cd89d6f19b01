//! A saved scenario: a named plan of the library, stored under its own key
//! (`Slot::Scenario(id)`) as the plan record plus its name and time of change.

use super::document::{DecodeError, Record, Stored};
use super::json::Value;
use super::plan_doc::PlanDoc;
use super::plan_record::{self, RecordPart, ScenarioV3};

/// The longest scenario name, in characters.
pub const MAX_NAME: usize = 80;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub name: String,
    /// Its last change, in ms since 1970.
    pub changed: u64,
    pub plan: PlanDoc,
}

/// Why a scenario name was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
}

/// A scenario name from typed text: trimmed, not empty, at most [`MAX_NAME`] characters.
/// Any other text is a name, shown as text wherever it appears.
pub fn parse_name(text: &str) -> Result<String, NameError> {
    match text.trim() {
        "" => Err(NameError::Empty),
        name if name.chars().count() > MAX_NAME => Err(NameError::TooLong),
        name => Ok(name.to_string()),
    }
}

/// Saved with [`super::save_unmerged`]: another tab's save is never merged; the person chooses.
impl Record for Scenario {
    fn encode(&self, revision: u64) -> String {
        let header = ScenarioV3 {
            name: self.name.clone(),
            changed: self.changed,
        };
        plan_record::encode(&self.plan, revision, Some(header))
    }

    /// A plan record without a valid scenario name is not a scenario.
    fn decode(text: &str) -> Result<Stored<Scenario>, DecodeError> {
        scenario(plan_record::decode(text)?)
    }
}

/// A scenario from a record already read as JSON (one of a library file's).
pub fn scenario_of(v: &Value) -> Result<Stored<Scenario>, DecodeError> {
    scenario(plan_record::decode_value(v)?)
}

/// What is wrong with a scenario's record already read as JSON, part by part (its name
/// included); nothing is named in a record of a schema this build does not read.
pub fn scenario_problems(v: &Value) -> Vec<RecordPart> {
    let Some(mut parts) = plan_record::value_problems(v) else {
        return Vec::new();
    };
    let name = v.field("scenario").and_then(|s| s.field("name")?.text());
    if name.is_none_or(|n| parse_name(n).is_err()) && !parts.contains(&RecordPart::Scenario) {
        parts.push(RecordPart::Scenario);
    }
    parts
}

fn scenario(
    (plan, header): (Stored<PlanDoc>, Option<ScenarioV3>),
) -> Result<Stored<Scenario>, DecodeError> {
    let header = header.ok_or(DecodeError::Unreadable)?;
    let name = parse_name(&header.name).map_err(|_| DecodeError::Unreadable)?;
    Ok(Stored {
        doc: Scenario {
            name,
            changed: header.changed,
            plan: plan.doc,
        },
        revision: plan.revision,
    })
}
