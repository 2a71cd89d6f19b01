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

#[derive(Default, Serialize)]
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

impl InputsV3 {
    fn get(&self, input: NumericInput) -> &EntryV3 {
        match input {
            NumericInput::MonthlyGoal => &self.monthly_goal,
            NumericInput::MarketingShare => &self.marketing_share,
            NumericInput::DealSize => &self.deal_size,
            NumericInput::WinRate => &self.win_rate,
            NumericInput::SalesCycle => &self.sales_cycle,
        }
    }
}

/// The record of a plan at `revision`, with a scenario's name and time of change if it is one.
pub fn encode(doc: &PlanDoc, revision: u64, scenario: Option<ScenarioV3>) -> String {
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
            .and_then(from_record)
            .ok_or(DecodeError::Unreadable),
        Some(newer) if newer > SCHEMA => Err(DecodeError::NewerSchema(newer)),
        _ => Err(DecodeError::Unreadable),
    }
}

/// The record in a JSON value: every field present with its type (the optional ones, and the
/// agreement that schema 2 lacks, may be missing or null); other fields are ignored.
fn read(v: &Value) -> Option<RecordV3> {
    let entry = |v: &Value| {
        Some(EntryV3 {
            value: v.string("value")?,
            typed: v.optional("typed", |t| Some(t.text()?.to_string()))?,
        })
    };
    let inputs = v.field("inputs")?;
    let input = |name: &str| entry(inputs.field(name)?);
    let from_history = v.field("from_history")?;
    Some(RecordV3 {
        schema: v.field("schema")?.whole_u32()?,
        revision: v.field("revision")?.whole()?,
        inputs: InputsV3 {
            monthly_goal: input("monthly_goal")?,
            marketing_share: input("marketing_share")?,
            deal_size: input("deal_size")?,
            win_rate: input("win_rate")?,
            sales_cycle: input("sales_cycle")?,
        },
        plan_month: entry(v.field("plan_month")?)?,
        horizon: v.field("horizon")?.whole_u32()?,
        month_goals: v
            .field("month_goals")?
            .items()?
            .iter()
            .map(|g| {
                Some(MonthGoalV3 {
                    month: g.string("month")?,
                    goal: entry(g.field("goal")?)?,
                })
            })
            .collect::<Option<_>>()?,
        history: v
            .field("history")?
            .items()?
            .iter()
            .map(|h| {
                Some(HistoryV3 {
                    month: h.string("month")?,
                    leads: h.field("leads")?.whole()?,
                    customers: h.field("customers")?.whole()?,
                    revenue: h.string("revenue")?,
                    mqls: h.optional("mqls", Value::whole)?,
                    sqls: h.optional("sqls", Value::whole)?,
                    opportunities: h.optional("opportunities", Value::whole)?,
                })
            })
            .collect::<Option<_>>()?,
        from_history: FromHistoryV3 {
            win_rate: from_history.field("win_rate")?.flag()?,
            deal_size: from_history.field("deal_size")?.flag()?,
        },
        agreement: v
            .optional("agreement", |a| {
                Some(AgreementV3 {
                    marketing: a.string("marketing")?,
                    sales: a.string("sales")?,
                    obligations: a.string("obligations")?,
                    terms: a
                        .field("terms")?
                        .items()?
                        .iter()
                        .map(|t| {
                            Some(TermV3 {
                                term: t.string("term")?,
                                definition: t.string("definition")?,
                            })
                        })
                        .collect::<Option<_>>()?,
                })
            })?
            .unwrap_or_default(),
        scenario: v.optional("scenario", |s| {
            Some(ScenarioV3 {
                name: s.string("name")?,
                changed: s.field("changed")?.whole()?,
            })
        })?,
    })
}

fn from_record(r: RecordV3) -> Option<(Stored<PlanDoc>, Option<ScenarioV3>)> {
    let money = |text: &str| {
        NumericInput::MonthlyGoal
            .parse(text, NumberStyle::CANONICAL)
            .ok()
    };
    let month = |text: &str| YearMonth::parse(text);
    let inputs = PerInput::from_fn(|i| {
        let e = r.inputs.get(i);
        entry(e, i.parse(&e.value, NumberStyle::CANONICAL).ok()?)
    })
    .transpose()?;
    let plan_month = entry(&r.plan_month, parse_plan_month(&r.plan_month.value).ok()?)?;
    let mut month_goals = Vec::with_capacity(r.month_goals.len());
    for g in &r.month_goals {
        month_goals.push((month(&g.month)?, entry(&g.goal, money(&g.goal.value)?)?));
    }
    let count = |n: u64| (n <= MAX_COUNT).then_some(n);
    let stage = |n: Option<u64>| n.map(count).map_or(Some(None), |n| n.map(Some));
    let mut history = Vec::with_capacity(r.history.len());
    for h in &r.history {
        history.push(HistoryMonth {
            month: month(&h.month)?,
            leads: count(h.leads)?,
            customers: count(h.customers)?,
            revenue: money(&h.revenue)?,
            mqls: stage(h.mqls)?,
            sqls: stage(h.sqls)?,
            opportunities: stage(h.opportunities)?,
        });
    }
    // One entry per month, oldest first: anything else was not written by this planner.
    let ascending = history.windows(2).all(|w| w[0].month < w[1].month)
        && month_goals.windows(2).all(|w| w[0].0 < w[1].0);
    let horizon_ok = (1..=MAX_HORIZON).contains(&r.horizon);
    let agreement = agreement(r.agreement)?;
    let plan = Stored {
        doc: PlanDoc {
            inputs,
            plan_month,
            horizon: r.horizon,
            month_goals,
            history,
            from_history: FromHistory {
                win_rate: r.from_history.win_rate,
                deal_size: r.from_history.deal_size,
            },
            agreement,
        },
        revision: r.revision,
    };
    (ascending && horizon_ok).then_some((plan, r.scenario))
}

/// The agreement's words, each within its length; each term known and defined once.
fn agreement(a: AgreementV3) -> Option<Agreement> {
    let fits = |text: &str, max: usize| text.chars().count() <= max;
    let mut terms: Vec<(Term, String)> = Vec::with_capacity(a.terms.len());
    for t in a.terms {
        let term = Term::from_code(&t.term)?;
        if terms.iter().any(|(known, _)| *known == term) || !fits(&t.definition, MAX_DEFINITION) {
            return None;
        }
        terms.push((term, t.definition));
    }
    let parties = fits(&a.marketing, MAX_PARTY) && fits(&a.sales, MAX_PARTY);
    (parties && fits(&a.obligations, MAX_OBLIGATIONS)).then_some(Agreement {
        marketing: a.marketing,
        sales: a.sales,
        obligations: a.obligations,
        terms,
    })
}

/// A stored entry whose value has been validated; its typed text is kept as typed, unless it
/// is too long to be a typo worth showing again (then the value alone is kept).
fn entry<T>(stored: &EntryV3, value: T) -> Option<Entry<T>> {
    let typed = stored
        .typed
        .as_ref()
        .filter(|t| t.chars().count() <= MAX_TYPED);
    Some(Entry {
        value,
        typed: typed.cloned(),
    })
}
