//! The SLA quota and its supporting figures, with the math behind them.

use leptos::prelude::*;

use super::erased::effect;
use super::html::{escape_into, show_text, show_text_in, write_into};
use crate::engine::{Plan, YearMonth};
use crate::format::Locale;

/// The results as labelled `<output>`s. While any field is invalid they keep their last
/// valid values under a notice that says so. Only the quota is a live region (as `<output>`
/// is by default): all of them would make screen readers chatter while a slider moves.
#[component]
pub fn Results(
    #[prop(into)] plan: Signal<Plan>,
    #[prop(into)] stale: Signal<bool>,
    #[prop(into)] locale: Signal<Locale>,
    /// This month, to say when the plan's delivery month is already past.
    today: YearMonth,
) -> impl IntoView {
    // Labels are read once: a change of language re-mounts the view.
    let text = locale.get_untracked().text();
    // One effect writes every figure: a reactive closure per figure costs more wasm.
    effect(move |first| {
        if first {
            // Labels are read once (see above).
            show_text_in("quota-bar-label", text.leads);
        }
        let (p, l) = (plan.get(), locale.get());
        let past =
            (p.delivery_month < today).then(|| l.language.delivery_past(p.delivery_month, &l));
        let leads = l.count(p.leads_per_month);
        // Figures (true) and words (false).
        for (id, figure, number) in [
            ("quota-bar", leads.clone(), true),
            ("result-leads", leads, true),
            ("result-customers", l.fraction(p.customers), true),
            ("result-lead-value", l.money(p.lead_value), true),
            ("result-delivery", l.month(p.delivery_month), false),
            ("result-note", l.language.delivery_note(&p, &l), false),
            ("result-past", past.unwrap_or_default(), false),
        ] {
            if let Some(element) = document().get_element_by_id(id) {
                show_text(&element, &figure);
                // A long number is set smaller to fit its box (style/main.css): never wrapped.
                let long = number && figure.chars().count() > 12;
                let _ = element.toggle_attribute_with_force("data-long", long);
            }
        }
        // Stale figures stay, dimmed (the whole column of outputs), under the notice.
        let is_stale = stale.get();
        show_text_in("result-stale", if is_stale { text.stale } else { "" });
        // Printed, a plan with fields left invalid says it is not the one to sign.
        show_text_in(
            "print-warning",
            if is_stale { text.not_ready_to_sign } else { "" },
        );
        for id in ["outputs", "quota-bar-box"] {
            if let Some(element) = document().get_element_by_id(id) {
                let _ = element.class_list().toggle_with_force("is-stale", is_stale);
            }
        }
        let mut steps = String::new();
        for step in l.language.math_steps(&p, &l) {
            steps.push_str("<li>");
            escape_into(&mut steps, &step);
            steps.push_str("</li>");
        }
        write_into("result-math", &steps);
    });
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{text.results_heading}</h2>
            <p class="stale" role="status" id="result-stale"></p>
            <div class="result result-primary">
                <label for="result-leads">{text.leads}</label>
                <output id="result-leads"></output>
            </div>
            <div class="result-grid">
                <div class="result">
                    <label for="result-customers">{text.customers}</label>
                    <output aria-live="off" id="result-customers"></output>
                </div>
                <div class="result">
                    <label for="result-lead-value">{text.lead_value}</label>
                    <output aria-live="off" id="result-lead-value"></output>
                </div>
                <div class="result">
                    <label for="result-delivery">{text.delivery_month}</label>
                    <output aria-live="off" id="result-delivery"></output>
                    <p class="result-note" id="result-note"></p>
                    <p class="result-note warning" id="result-past"></p>
                </div>
            </div>
            <details class="math">
                <summary>{text.show_math}</summary>
                <ol id="result-math"></ol>
            </details>
        </section>
    }
}
