//! The stored plan record, schema 3 (schema 2 without the agreement's words): its own serde types, converted to and from [`PlanDoc`]
//! at the edge. Values are locale-free text (`"12500.5"`, `"2026-06"`) validated by the
//! engine's parsers on the way in, so a record that decodes is a plan the engine accepts.

use serde::Serialize;

use super::document::{schema_of, DecodeError, Stored};
use super::json::{self, Value};
use super::plan_doc::{Agreement, Entry, PlanDoc, MAX_OBLIGATIONS, MAX_PARTY};
use super::v1;
use crate::engine::{
    parse_plan_month, Decimal, FromHistory, HistoryMonth, NumberStyle, NumericInput, PerInput,
    Term, YearMonth, MAX_COUNT, MAX_DEFINITION, MAX_HORIZON,
};

/// The schema this build writes. Any added field bumps it, with a numbered migration and a
/// fixture: serde drops unknown fields, so an older build would silently erase them.
pub const SCHEMA: u32 = 3;

/// The longest text a reload shows again for a field left invalid.
const MAX_TYPED: usize = 200;

#[derive(Serialize)]
struct RecordV3 {
    schema: u32,
    revision: u64,
    inputs: InputsV3,
    plan_month: EntryV3,
    horizon: u32,
    month_goals: Vec<MonthGoalV3>,
    history: Vec<HistoryV3>,
    from_history: FromHistoryV3,
    agreement: AgreementV3,
    /// Present in a scenario's record only.
    #[serde(skip_serializing_if = "Option::is_none")]
    scenario: Option<ScenarioV3>,
    /// Present in a shared link's record only: the currency its amounts are in.
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<String>,
}

/// What a scenario's record holds besides its plan.
#[derive(Serialize)]
pub struct ScenarioV3 {
    pub name: String,
    /// Its last change, in ms since 1970.
    pub changed: u64,
}

#[derive(Serialize)]
struct InputsV3 {
    monthly_goal: EntryV3,
    marketing_share: EntryV3,
    deal_size: EntryV3,
    win_rate: EntryV3,
    sales_cycle: EntryV3,
}

#[derive(Serialize)]
struct EntryV3 {
    value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    typed: Option<String>,
}

#[derive(Serialize)]
struct MonthGoalV3 {
    month: String,
    goal: EntryV3,
}

#[derive(Serialize)]
struct HistoryV3 {
    month: String,
    leads: u64,
    customers: u64,
    revenue: String,
    mqls: Option<u64>,
    sqls: Option<u64>,
    opportunities: Option<u64>,
}

#[derive(Serialize)]
struct AgreementV3 {
    marketing: String,
    sales: String,
    obligations: String,
    /// The definitions the team rewrote; the others are the planner's own.
    terms: Vec<TermV3>,
}

#[derive(Serialize)]
struct TermV3 {
    term: String,
    definition: String,
}

#[derive(Serialize)]
struct FromHistoryV3 {
    win_rate: bool,
    deal_size: bool,
}

/// The record of a plan at `revision`, with a scenario's name and time of change if it is one.
pub fn encode(doc: &PlanDoc, revision: u64, scenario: Option<ScenarioV3>) -> String {
    encode_with(doc, (revision, scenario), None)
}

/// The record of a plan shared in a link: the scenario's name if it has one, and the currency
/// of its amounts.
pub fn encode_shared(doc: &PlanDoc, scenario: Option<ScenarioV3>, currency: &str) -> String {
    encode_with(doc, (0, scenario), Some(currency.to_string()))
}

fn encode_with(
    doc: &PlanDoc,
    (revision, scenario): (u64, Option<ScenarioV3>),
    currency: Option<String>,
) -> String {
    let number = |e: &Entry<Decimal>| EntryV3 {
        value: e.value.canonical(),
        typed: e.typed.clone(),
    };
    let input = |i: NumericInput| number(&doc.inputs[i]);
    let record = RecordV3 {
        schema: SCHEMA,
        revision,
        inputs: InputsV3 {
            monthly_goal: input(NumericInput::MonthlyGoal),
            marketing_share: input(NumericInput::MarketingShare),
            deal_size: input(NumericInput::DealSize),
            win_rate: input(NumericInput::WinRate),
            sales_cycle: input(NumericInput::SalesCycle),
        },
        plan_month: EntryV3 {
            value: doc.plan_month.value.to_string(),
            typed: doc.plan_month.typed.clone(),
        },
        horizon: doc.horizon,
        month_goals: doc
            .month_goals
            .iter()
            .map(|(month, goal)| MonthGoalV3 {
                month: month.to_string(),
                goal: number(goal),
            })
            .collect(),
        history: doc
            .history
            .iter()
            .map(|h| HistoryV3 {
                month: h.month.to_string(),
                leads: h.leads,
                customers: h.customers,
                revenue: h.revenue.canonical(),
                mqls: h.mqls,
                sqls: h.sqls,
                opportunities: h.opportunities,
            })
            .collect(),
        from_history: FromHistoryV3 {
            win_rate: doc.from_history.win_rate,
            deal_size: doc.from_history.deal_size,
        },
        agreement: AgreementV3 {
            marketing: doc.agreement.marketing.clone(),
            sales: doc.agreement.sales.clone(),
            obligations: doc.agreement.obligations.clone(),
            terms: doc
                .agreement
                .terms
                .iter()
                .map(|(term, definition)| TermV3 {
                    term: term.code().into(),
                    definition: definition.clone(),
                })
                .collect(),
        },
        scenario,
        currency,
    };
    // Plain strings, integers and booleans always serialise.
    json::to_text(&record).unwrap_or_default()
}

/// Read a plan record of schema 1 or 2 (migrated) or 3, and a scenario's name and time of change
/// if it is one's.
pub fn decode(text: &str) -> Result<(Stored<PlanDoc>, Option<ScenarioV3>), DecodeError> {
    match schema_of(text) {
        Some(1) => v1::plan(text)
            .map(|plan| (plan, None))
            .ok_or(DecodeError::Unreadable),
        // Schema 2 is schema 3 without the agreement.
        Some(2 | SCHEMA) => json::read(text)
            .and_then(|v| read(&v))
            .ok_or(DecodeError::Unreadable),
        Some(newer) if newer > SCHEMA => Err(DecodeError::NewerSchema(newer)),
        _ => Err(DecodeError::Unreadable),
    }
}

/// [`decode`] for a record already read as JSON (one of a library file's), schema 2 or 3.
pub fn decode_value(v: &Value) -> Result<(Stored<PlanDoc>, Option<ScenarioV3>), DecodeError> {
    match v.field("schema").and_then(Value::whole_u32) {
        Some(2 | SCHEMA) => read(v).ok_or(DecodeError::Unreadable),
        Some(newer) if newer > SCHEMA => Err(DecodeError::NewerSchema(newer)),
        _ => Err(DecodeError::Unreadable),
    }
}

/// A part of a plan record, as a file's problems are named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordPart {
    Input(NumericInput),
    PlanMonth,
    Horizon,
    /// The month goals as a whole (missing, or not one per month in order), or the one at a
    /// place, counted from 1.
    MonthGoals(Option<usize>),
    /// The history as a whole, or the month at a place, counted from 1.
    History(Option<usize>),
    FromHistory,
    Agreement,
    Scenario,
    Revision,
}

/// What is wrong with a plan record that does not decode, part by part (empty if it is not
/// JSON, not of a schema this build reads, or has nothing wrong).
pub fn problems(text: &str) -> Vec<RecordPart> {
    let read = json::read(text).and_then(|v| value_problems(&v));
    read.unwrap_or_default()
}

/// [`problems`] of a record already read as JSON (one of a library file's), `None` if it is
/// not of a schema this build reads.
pub fn value_problems(v: &Value) -> Option<Vec<RecordPart>> {
    let schema = v.field("schema").and_then(Value::whole_u32);
    if !matches!(schema, Some(2 | SCHEMA)) {
        return None;
    }
    let mut problems = Vec::new();
    read_noting(v, &mut problems);
    Some(problems)
}

fn read(v: &Value) -> Option<(Stored<PlanDoc>, Option<ScenarioV3>)> {
    read_noting(v, &mut Vec::new())
}

/// `found`, with `part` noted as a problem if it is missing.
fn note<T>(problems: &mut Vec<RecordPart>, part: RecordPart, found: Option<T>) -> Option<T> {
    if found.is_none() {
        problems.push(part);
    }
    found
}

/// The plan in a record's JSON value, validated by the engine's parsers: every field present
/// with its type (the optional ones, and the agreement that schema 2 lacks, may be missing or
/// null); other fields are ignored. Read straight into the document: an intermediate record
/// of strings would cost wasm for nothing. Every part that cannot be read is noted.
fn read_noting(
    v: &Value,
    problems: &mut Vec<RecordPart>,
) -> Option<(Stored<PlanDoc>, Option<ScenarioV3>)> {
    let canonical = NumberStyle::CANONICAL;
    let money = |v: &Value| NumericInput::MonthlyGoal.parse(v.text()?, canonical).ok();
    let month = |v: &Value| YearMonth::parse(v.text()?);
    let inputs = v.field("inputs");
    let input = |i: NumericInput| {
        let stored = inputs?.field(input_name(i))?;
        entry(
            stored,
            i.parse(stored.field("value")?.text()?, canonical).ok()?,
        )
    };
    let inputs = PerInput::from_fn(|i| note(problems, RecordPart::Input(i), input(i)));
    let plan_month = v.field("plan_month").and_then(|stored| {
        entry(
            stored,
            parse_plan_month(stored.field("value")?.text()?).ok()?,
        )
    });
    let plan_month = note(problems, RecordPart::PlanMonth, plan_month);
    let goal = |g: &Value| {
        let goal = g.field("goal")?;
        Some((
            month(g.field("month")?)?,
            entry(goal, money(goal.field("value")?)?)?,
        ))
    };
    let month_goals = list(v, "month_goals", RecordPart::MonthGoals, &goal, problems);
    let count = |v: &Value| v.whole().filter(|n| *n <= MAX_COUNT);
    let stage = |h: &Value, name: &str| h.optional(name, count);
    let history_month = |h: &Value| {
        Some(HistoryMonth {
            month: month(h.field("month")?)?,
            leads: count(h.field("leads")?)?,
            customers: count(h.field("customers")?)?,
            revenue: money(h.field("revenue")?)?,
            mqls: stage(h, "mqls")?,
            sqls: stage(h, "sqls")?,
            opportunities: stage(h, "opportunities")?,
        })
    };
    let history = list(v, "history", RecordPart::History, &history_month, problems);
    // One entry per month, oldest first: anything else was not written by this planner.
    let in_order = |months: &mut dyn Iterator<Item = YearMonth>, part, problems: &mut Vec<_>| {
        let months: Vec<YearMonth> = months.collect();
        note(
            problems,
            part,
            months.windows(2).all(|w| w[0] < w[1]).then_some(()),
        )
    };
    let goals_in_order = month_goals.as_ref().map(|g| {
        in_order(
            &mut g.iter().map(|(m, _)| *m),
            RecordPart::MonthGoals(None),
            problems,
        )
    });
    let history_in_order = history.as_ref().map(|h| {
        in_order(
            &mut h.iter().map(|h| h.month),
            RecordPart::History(None),
            problems,
        )
    });
    let horizon = v.field("horizon").and_then(Value::whole_u32);
    let horizon = horizon.filter(|h| (1..=MAX_HORIZON).contains(h));
    let horizon = note(problems, RecordPart::Horizon, horizon);
    let from_history = v.field("from_history").and_then(|f| {
        Some(FromHistory {
            win_rate: f.field("win_rate")?.flag()?,
            deal_size: f.field("deal_size")?.flag()?,
        })
    });
    let from_history = note(problems, RecordPart::FromHistory, from_history);
    let agreement = note(
        problems,
        RecordPart::Agreement,
        v.optional("agreement", agreement),
    );
    let scenario = v.optional("scenario", |s| {
        Some(ScenarioV3 {
            name: s.string("name")?,
            changed: s.field("changed")?.whole()?,
        })
    });
    let scenario = note(problems, RecordPart::Scenario, scenario);
    let revision = v.field("revision").and_then(Value::whole);
    let revision = note(problems, RecordPart::Revision, revision);
    goals_in_order??;
    history_in_order??;
    let doc = PlanDoc {
        inputs: inputs.transpose()?,
        plan_month: plan_month?,
        horizon: horizon?,
        month_goals: month_goals?,
        history: history?,
        from_history: from_history?,
        agreement: agreement?.unwrap_or_default(),
    };
    Some((
        Stored {
            doc,
            revision: revision?,
        },
        scenario?,
    ))
}

/// The list `name` of `v`, each item read by `item`; every item that cannot be read is noted
/// by its place (`part(Some(n))`), a list that is missing as `part(None)`.
fn list<T>(
    v: &Value,
    name: &str,
    part: fn(Option<usize>) -> RecordPart,
    item: &dyn Fn(&Value) -> Option<T>,
    problems: &mut Vec<RecordPart>,
) -> Option<Vec<T>> {
    let items = note(problems, part(None), v.field(name).and_then(Value::items))?;
    let mut all = Some(Vec::with_capacity(items.len()));
    for (at, value) in items.iter().enumerate() {
        match (
            note(problems, part(Some(at + 1)), item(value)),
            all.as_mut(),
        ) {
            (Some(read), Some(all)) => all.push(read),
            _ => all = None,
        }
    }
    all
}

/// An input's field in the record's `inputs` (as [`InputsV3`] names it).
fn input_name(input: NumericInput) -> &'static str {
    match input {
        NumericInput::MonthlyGoal => "monthly_goal",
        NumericInput::MarketingShare => "marketing_share",
        NumericInput::DealSize => "deal_size",
        NumericInput::WinRate => "win_rate",
        NumericInput::SalesCycle => "sales_cycle",
    }
}

/// The agreement's words, each within its length; each term known and defined once.
fn agreement(a: &Value) -> Option<Agreement> {
    let text = |v: &Value, max: usize| {
        v.text()
            .filter(|t| t.chars().count() <= max)
            .map(String::from)
    };
    let mut terms: Vec<(Term, String)> = Vec::new();
    for t in a.field("terms")?.items()? {
        let term = Term::from_code(t.field("term")?.text()?)?;
        if terms.iter().any(|(known, _)| *known == term) {
            return None;
        }
        terms.push((term, text(t.field("definition")?, MAX_DEFINITION)?));
    }
    Some(Agreement {
        marketing: text(a.field("marketing")?, MAX_PARTY)?,
        sales: text(a.field("sales")?, MAX_PARTY)?,
        obligations: text(a.field("obligations")?, MAX_OBLIGATIONS)?,
        terms,
    })
}

/// A stored entry whose value has been validated; its typed text is kept as typed, unless it
/// is too long to be a typo worth showing again (then the value alone is kept).
fn entry<T>(stored: &Value, value: T) -> Option<Entry<T>> {
    let typed = stored.optional("typed", |t| Some(t.text()?.to_string()))?;
    Some(Entry {
        value,
        typed: typed.filter(|t| t.chars().count() <= MAX_TYPED),
    })
}
