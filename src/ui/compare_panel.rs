//! Two to four saved scenarios side by side: a table of their inputs and results, each figure
//! that differs from the first scenario's highlighted with the difference, and their leads due
//! per delivery month as bars on one chart. Ticking "Compare" in the list chooses them.
//!
//! The table and legend are written as escaped HTML text (see `html.rs`).

use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::erased::effect;
use super::html::{escape_into, show_text_in, write_into};
use super::library::Library;
use crate::chart::canvas::{draw_delivery_on, CanvasError};
use crate::chart::compare_model;
use crate::engine::{MonthPlan, PlanInputs};
use crate::format::{Column, Locale, Row};

/// The most scenarios compared at once: more columns no longer fit a projected page.
pub const MAX_COMPARED: usize = 4;

/// A compared scenario: its name, the inputs its quota was planned from (the averages from
/// history where it plans with them), its length, and its months if it can be planned.
#[derive(Clone, Debug, PartialEq)]
struct Compared {
    name: String,
    inputs: PlanInputs,
    horizon: u32,
    months: Option<Vec<MonthPlan>>,
}

#[component]
pub fn ComparePanel(library: Library) -> impl IntoView {
    let locale = library.state.locale;
    // Labels are read once: a change of language re-mounts the view.
    let text = locale.get_untracked().text();
    // One memo for the table, the chart and its description: each scenario is planned once
    // per change, not once per reader, and an unrelated change to the library redraws nothing.
    let compared = Memo::new(move |_| {
        let ids = library.compare.get();
        library.shelf.with(|shelf| {
            let chosen = ids
                .iter()
                .filter_map(|id| shelf.saved.iter().find(|s| s.id == *id));
            chosen
                .map(|s| {
                    let (name, plan) = (&s.stored.doc.name, &s.stored.doc.plan);
                    // A field left invalid: the figures behind it are not this plan's, so
                    // nothing is planned and the column says why.
                    let typed = plan.inputs.iter().any(|(_, e)| e.typed.is_some());
                    let valid = !typed && plan.plan_month.typed.is_none();
                    let months = valid.then(|| plan.schedule().ok()).flatten();
                    let name = match valid {
                        true => name.clone(),
                        false => locale.get_untracked().language.not_valid(name),
                    };
                    let mut inputs = PlanInputs::from_typed(&plan.values(), plan.plan_month.value);
                    if let Some(first) = months.as_ref().and_then(|m| m.first()) {
                        inputs.win_rate = first.plan.inputs.win_rate;
                        inputs.deal_size = first.plan.inputs.deal_size;
                    }
                    Compared {
                        name,
                        inputs,
                        horizon: plan.horizon,
                        months,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    effect(move |_| {
        let l = locale.get();
        let all = &*compared.read();
        {
            let shown = all.len() >= 2;
            let status = if shown { "" } else { text.compare_hint };
            show_text_in("compare-status", status);
            let (table, legend) = match shown {
                true => (table_html(all, &l), legend_html(all)),
                false => Default::default(),
            };
            write_into("compare-table", &table);
            write_into("compare-legend", &legend);
            if let Some(body) = document().get_element_by_id("compare-body") {
                let _ = body.toggle_attribute_with_force("hidden", !shown);
            }
        }
    });
    view! {
        <section class="panel compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{text.compare_heading}</h2>
            <p id="compare-status" role="status"></p>
            <div id="compare-body" hidden>
                <div class="table-scroll" role="region" aria-label=text.compare_table tabindex="0">
                    <table id="compare-table"></table>
                </div>
                <ChartCanvas
                    draw=Callback::new(move |(canvas, css)| {
                        let l = locale.get();
                        let all = &*compared.read();
                        let months: Vec<&[MonthPlan]> = plans(all).into_iter().map(|p| p.1).collect();
                        let model = (all.len() >= 2).then(|| compare_model(&months, &l));
                        let drawn = match model {
                            Some(Ok(model)) => draw_delivery_on(&canvas, css, &model),
                            Some(Err(_)) => Err(CanvasError::Draw),
                            None => Ok(false),
                        };
                        (drawn, l.language.compare_chart_description(&plans(all), &l))
                    })
                    class="compare-canvas"
                    failed_text=text.compare_chart_failed
                />
                <ul id="compare-legend" class="legend"></ul>
            </div>
        </section>
    }
}

/// The table: a column per scenario (its name as the header), a row per figure.
fn table_html(all: &[Compared], l: &Locale) -> String {
    let columns: Vec<Column> = all
        .iter()
        .map(|c| Column {
            inputs: c.inputs,
            horizon: c.horizon,
            months: c.months.as_deref(),
        })
        .collect();
    let mut html = String::from("<caption>");
    escape_into(&mut html, &l.language.compare_caption(&all[0].name));
    html.push_str("</caption><thead><tr><td></td>");
    for c in all {
        html.push_str("<th scope=\"col\">");
        escape_into(&mut html, &c.name);
        html.push_str("</th>");
    }
    html.push_str("</tr></thead><tbody>");
    for Row { label, cells } in l.comparison(&columns) {
        html.push_str("<tr><th scope=\"row\">");
        escape_into(&mut html, label);
        html.push_str("</th>");
        for (figure, difference) in cells {
            html.push_str(match difference {
                Some(_) => "<td class=\"changed\">",
                None => "<td>",
            });
            escape_into(&mut html, &figure);
            if let Some(difference) = difference {
                html.push_str("<span class=\"difference\">");
                escape_into(&mut html, &difference);
                html.push_str("</span>");
            }
            html.push_str("</td>");
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody>");
    html
}

/// Which colour is which scenario on the chart (the swatches are decoration: the names and
/// the table carry the meaning).
fn legend_html(all: &[Compared]) -> String {
    let mut html = String::new();
    for (n, c) in all.iter().enumerate() {
        html.push_str("<li><span class=\"swatch series-");
        html.push(char::from(b'0' + n as u8));
        html.push_str("\" aria-hidden=\"true\"></span>");
        escape_into(&mut html, &c.name);
        html.push_str("</li>");
    }
    html
}

/// Each scenario's name and months (none when it cannot be planned), in order.
fn plans(all: &[Compared]) -> Vec<(&str, &[MonthPlan])> {
    all.iter()
        .map(|c| (c.name.as_str(), c.months.as_deref().unwrap_or_default()))
        .collect()
}
