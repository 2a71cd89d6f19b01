//! The plan month picker.

use leptos::prelude::*;

use super::plan_state::MonthState;
use crate::format::Locale;

/// A labelled `<input type="month">` with its hint and error message.
#[component]
pub fn MonthField(field: MonthState, #[prop(into)] locale: Signal<Locale>) -> impl IntoView {
    // Labels are read once: a change of language re-mounts the view.
    let text = locale.get_untracked().text();
    let error = Memo::new(move |_| field.error());
    let message = move || {
        let l = locale.get();
        error.get().map(|e| l.language.input_error(&e, &l))
    };
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for="plan-month">{text.plan_month}</label>
            <div class="field-controls">
                <input
                    id="plan-month"
                    type="month"
                    placeholder=text.plan_month_placeholder
                    min=format!("{}-01", crate::engine::FIRST_PLAN_YEAR)
                    max=format!("{}-12", crate::engine::LAST_PLAN_YEAR)
                    prop:value=move || field.text.get()
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby=move || {
                        if error.get().is_some() { "plan-month-error" } else { "plan-month-hint" }
                    }
                    on:input=move |ev| field.type_text(event_target_value(&ev))
                />
            </div>
            <p class="hint" id="plan-month-hint">{text.plan_month_hint}</p>
            <p class="error" id="plan-month-error" aria-live="polite">{message}</p>
        </div>
    }
}
