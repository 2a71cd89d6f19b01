//! The plan's inputs, in order.

use leptos::prelude::*;

use super::number_field::NumberField;
use super::plan_state::PlanState;
use super::text_field::{FieldSpec, TextField};
use crate::engine::{InputError, NumericInput, FIRST_PLAN_YEAR, LAST_PLAN_YEAR};

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
    let month_spec = FieldSpec {
        hint: Some(text.plan_month_hint),
        kind: "month",
        min: Some(format!("{FIRST_PLAN_YEAR}-01")),
        max: Some(format!("{LAST_PLAN_YEAR}-12")),
        ..FieldSpec::number("plan-month".into(), text.plan_month.into())
    };
    let horizon_spec = FieldSpec {
        hint: Some(text.horizon_hint),
        inputmode: "numeric",
        ..FieldSpec::number("horizon".into(), text.horizon.into())
    };
    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{text.plan_heading}</h2>
            <form on:submit=|ev| ev.prevent_default()>
                {NumericInput::ALL
                    .map(|input| view! { <NumberField field=state.numbers[input] locale /> })}
                <TextField
                    spec=month_spec
                    text=month.text
                    error=Signal::derive(move || message(month.error()))
                    on_text=move |t| month.type_text(t)
                />
                <TextField
                    spec=horizon_spec
                    text=horizon.text
                    error=Signal::derive(move || message(horizon.error(locale.get().style())))
                    on_text=move |t| horizon.type_text(t, locale.get_untracked().style())
                />
            </form>
        </section>
    }
}
