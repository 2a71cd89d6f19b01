//! The stored plan: a versioned record kept apart from engine types and converted at the edge,
//! so the engine can change shape without breaking plans people have already saved.
//!
//! Values are stored as locale-free text (`"12500.5"`, `"2026-06"`) and validated by the
//! engine's own parsers on the way back in: a record that parses is a plan the engine accepts.

use serde::{Deserialize, Serialize};

use crate::engine::{parse_plan_month, Decimal, NumberStyle, NumericInput, PerInput, YearMonth};
use crate::format::{Currency, Locale, NumberFormat};

/// The schema this build writes. Bump it with a numbered migration step when the record changes.
pub const SCHEMA: u32 = 1;

/// What a saved plan restores: the inputs and how the person likes them written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedPlan {
    /// The typed value of each numeric input.
    pub values: PerInput<Decimal>,
    pub plan_month: YearMonth,
    pub locale: Locale,
}

/// Why stored text could not become a [`SavedPlan`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, not a plan record, or a value the engine refuses.
    Unreadable,
    /// Written by a newer build, with this schema number; must not be touched.
    NewerSchema(u32),
}

#[derive(Serialize, Deserialize)]
struct Header {
    schema: u32,
}

/// Schema 1.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct RecordV1 {
    schema: u32,
    inputs: InputsV1,
    settings: SettingsV1,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct InputsV1 {
    monthly_goal: String,
    marketing_share: String,
    deal_size: String,
    win_rate: String,
    sales_cycle: String,
    plan_month: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct SettingsV1 {
    currency: String,
    number_format: String,
}

/// The record's JSON text for a plan, in the current schema.
pub fn encode(plan: &SavedPlan) -> String {
    let value = |input: NumericInput| plan.values[input].canonical();
    let record = RecordV1 {
        schema: SCHEMA,
        inputs: InputsV1 {
            monthly_goal: value(NumericInput::MonthlyGoal),
            marketing_share: value(NumericInput::MarketingShare),
            deal_size: value(NumericInput::DealSize),
            win_rate: value(NumericInput::WinRate),
            sales_cycle: value(NumericInput::SalesCycle),
            plan_month: plan.plan_month.to_string(),
        },
        settings: SettingsV1 {
            currency: plan.locale.currency.code().into(),
            number_format: plan.locale.number_format.code().into(),
        },
    };
    // Serialising plain strings and integers cannot fail.
    serde_json::to_string(&record).unwrap_or_default()
}

/// Read a stored record of any schema up to the current one.
pub fn decode(text: &str) -> Result<SavedPlan, DecodeError> {
    let header: Header = serde_json::from_str(text).map_err(|_| DecodeError::Unreadable)?;
    match header.schema {
        SCHEMA => {
            let record: RecordV1 =
                serde_json::from_str(text).map_err(|_| DecodeError::Unreadable)?;
            from_v1(&record).ok_or(DecodeError::Unreadable)
        }
        newer if newer > SCHEMA => Err(DecodeError::NewerSchema(newer)),
        _ => Err(DecodeError::Unreadable),
    }
}

fn from_v1(record: &RecordV1) -> Option<SavedPlan> {
    let i = &record.inputs;
    let text = |input: NumericInput| match input {
        NumericInput::MonthlyGoal => &i.monthly_goal,
        NumericInput::MarketingShare => &i.marketing_share,
        NumericInput::DealSize => &i.deal_size,
        NumericInput::WinRate => &i.win_rate,
        NumericInput::SalesCycle => &i.sales_cycle,
    };
    let parsed = PerInput::from_fn(|input| input.parse(text(input), NumberStyle::CANONICAL).ok());
    Some(SavedPlan {
        values: parsed.transpose()?,
        plan_month: parse_plan_month(&i.plan_month).ok()?,
        locale: Locale {
            currency: Currency::from_code(&record.settings.currency)?,
            number_format: NumberFormat::from_code(&record.settings.number_format)?,
            ..Locale::default()
        },
    })
}
