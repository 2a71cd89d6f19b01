//! The plan's inputs, in order.

use leptos::prelude::*;

use super::month_field::MonthField;
use super::number_field::NumberField;
use super::plan_state::PlanState;
use crate::engine::NumericInput;

/// Every input of the plan; results update as they change, so there is nothing to submit.
#[component]
pub fn PlanForm(state: PlanState) -> impl IntoView {
    let locale = state.locale;
    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{locale.get_untracked().text().plan_heading}</h2>
            <form on:submit=|ev| ev.prevent_default()>
                {NumericInput::ALL
                    .map(|input| view! { <NumberField field=state.numbers[input] locale /> })}
                <MonthField field=state.month locale />
            </form>
        </section>
    }
}
