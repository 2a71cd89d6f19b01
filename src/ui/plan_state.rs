//! The editable plan: for each field, what is typed and the last value that was valid.
//!
//! Results are derived from the last valid values, so a typo never blanks them; the typed
//! text is kept separately so the person sees exactly what they wrote next to its message.

use leptos::prelude::*;

use super::slider_range::{slider_range, SliderRange};
use crate::engine::{
    parse_plan_month, Decimal, FromHistory, HistoryMonth, InputError, MonthPlan, NumberStyle,
    NumericInput, PerInput, PlanError, PlanInputs, YearMonth,
};
use crate::format::Locale;
use crate::storage::{schedule_of, Agreement, Entry, PlanDoc};

/// One numeric field.
#[derive(Clone, Copy)]
pub struct NumberState {
    pub input: NumericInput,
    pub text: RwSignal<String>,
    /// The last valid value.
    pub value: RwSignal<Decimal>,
    /// The value the slider range was last fitted to; changed by typing, not by dragging, so
    /// the range never shifts under a dragging thumb.
    range_for: RwSignal<Decimal>,
    /// Whether the text was typed in this tab (not shown from a saved document).
    typed_here: StoredValue<bool>,
    /// Whether this tab's invalid text is being kept on screen over a value another tab saved
    /// later. The later save wins in storage: the kept text is not saved again (which would
    /// undo the other tab's edit) until the person types here again.
    kept_over: StoredValue<bool>,
}

impl NumberState {
    fn new(input: NumericInput, entry: &Entry<Decimal>, locale: &Locale) -> NumberState {
        let state = NumberState {
            input,
            text: RwSignal::new(String::new()),
            value: RwSignal::new(entry.value),
            range_for: RwSignal::new(entry.value),
            typed_here: StoredValue::new(false),
            kept_over: StoredValue::new(false),
        };
        state.show(entry, locale);
        state
    }

    /// Show a stored entry: its value as if typed, or the invalid text left over it.
    fn show(&self, entry: &Entry<Decimal>, locale: &Locale) {
        self.typed_here.set_value(false);
        self.kept_over.set_value(false);
        self.fit(entry.value);
        let text = entry.typed.clone();
        self.text
            .set(text.unwrap_or_else(|| locale.input_text(entry.value)));
    }

    /// A new valid value that did not come from the slider: the slider's range refits to it.
    fn fit(&self, value: Decimal) {
        self.value.set(value);
        self.range_for.set(value);
    }

    /// The field as stored: the last valid value, and the text if it is not valid (tracked).
    /// Text kept over another tab's later save is not stored.
    fn entry(&self, style: NumberStyle) -> Entry<Decimal> {
        let stored_text = self.error(style).is_some() && !self.kept_over.get_value();
        Entry {
            value: self.value.get(),
            typed: stored_text.then(|| self.text.get()),
        }
    }

    /// What is wrong with the typed text, if anything.
    pub fn error(&self, style: NumberStyle) -> Option<InputError> {
        self.text.with(|t| self.input.parse(t, style).err())
    }

    pub fn slider_range(&self) -> SliderRange {
        slider_range(self.input, self.range_for.get())
    }

    /// The person typed `text`.
    pub fn type_text(&self, text: String, style: NumberStyle) {
        if let Ok(value) = self.input.parse(&text, style) {
            self.fit(value);
        }
        self.kept_over.set_value(false);
        self.text.set(text);
        self.typed_here.set_value(true);
    }

    /// Take a saved document's entry for this field. A field the person is fixing in this tab
    /// (invalid text typed here) keeps its text and takes only the value; an unchanged field
    /// is left alone, so text being typed is never reformatted under the cursor.
    fn take(&self, entry: &Entry<Decimal>, locale: &Locale) {
        let style = locale.style();
        if untrack(|| self.entry(style)) == *entry {
            return;
        }
        let fixing_here = self.typed_here.get_value() && untrack(|| self.error(style)).is_some();
        if fixing_here {
            // Only a value saved over it counts as a later edit; the other tab's own
            // half-typed text does not replace this tab's.
            self.kept_over.set_value(entry.typed.is_none());
            self.fit(entry.value);
        } else {
            self.show(entry, locale);
        }
    }

    /// The person left the field: valid text is written again in the chosen number format
    /// (`250000` and `250k` become `250,000`).
    pub fn tidy(&self, locale: &Locale) {
        if self.error(locale.style()).is_none() {
            self.text.set(locale.input_text(self.value.get_untracked()));
        }
    }

    /// The person dragged the slider to `raw` (the range input's locale-free value).
    pub fn slide_to(&self, raw: &str, locale: &Locale) {
        if let Ok(value) = self.input.parse(raw, NumberStyle::CANONICAL) {
            self.value.set(value);
            self.text.set(locale.input_text(value));
        }
    }

    /// The slider was let go at one of its ends (dragged there, or Home or End): its range
    /// refits to the value, so there is room to go on (or, at the bottom, finer steps again).
    /// Never while dragging: the range would run away under a pointer held at the end.
    pub fn refit(&self) {
        self.range_for.set(self.value.get_untracked());
    }

    /// Rewrite the text in `locale`'s format if it was valid in the `old` style. Bad text is
    /// left as typed and read again in the new style, so nothing the person wrote vanishes and
    /// text that has become valid (`250.000` after switching to `1.234,56`) counts at once.
    fn rewrite(&self, old: NumberStyle, locale: &Locale) {
        let was_valid = self
            .text
            .with_untracked(|t| self.input.parse(t, old).is_ok());
        if was_valid {
            self.text.set(locale.input_text(self.value.get_untracked()));
        } else {
            self.type_text(self.text.get_untracked(), locale.style());
        }
    }
}

/// The plan month field.
#[derive(Clone, Copy)]
pub struct MonthState {
    pub text: RwSignal<String>,
    pub value: RwSignal<YearMonth>,
}

impl MonthState {
    fn new(entry: &Entry<YearMonth>) -> MonthState {
        MonthState {
            text: RwSignal::new(month_text(entry)),
            value: RwSignal::new(entry.value),
        }
    }

    fn show(&self, entry: &Entry<YearMonth>) {
        self.value.set(entry.value);
        self.text.set(month_text(entry));
    }

    fn entry(&self) -> Entry<YearMonth> {
        Entry {
            value: self.value.get(),
            typed: self.error().map(|_| self.text.get()),
        }
    }

    pub fn error(&self) -> Option<InputError> {
        self.text.with(|t| parse_plan_month(t).err())
    }

    pub fn type_text(&self, text: String) {
        if let Ok(month) = parse_plan_month(&text) {
            self.value.set(month);
        }
        self.text.set(text);
    }
}

/// Set `month`'s goal, keeping the goals in month order.
fn put_goal(goals: &mut Vec<(YearMonth, Entry<Decimal>)>, month: YearMonth, goal: Entry<Decimal>) {
    match goals.binary_search_by_key(&month, |(m, _)| *m) {
        Ok(at) => goals[at].1 = goal,
        Err(at) => goals.insert(at, (month, goal)),
    }
}

fn month_text(entry: &Entry<YearMonth>) -> String {
    let text = entry.typed.clone();
    text.unwrap_or_else(|| entry.value.to_string())
}

/// Everything the person can edit: the settings and the plan document.
#[derive(Clone, Copy)]
pub struct PlanState {
    pub locale: RwSignal<Locale>,
    pub numbers: PerInput<NumberState>,
    pub month: MonthState,
    /// The plan length in months, 1 to 24.
    pub horizon: RwSignal<u32>,
    pub month_goals: RwSignal<Vec<(YearMonth, Entry<Decimal>)>>,
    pub history: RwSignal<Vec<HistoryMonth>>,
    pub from_history: RwSignal<FromHistory>,
    pub agreement: RwSignal<Agreement>,
}

impl PlanState {
    pub fn new(doc: &PlanDoc, locale: Locale) -> PlanState {
        PlanState {
            locale: RwSignal::new(locale),
            numbers: PerInput::from_fn(|input| {
                NumberState::new(input, &doc.inputs[input], &locale)
            }),
            month: MonthState::new(&doc.plan_month),
            horizon: RwSignal::new(doc.horizon),
            month_goals: RwSignal::new(doc.month_goals.clone()),
            history: RwSignal::new(doc.history.clone()),
            from_history: RwSignal::new(doc.from_history),
            agreement: RwSignal::new(doc.agreement.clone()),
        }
    }

    /// The plan document as it stands, typed text included (tracked).
    pub fn doc(&self) -> PlanDoc {
        let style = self.locale.get().style();
        PlanDoc {
            inputs: PerInput::from_fn(|input| self.numbers[input].entry(style)),
            plan_month: self.month.entry(),
            horizon: self.horizon.get(),
            month_goals: self.month_goals.get(),
            history: self.history.get(),
            from_history: self.from_history.get(),
            agreement: self.agreement.get(),
        }
    }

    /// Show a plan document (another tab's save, or a merge with it): every field that
    /// differs, except the text of a field the person is fixing here.
    pub fn apply(&self, doc: &PlanDoc) {
        self.show(doc, false);
    }

    /// Show another plan in place of this one (opened from a link or a file): every field,
    /// text being fixed included.
    pub fn replace(&self, doc: &PlanDoc) {
        self.show(doc, true);
    }

    fn show(&self, doc: &PlanDoc, everything: bool) {
        let locale = self.locale.get_untracked();
        for (input, n) in self.numbers.iter() {
            if everything {
                n.show(&doc.inputs[input], &locale);
            } else {
                n.take(&doc.inputs[input], &locale);
            }
        }
        self.month.show(&doc.plan_month);
        if self.horizon.get_untracked() != doc.horizon {
            self.horizon.set(doc.horizon);
        }
        self.month_goals.set(doc.month_goals.clone());
        self.history.set(doc.history.clone());
        self.from_history.set(doc.from_history);
        if self.agreement.with_untracked(|a| *a != doc.agreement) {
            self.agreement.set(doc.agreement.clone());
        }
    }

    /// The last valid typed values (tracked).
    pub fn values(&self) -> PerInput<Decimal> {
        PerInput::from_fn(|input| self.numbers[input].value.get())
    }

    /// The plan's exact inputs from the last valid values (tracked).
    pub fn inputs(&self) -> PlanInputs {
        PlanInputs::from_typed(&self.values(), self.month.value.get())
    }

    /// Whether any field currently holds text that is not valid (tracked).
    pub fn has_errors(&self) -> bool {
        let style = self.locale.get().style();
        self.numbers.iter().any(|(_, n)| n.error(style).is_some())
            || self.month.error().is_some()
            || self.month_goal_error_shown(style)
    }

    /// Whether a revenue month of the plan holds goal text that is not valid (tracked). Goals
    /// of months outside the plan (after it was shortened) are kept, but do not mark it.
    fn month_goal_error_shown(&self, style: NumberStyle) -> bool {
        let (first, horizon) = (self.month.value.get(), self.horizon.get());
        self.month_goals.with(|goals| {
            goals.iter().any(|(month, goal)| {
                let shown = (0..i64::from(horizon)).contains(&first.months_until(*month));
                let typed = goal.typed.as_deref();
                shown && typed.is_some_and(|t| NumericInput::MonthlyGoal.parse(t, style).is_err())
            })
        })
    }

    /// Every revenue month of the plan, from the last valid values (tracked).
    pub fn schedule(&self) -> Result<Vec<MonthPlan>, PlanError> {
        let inputs = self.inputs();
        let from_history = self.from_history.get();
        let horizon = self.horizon.get();
        self.month_goals.with(|goals| {
            self.history
                .with(|history| schedule_of(&inputs, (horizon, goals), history, from_history))
        })
    }

    /// A revenue month's own goal, if it has one (tracked).
    pub fn month_goal(&self, month: YearMonth) -> Option<Entry<Decimal>> {
        self.month_goals.with(|goals| {
            let found = goals.iter().find(|(m, _)| *m == month);
            found.map(|(_, g)| g.clone())
        })
    }

    /// The person typed `text` as `month`'s goal: a valid amount becomes its goal, anything
    /// else is kept as typed (with the last valid goal) so its message shows.
    pub fn type_month_goal(&self, month: YearMonth, text: String, style: NumberStyle) {
        let monthly = self.numbers[NumericInput::MonthlyGoal]
            .value
            .get_untracked();
        let fallback = self.month_goal(month).map_or(monthly, |g| g.value);
        match NumericInput::MonthlyGoal.parse(&text, style) {
            // The monthly goal itself: the month follows it again rather than fixing a copy.
            Ok(value) if value == monthly => self.month_goals.update(|goals| {
                goals.retain(|(m, _)| *m != month);
            }),
            Ok(value) => self
                .month_goals
                .update(|goals| put_goal(goals, month, Entry::valid(value))),
            Err(_) => self.month_goals.update(|goals| {
                let typed = Entry {
                    value: fallback,
                    typed: Some(text),
                };
                put_goal(goals, month, typed);
            }),
        }
    }

    /// The goal of `month` as planned: its own, or the monthly goal (tracked).
    pub fn goal_of(&self, month: YearMonth) -> Decimal {
        match self.month_goal(month) {
            Some(goal) => goal.value,
            None => self.numbers[NumericInput::MonthlyGoal].value.get(),
        }
    }

    /// Switch settings, rewriting every valid field in the new number format.
    pub fn set_locale(&self, locale: Locale) {
        let old = self.locale.get_untracked().style();
        for (_, n) in self.numbers.iter() {
            n.rewrite(old, &locale);
        }
        // Goal text left invalid is read again in the new format, as the fields' text is.
        let invalid: Vec<(YearMonth, String)> = self.month_goals.with_untracked(|goals| {
            let typed = goals
                .iter()
                .filter_map(|(m, g)| Some((*m, g.typed.clone()?)));
            typed.collect()
        });
        for (month, text) in invalid {
            self.type_month_goal(month, text, locale.style());
        }
        self.locale.set(locale);
    }
}
