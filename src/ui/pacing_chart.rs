//! The pacing ("waterfall") chart and its table for screen readers.

use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::erased::handler;
use super::text_table::{TableText, TextTable};
use crate::chart::canvas::{draw_pacing_on, CanvasError};
use crate::chart::pacing_model;
use crate::engine::{pacing_targets, PacingDays, Plan};
use crate::format::Locale;

/// The cumulative daily target over the delivery month, redrawn whenever the plan, the locale or
/// the window size changes. The canvas counts completed redraws in `data-draws`, which the
/// benchmark and tests watch.
#[component]
pub fn PacingChart(
    #[prop(into)] plan: Signal<Plan>,
    #[prop(into)] locale: Signal<Locale>,
) -> impl IntoView {
    let draw = Callback::new(move |(canvas, css)| {
        let (p, l) = (plan.get(), locale.get());
        let model = pacing_model(&p, &l).map_err(|_| CanvasError::Draw);
        let drawn = model.and_then(|model| draw_pacing_on(&canvas, css, &model));
        let description = l
            .language
            .chart_description(p.leads_per_month, p.delivery_month, &l);
        (drawn, description)
    });
    // Labels are read once: a change of language re-mounts the view.
    let text = locale.get_untracked().text();
    view! {
        <section class="pacing" aria-labelledby="pacing-heading">
            <h2 id="pacing-heading">{text.pacing_heading}</h2>
            <ChartCanvas draw class="pacing-canvas" failed_text=text.chart_failed />
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
        let days = pacing_targets(p.leads_per_month, &PacingDays::calendar(p.delivery_month))
            .unwrap_or_default();
        TableText {
            caption: l.language.table_caption(p.delivery_month, &l),
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
        <details class="pacing-table" on:toggle=handler(move |ev: leptos::ev::Event| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open()))>
            <summary>{text.pacing_table}</summary>
            <TextTable table label=text.pacing_table id="pacing-table" />
        </details>
    }
}
