//! The plan document: everything a plan holds, as the person left it (including text they
//! left invalid), in plain engine types. The stored record converts to and from it.

use super::document::{pick, Document, Record, Stored};
use crate::engine::{
    plan_schedule, sorted_months, Decimal, FromHistory, HistoryMonth, MonthPlan, NumericInput,
    PerInput, PlanError, PlanInputs, Term, YearMonth,
};

/// A field's last valid value, and the text typed over it when that text is not valid, so a
/// reload shows the same text with the same message instead of silently keeping the value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry<T> {
    pub value: T,
    pub typed: Option<String>,
}

impl<T> Entry<T> {
    pub fn valid(value: T) -> Entry<T> {
        Entry { value, typed: None }
    }
}

/// The plan as a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDoc {
    pub inputs: PerInput<Entry<Decimal>>,
    pub plan_month: Entry<YearMonth>,
    /// Consecutive revenue months planned, from the plan month.
    pub horizon: u32,
    /// Revenue goals that differ from the monthly goal, by revenue month.
    pub month_goals: Vec<(YearMonth, Entry<Decimal>)>,
    /// Monthly history, oldest first, one entry per month.
    pub history: Vec<HistoryMonth>,
    pub from_history: FromHistory,
    pub agreement: Agreement,
}

/// What the signed agreement says besides the numbers, as the team typed it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agreement {
    /// Who signs for marketing, and for sales (a name and a role).
    pub marketing: String,
    pub sales: String,
    /// What sales commits to in return for the leads.
    pub obligations: String,
    /// The definitions the team rewrote, by term; the others are the planner's own.
    pub terms: Vec<(Term, String)>,
}

/// The longest signatory and obligations kept.
pub const MAX_PARTY: usize = 200;
pub const MAX_OBLIGATIONS: usize = 4_000;

/// The quarter: the default number of months planned.
pub const DEFAULT_HORIZON: u32 = 3;

impl PlanDoc {
    /// A plan of typed values only, with nothing else set.
    pub fn new(values: &PerInput<Decimal>, plan_month: YearMonth) -> PlanDoc {
        PlanDoc {
            inputs: PerInput::from_fn(|input| Entry::valid(values[input])),
            plan_month: Entry::valid(plan_month),
            horizon: DEFAULT_HORIZON,
            month_goals: Vec::new(),
            history: Vec::new(),
            from_history: FromHistory::default(),
            agreement: Agreement::default(),
        }
    }

    /// The last valid value of every input.
    pub fn values(&self) -> PerInput<Decimal> {
        PerInput::from_fn(|input| self.inputs[input].value)
    }

    /// Every revenue month of the plan, from the last valid values.
    pub fn schedule(&self) -> Result<Vec<MonthPlan>, PlanError> {
        let inputs = PlanInputs::from_typed(&self.values(), self.plan_month.value);
        let goals = (self.horizon, &self.month_goals[..]);
        schedule_of(&inputs, goals, &self.history, self.from_history)
    }
}

/// A plan's revenue months: `horizon` of them, each with its own goal from `goals` or else
/// the monthly goal (the page's plan and every saved scenario are planned by this).
pub fn schedule_of(
    inputs: &PlanInputs,
    (horizon, goals): (u32, &Goals),
    history: &[HistoryMonth],
    from_history: FromHistory,
) -> Result<Vec<MonthPlan>, PlanError> {
    let goal_for = |month: YearMonth| {
        let set = goals.iter().find(|(m, _)| *m == month);
        set.map_or(inputs.monthly_goal, |(_, g)| g.value.to_ratio())
    };
    plan_schedule(inputs, horizon, goal_for, history, from_history)
}

/// One field of a three-way merge. A field whose invalid text this tab typed (it differs from
/// `base`) is being fixed here: its text stays while its last valid value still merges, so
/// the other tab's value is not reverted when this tab saves; the other tab then shows the
/// text being fixed too, as a reload would. Otherwise (including when both tabs are fixing
/// the field) the usual rule applies, and the tabs converge on the later save.
fn pick_entry<T: PartialEq + Clone>(
    base: &Entry<T>,
    ours: &Entry<T>,
    theirs: &Entry<T>,
) -> Entry<T> {
    let fixing_here = ours.typed.is_some() && ours.typed != base.typed;
    if fixing_here && theirs.typed.is_none() {
        Entry {
            value: pick(&base.value, &ours.value, &theirs.value),
            typed: ours.typed.clone(),
        }
    } else {
        pick(base, ours, theirs)
    }
}

type Goals = [(YearMonth, Entry<Decimal>)];

/// Month goals merged month by month, so two tabs editing different months keep both edits;
/// a goal one tab removed stays removed unless the other changed it.
fn merge_goals(base: &Goals, ours: &Goals, theirs: &Goals) -> Vec<(YearMonth, Entry<Decimal>)> {
    let goal = |goals: &Goals, month: YearMonth| {
        let found = goals.iter().find(|(m, _)| *m == month);
        found.map(|(_, g)| g.clone())
    };
    sorted_months([base, ours, theirs].into_iter().flatten().map(|(m, _)| *m))
        .into_iter()
        .filter_map(|month| {
            let (b, o, t) = (goal(base, month), goal(ours, month), goal(theirs, month));
            let merged = match (&b, &o, &t) {
                _ if o == b => t,
                (Some(b), Some(o), Some(t)) => Some(pick_entry(b, o, t)),
                _ => o,
            };
            merged.map(|g| (month, g))
        })
        .collect()
}

/// The agreement merged field by field, and its definitions term by term.
fn merge_agreement(base: &Agreement, ours: &Agreement, theirs: &Agreement) -> Agreement {
    let text = |f: fn(&Agreement) -> &String| pick(f(base), f(ours), f(theirs));
    let definition = |a: &Agreement, term: Term| {
        let found = a.terms.iter().find(|(t, _)| *t == term);
        found.map(|(_, d)| d.clone())
    };
    let terms = Term::ALL.into_iter().filter_map(|term| {
        let [b, o, t] = [base, ours, theirs].map(|a| definition(a, term));
        pick(&b, &o, &t).map(|d| (term, d))
    });
    Agreement {
        marketing: text(|a| &a.marketing),
        sales: text(|a| &a.sales),
        obligations: text(|a| &a.obligations),
        terms: terms.collect(),
    }
}

impl Record for PlanDoc {
    fn encode(&self, revision: u64) -> String {
        super::plan_record::encode(self, revision, None)
    }

    /// A scenario's record reads as its plan.
    fn decode(text: &str) -> Result<Stored<PlanDoc>, super::DecodeError> {
        super::plan_record::decode(text).map(|(plan, _)| plan)
    }
}

impl Document for PlanDoc {
    fn merge(base: &PlanDoc, ours: &PlanDoc, theirs: &PlanDoc) -> PlanDoc {
        let input =
            |i: NumericInput| pick_entry(&base.inputs[i], &ours.inputs[i], &theirs.inputs[i]);
        PlanDoc {
            inputs: PerInput::from_fn(input),
            plan_month: pick_entry(&base.plan_month, &ours.plan_month, &theirs.plan_month),
            horizon: pick(&base.horizon, &ours.horizon, &theirs.horizon),
            month_goals: merge_goals(&base.month_goals, &ours.month_goals, &theirs.month_goals),
            history: pick(&base.history, &ours.history, &theirs.history),
            from_history: FromHistory {
                win_rate: pick(
                    &base.from_history.win_rate,
                    &ours.from_history.win_rate,
                    &theirs.from_history.win_rate,
                ),
                deal_size: pick(
                    &base.from_history.deal_size,
                    &ours.from_history.deal_size,
                    &theirs.from_history.deal_size,
                ),
            },
            agreement: merge_agreement(&base.agreement, &ours.agreement, &theirs.agreement),
        }
    }
}
