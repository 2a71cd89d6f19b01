//! The plan by revenue month: each month's goal (editable), what it takes, and when its leads
//! are due, with totals.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::chart_canvas::ChartCanvas;
use super::download::download;
use super::erased::{effect, handler};
use super::html::{escape_into, write_into};
use super::import::import_json;
use super::library::Library;
use super::plan_state::PlanState;
use super::share::SharePanel;
use super::storage_notice::Notice;
use super::text_field::show_field;
use super::text_table::{TableText, TextTable};
use crate::chart::canvas::{draw_delivery_on, CanvasError};
use crate::chart::delivery_model;
use crate::engine::{totals, MonthPlan, NumericInput, Source, YearMonth};
use crate::format::Locale;

/// The month goals, then the table of every revenue month.
#[component]
pub fn MonthTable(
    state: PlanState,
    #[prop(into)] months: Signal<Vec<MonthPlan>>,
    notices: RwSignal<Vec<Notice>>,
    /// An imported plan is shown through the library, which keeps the plan it replaces.
    library: Library,
) -> impl IntoView {
    let locale = state.locale;
    // Labels are read once: a change of language re-mounts the view.
    let text = locale.get_untracked().text();
    let revenue_months = Memo::new(move |_| {
        months.with(|ms| {
            ms.iter()
                .map(|m| m.plan.inputs.plan_month)
                .collect::<Vec<_>>()
        })
    });
    // What each goal field last had typed into it: shown as typed while it still means the
    // goal, so "5000" is not rewritten to "5,000" under the cursor.
    let typed = StoredValue::new(Vec::<(YearMonth, String)>::new());
    // The goal fields, written as HTML text when the months change (a view per field costs
    // more wasm), and kept in step with the plan by the same effect.
    let mut shown_months = Vec::<YearMonth>::new();
    effect(move |_| {
        let l = locale.get();
        let months = revenue_months.get();
        if shown_months != months {
            write_into("month-goals", &goal_fields_html(&months, &l));
            shown_months.clone_from(&months);
        }
        for month in months {
            let goal = state.month_goal(month);
            let invalid = goal.as_ref().and_then(|g| g.typed.clone());
            let error = invalid.as_ref().and_then(|t| {
                let error = NumericInput::MonthlyGoal.parse(t, l.style()).err()?;
                Some(l.language.input_error(&error, &l))
            });
            let value = state.goal_of(month);
            let last = typed.with_value(|all| {
                let found = all.iter().find(|(m, _)| *m == month);
                found.map(|(_, t)| t.clone())
            });
            let text = match (invalid, last) {
                (Some(text), _) => text,
                (None, Some(t)) if NumericInput::MonthlyGoal.parse(&t, l.style()) == Ok(value) => t,
                _ => l.input_text(value),
            };
            show_field(&format!("goal-{month}"), &text, error.as_deref(), false);
        }
    });
    let type_goal = move |ev: leptos::ev::Event| {
        let field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let month = field.and_then(|f| YearMonth::parse(&f.get_attribute("data-month")?));
        let Some(month) = month else { return };
        let text = event_target_value(&ev);
        typed.update_value(|all| {
            all.retain(|(m, _)| *m != month);
            all.push((month, text.clone()));
        });
        state.type_month_goal(month, text, locale.get_untracked().style());
    };
    // Goals typed per month stay until the person resets them all.
    let same_goal = move |_: leptos::ev::MouseEvent| state.month_goals.set(Vec::new());
    let file_name = move |extension: &str| {
        let first = months.with_untracked(|ms| ms.first().map(|m| m.plan.inputs.plan_month));
        locale
            .get_untracked()
            .language
            .plan_file_name(first, extension)
    };
    let export = move |_: leptos::ev::MouseEvent| {
        let csv = months.with_untracked(|ms| locale.get_untracked().plan_csv(ms));
        download(&file_name("csv"), "text/csv;charset=utf-8", &csv);
    };
    // The plan as its stored record: a backup, or a plan to hand over, for "Import JSON".
    let export_json = move |_: leptos::ev::MouseEvent| {
        let record = library.shared().encode();
        download(&file_name("json"), "application/json", &record);
    };
    let table = Signal::derive(move || {
        let l = locale.get();
        let text = l.text();
        months.with(|ms| TableText {
            caption: text.rounding_note.to_string(),
            headers: vec![
                text.revenue_month,
                text.revenue_goal,
                text.marketing_revenue,
                text.deal_size,
                text.win_rate,
                text.customers,
                text.leads_owed,
                text.delivery_month,
            ],
            rows: ms.iter().map(|m| row(m, &l)).collect(),
            footer: totals(ms).ok().map(|t| {
                let blank = String::new;
                vec![
                    text.total.to_string(),
                    l.money(t.goal),
                    l.money(t.marketing_revenue),
                    blank(),
                    blank(),
                    l.fraction(t.customers),
                    l.count(t.leads),
                    blank(),
                ]
            }),
        })
    });
    view! {
        <section class="panel months" aria-labelledby="months-heading">
            <h2 id="months-heading">{text.months_heading}</h2>
            <fieldset class="month-goals" on:input=handler(type_goal)>
                <legend>{text.revenue_goal}</legend>
                <div id="month-goals" class="month-goal-fields"></div>
            </fieldset>
            <div class="actions">
                <button type="button" on:click=handler(same_goal)>{text.same_goal_every_month}</button>
                <button type="button" on:click=handler(export)>{text.export_csv}</button>
                <button type="button" on:click=handler(export_json)>{text.export_json}</button>
                <label class="file-button">
                    {text.import_json}
                    <input type="file" accept=".json,application/json" on:change=handler(import_json(library, notices)) />
                </label>
            </div>
            <SharePanel library />

            <TextTable table label=text.months_table id="plan-table" />
            <ChartCanvas
                draw=Callback::new(move |(canvas, css)| {
                    let l = locale.get();
                    months.with(|ms| {
                        let drawn = delivery_model(ms, &l).map_err(|_| CanvasError::Draw);
                        let drawn = drawn.and_then(|model| draw_delivery_on(&canvas, css, &model));
                        (drawn, l.language.delivery_chart_description(ms, &l))
                    })
                })
                class="delivery-canvas"
                failed_text=text.chart_failed
            />
        </section>
    }
}

/// A revenue month's row of figures.
fn row(m: &MonthPlan, l: &Locale) -> Vec<String> {
    let p = &m.plan;
    vec![
        l.language.short_month(p.inputs.plan_month),
        l.money(p.inputs.monthly_goal),
        l.money(p.marketing_revenue),
        sourced(l.money(p.inputs.deal_size), m.deal_size, l),
        sourced(l.percent(p.inputs.win_rate), m.win_rate, l),
        l.fraction(p.customers),
        l.count(p.leads_per_month),
        l.language.short_month(p.delivery_month),
    ]
}

/// A figure with a mark saying it came from history.
fn sourced(figure: String, source: Source, locale: &Locale) -> String {
    match source {
        Source::History => locale.language.from_history(&figure),
        Source::Typed | Source::Fallback(_) => figure,
    }
}

/// A text field per revenue month, as `TextField` writes one (without a hint), each named for
/// screen readers with its month.
fn goal_fields_html(months: &[YearMonth], l: &Locale) -> String {
    let mut html = String::new();
    for month in months {
        let id = format!("goal-{month}");
        html.push_str(&format!("<div class=\"field\"><label for=\"{id}\">"));
        escape_into(&mut html, &l.month(*month));
        html.push_str(&format!(
            "</label><input id=\"{id}\" data-month=\"{month}\" type=\"text\" \
             inputmode=\"decimal\" autocomplete=\"off\" spellcheck=\"false\" aria-label=\""
        ));
        escape_into(&mut html, &l.language.month_goal_label(*month, l));
        html.push_str(&format!(
            "\"><p class=\"hint\" id=\"{id}-hint\"></p>\
             <p class=\"error\" id=\"{id}-error\" aria-live=\"polite\"></p></div>"
        ));
    }
    html
}
