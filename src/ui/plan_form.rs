//! The plan's inputs, in order.

use leptos::prelude::*;

use super::choice::choice;
use super::erased::handler;
use super::number_field::NumberField;
use super::plan_state::PlanState;
use super::text_field::{FieldSpec, TextField};
use crate::engine::{InputError, NumericInput, FIRST_PLAN_YEAR, LAST_PLAN_YEAR, MAX_HORIZON};

/// Every input of the plan; results update as they change, so there is nothing to submit.
#[component]
pub fn PlanForm(state: PlanState) -> impl IntoView {
    let locale = state.locale;
    // Labels are read once: a change of language re-mounts the view.
    let text = locale.get_untracked().text();
    let message = move |error: Option<InputError>| {
        let l = locale.get();
        error.map(|e| l.language.input_error(&e, &l))
    };
    let (month, horizon) = (state.month, state.horizon);
    // Whole months from 1 to 24: a choice, so the plan length can never hold bad input.
    let lengths: [(u32, &'static str, String); MAX_HORIZON as usize] = std::array::from_fn(|i| {
        let months = i as u32 + 1;
        let l = locale.get_untracked();
        (months, LENGTH_CODES[i], l.count(u128::from(months)))
    });
    let month_spec = FieldSpec {
        hint: Some(text.plan_month_hint),
        kind: "month",
        min: Some(format!("{FIRST_PLAN_YEAR}-01")),
        max: Some(format!("{LAST_PLAN_YEAR}-12")),
        ..FieldSpec::number("plan-month".into(), text.plan_month.into())
    };
    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{text.plan_heading}</h2>
            <form on:submit=handler(|ev: leptos::ev::SubmitEvent| ev.prevent_default())>
                {NumericInput::ALL
                    .map(|input| view! { <NumberField field=state.numbers[input] locale /> })}
                <TextField
                    spec=month_spec
                    text=month.text
                    error=Signal::derive(move || message(month.error()))
                    on_text=move |t| month.type_text(t)
                />
                {choice(
                    "field",
                    "horizon",
                    text.horizon,
                    Some(text.horizon_hint),
                    lengths,
                    move || horizon.get(),
                    move |months| horizon.set(months),
                )}
            </form>
        </section>
    }
}

/// The option values of the plan length, 1 to 24.
const LENGTH_CODES: [&str; MAX_HORIZON as usize] = [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
    "18", "19", "20", "21", "22", "23", "24",
];
