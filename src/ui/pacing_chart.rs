//! The pacing ("waterfall") chart and its table for screen readers.

use leptos::html::Canvas;
use leptos::prelude::*;

use super::observed_size::observed_size;
use super::text_table::{TableText, TextTable};
use crate::chart::canvas::draw_pacing_on;
use crate::chart::pacing_model;
use crate::engine::{pacing_targets, Plan};
use crate::format::Locale;

/// The cumulative daily target over the plan month, redrawn whenever the plan, the locale or
/// the window size changes. The canvas counts completed redraws in `data-draws`, which the
/// benchmark and tests watch.
#[component]
pub fn PacingChart(
    #[prop(into)] plan: Signal<Plan>,
    #[prop(into)] locale: Signal<Locale>,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let size = observed_size(canvas);
    let failed = RwSignal::new(false);
    let draws = StoredValue::new(0u32);
    Effect::new(move |_| {
        let css_size = size.get();
        let model = pacing_model(&plan.get(), &locale.get());
        let Some(canvas) = canvas.get() else { return };
        let Ok(model) = model else {
            failed.set(true);
            return;
        };
        match draw_pacing_on(&canvas, css_size, &model) {
            Ok(drawn) => {
                failed.set(false);
                if drawn {
                    draws.update_value(|n| *n += 1);
                    // Best effort: the count is for observers, not for the person.
                    let _ = canvas.set_attribute("data-draws", &draws.get_value().to_string());
                }
            }
            // The person sees the failure notice; the table below has the same figures.
            Err(_) => failed.set(true),
        }
    });
    // Labels are read once: a change of language re-mounts the view.
    let text = locale.get_untracked().text();
    let description = move || {
        let (p, l) = (plan.get(), locale.get());
        l.language
            .chart_description(p.leads_per_month, p.inputs.plan_month, &l)
    };
    view! {
        <section class="pacing" aria-labelledby="pacing-heading">
            <h2 id="pacing-heading">{text.pacing_heading}</h2>
            <canvas node_ref=canvas class="pacing-canvas" role="img" aria-label=description></canvas>
            <p class="error" role="alert">{move || failed.get().then_some(text.chart_failed)}</p>
            <PacingTable plan locale />
        </section>
    }
}

/// The chart's figures as a table, built only while open so dragging a slider stays cheap.
#[component]
fn PacingTable(plan: Signal<Plan>, locale: Signal<Locale>) -> impl IntoView {
    let open = RwSignal::new(false);
    let text = locale.get_untracked().text();
    let table = Signal::derive(move || {
        if !open.get() {
            return TableText::default();
        }
        let (p, l) = (plan.get(), locale.get());
        let text = l.text();
        // Unreachable for real plans; the chart's failure notice would already say so.
        let days = pacing_targets(p.leads_per_month, p.inputs.plan_month).unwrap_or_default();
        TableText {
            caption: l.language.table_caption(p.inputs.plan_month, &l),
            headers: vec![text.day, text.cumulative_target],
            // Whole leads, rounded up like the quota: "at least this many by today".
            rows: days
                .iter()
                .map(|d| vec![l.count(u128::from(d.day)), l.count(d.target.ceil())])
                .collect(),
            footer: None,
        }
    });
    view! {
        <details class="pacing-table" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>{text.pacing_table}</summary>
            <TextTable table label=text.pacing_table />
        </details>
    }
}
