//! A numeric input with its what-if slider, hint and error message.

use leptos::prelude::*;

use super::plan_state::NumberState;
use crate::engine::NumericInput;
use crate::format::Locale;

/// A labelled text field and a slider bound to the same value; the message for bad input
/// sits beside the field and is tied to it with `aria-describedby`.
#[component]
pub fn NumberField(field: NumberState, #[prop(into)] locale: Signal<Locale>) -> impl IntoView {
    let id = dom_id(field.input);
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    // Labels are read once: a change of language re-mounts the view.
    let language = locale.get_untracked().language;
    let label = language.input_label(field.input);
    let error = Memo::new(move |_| field.error(locale.get().style()));
    let message = move || {
        let l = locale.get();
        error.get().map(|e| l.language.input_error(&e, &l))
    };
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        // The message first, and the hint still, so nothing is lost once a field is wrong.
        move || match error.get() {
            Some(_) => format!("{error_id} {hint_id}"),
            None => hint_id.clone(),
        }
    };
    let range = move || field.slider_range();
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id>{label}</label>
            <div class="field-controls">
                <input
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || field.text.get()
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby=described_by
                    on:input=move |ev| {
                        field.type_text(event_target_value(&ev), locale.get_untracked().style())
                    }
                />
                <input
                    type="range"
                    aria-label=language.slider_label(field.input)
                    aria-valuetext=move || {
                        locale.get().quantity(field.value.get(), field.input.unit())
                    }
                    min=move || range().min.canonical()
                    max=move || range().max.canonical()
                    step=move || range().step.canonical()
                    prop:value=move || field.value.get().canonical()
                    on:input=move |ev| {
                        field.slide_to(&event_target_value(&ev), &locale.get_untracked())
                    }
                />
            </div>
            <p class="hint" id=hint_id>{language.input_hint(field.input)}</p>
            <p class="error" id=error_id aria-live="polite">{message}</p>
        </div>
    }
}

/// The element id of an input's text field.
fn dom_id(input: NumericInput) -> &'static str {
    match input {
        NumericInput::MonthlyGoal => "monthly-goal",
        NumericInput::MarketingShare => "marketing-share",
        NumericInput::DealSize => "deal-size",
        NumericInput::WinRate => "win-rate",
        NumericInput::SalesCycle => "sales-cycle",
    }
}
