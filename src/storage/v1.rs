//! Schema 1 (released 2026-11): one record under the plan key held the inputs and the
//! settings. Migration `v1 → v2` splits it into the plan document and the settings document.

use super::document::Stored;
use super::json;
use super::plan_doc::PlanDoc;
use crate::engine::{parse_plan_month, NumberStyle, NumericInput, PerInput};
use crate::format::{Currency, Locale, NumberFormat};

struct RecordV1 {
    schema: u32,
    inputs: InputsV1,
    settings: SettingsV1,
}

struct InputsV1 {
    monthly_goal: String,
    marketing_share: String,
    deal_size: String,
    win_rate: String,
    sales_cycle: String,
    plan_month: String,
}

struct SettingsV1 {
    currency: String,
    number_format: String,
}

fn record(text: &str) -> Option<RecordV1> {
    let v = json::read(text)?;
    let (inputs, settings) = (v.field("inputs")?, v.field("settings")?);
    let record = RecordV1 {
        schema: v.field("schema")?.whole_u32()?,
        inputs: InputsV1 {
            monthly_goal: inputs.string("monthly_goal")?,
            marketing_share: inputs.string("marketing_share")?,
            deal_size: inputs.string("deal_size")?,
            win_rate: inputs.string("win_rate")?,
            sales_cycle: inputs.string("sales_cycle")?,
            plan_month: inputs.string("plan_month")?,
        },
        settings: SettingsV1 {
            currency: settings.string("currency")?,
            number_format: settings.string("number_format")?,
        },
    };
    (record.schema == 1).then_some(record)
}

/// The plan document of a schema-1 record, at revision 0 (never saved in schema 2).
pub fn plan(text: &str) -> Option<Stored<PlanDoc>> {
    let i = record(text)?.inputs;
    let stored = |input: NumericInput| match input {
        NumericInput::MonthlyGoal => &i.monthly_goal,
        NumericInput::MarketingShare => &i.marketing_share,
        NumericInput::DealSize => &i.deal_size,
        NumericInput::WinRate => &i.win_rate,
        NumericInput::SalesCycle => &i.sales_cycle,
    };
    let values = PerInput::from_fn(|input| input.parse(stored(input), NumberStyle::CANONICAL).ok());
    let doc = PlanDoc::new(&values.transpose()?, parse_plan_month(&i.plan_month).ok()?);
    Some(Stored { doc, revision: 0 })
}

/// The settings of a schema-1 record.
pub fn settings(text: &str) -> Option<Locale> {
    let s = record(text)?.settings;
    Some(Locale {
        currency: Currency::from_code(&s.currency)?,
        number_format: NumberFormat::from_code(&s.number_format)?,
        ..Locale::default()
    })
}
