//! The editable plan: for each field, what is typed and the last value that was valid.
//!
//! Results are derived from the last valid values, so a typo never blanks them; the typed
//! text is kept separately so the person sees exactly what they wrote next to its message.

use leptos::prelude::*;

use super::slider_range::{slider_range, SliderRange};
use crate::engine::{
    parse_plan_month, Decimal, InputError, NumberStyle, NumericInput, PerInput, PlanInputs,
    YearMonth,
};
use crate::format::Locale;
use crate::storage::SavedPlan;

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
}

impl NumberState {
    fn new(input: NumericInput, value: Decimal, locale: &Locale) -> NumberState {
        NumberState {
            input,
            text: RwSignal::new(locale.input_text(value)),
            value: RwSignal::new(value),
            range_for: RwSignal::new(value),
        }
    }

    /// Show `value` as if it had been typed.
    fn show(&self, value: Decimal, locale: &Locale) {
        self.value.set(value);
        self.range_for.set(value);
        self.text.set(locale.input_text(value));
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
            self.value.set(value);
            self.range_for.set(value);
        }
        self.text.set(text);
    }

    /// The person dragged the slider to `raw` (the range input's locale-free value).
    pub fn slide_to(&self, raw: &str, locale: &Locale) {
        if let Ok(value) = self.input.parse(raw, NumberStyle::CANONICAL) {
            self.value.set(value);
            self.text.set(locale.input_text(value));
        }
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

/// Everything the person can edit.
#[derive(Clone, Copy)]
pub struct PlanState {
    pub locale: RwSignal<Locale>,
    pub numbers: PerInput<NumberState>,
    pub month: MonthState,
}

impl PlanState {
    pub fn new(saved: SavedPlan) -> PlanState {
        let locale = saved.locale;
        PlanState {
            locale: RwSignal::new(locale),
            numbers: PerInput::from_fn(|input| {
                NumberState::new(input, saved.values[input], &locale)
            }),
            month: MonthState {
                text: RwSignal::new(saved.plan_month.to_string()),
                value: RwSignal::new(saved.plan_month),
            },
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
        self.numbers.iter().any(|(_, n)| n.error(style).is_some()) || self.month.error().is_some()
    }

    /// What a save stores (tracked).
    pub fn saved(&self) -> SavedPlan {
        SavedPlan {
            values: self.values(),
            plan_month: self.month.value.get(),
            locale: self.locale.get(),
        }
    }

    /// What a save stores, without subscribing to changes.
    pub fn saved_untracked(&self) -> SavedPlan {
        untrack(|| self.saved())
    }

    /// Take over a plan saved elsewhere (another tab), replacing every field.
    pub fn replace(&self, saved: SavedPlan) {
        self.locale.set(saved.locale);
        for (input, n) in self.numbers.iter() {
            n.show(saved.values[input], &saved.locale);
        }
        self.month.value.set(saved.plan_month);
        self.month.text.set(saved.plan_month.to_string());
    }

    /// Switch settings, rewriting every valid field in the new number format.
    pub fn set_locale(&self, locale: Locale) {
        let old = self.locale.get_untracked().style();
        for (_, n) in self.numbers.iter() {
            n.rewrite(old, &locale);
        }
        self.locale.set(locale);
    }
}
