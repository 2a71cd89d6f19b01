//! The SLA quota and its supporting figures, with the math behind them.

use leptos::prelude::*;

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
    let figure = move |f: fn(&Plan, &Locale) -> String| move || f(&plan.get(), &locale.get());
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{text.results_heading}</h2>
            <p class="stale" role="status">{move || stale.get().then_some(text.stale)}</p>
            <div class="result result-primary">
                <label for="result-leads">{text.leads}</label>
                <output id="result-leads">{figure(|p, l| l.count(p.leads_per_month))}</output>
            </div>
            <div class="result-grid">
                <div class="result">
                    <label for="result-customers">{text.customers}</label>
                    <output aria-live="off" id="result-customers">{figure(|p, l| l.fraction(p.customers))}</output>
                </div>
                <div class="result">
                    <label for="result-lead-value">{text.lead_value}</label>
                    <output aria-live="off" id="result-lead-value">{figure(|p, l| l.money(p.lead_value))}</output>
                </div>
                <div class="result">
                    <label for="result-delivery">{text.delivery_month}</label>
                    <output aria-live="off" id="result-delivery">{figure(|p, l| l.month(p.delivery_month))}</output>
                    <p class="result-note">{figure(|p, l| l.language.delivery_note(p, l))}</p>
                    <p class="result-note warning">
                        {move || {
                            let (p, l) = (plan.get(), locale.get());
                            (p.delivery_month < today)
                                .then(|| l.language.delivery_past(p.delivery_month, &l))
                        }}
                    </p>
                </div>
            </div>
            <details class="math">
                <summary>{text.show_math}</summary>
                <ol>
                    {move || {
                        let l = locale.get();
                        l.language
                            .math_steps(&plan.get(), &l)
                            .into_iter()
                            .map(|step| view! { <li>{step}</li> })
                            .collect_view()
                    }}
                </ol>
            </details>
        </section>
    }
}
