//! The application: loads the saved plan, owns the state and the plan memo, lays out the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::agreement_panel::{AgreementPanel, HEAD_ID};
use super::autosave::autosave;
use super::compare_panel::ComparePanel;
use super::library::Library;
use super::month_table::MonthTable;
use super::pacing_chart::PacingChart;
use super::plan_form::PlanForm;
use super::plan_state::PlanState;
use super::results::Results;
use super::scenario_panel::ScenarioPanel;
use super::settings_bar::SettingsBar;
use super::share::open_link;
use super::storage_notice::{Notice, StorageNotice};
use crate::engine::{worked_example, MonthPlan, Plan, PlanInputs, YearMonth};
use crate::format::Locale;
use crate::storage::{self, PlanDoc, Slot};

/// The whole planner. A first visit shows the worked example.
#[component]
pub fn App() -> impl IntoView {
    let now = js_sys::Date::now() as u64;
    // Settings first: schema 1 kept them in the plan record, which loading the plan may move
    // aside if it cannot be read.
    let settings_loaded = storage::load::<Locale>(Slot::Settings, now);
    let plan_loaded = storage::load::<PlanDoc>(Slot::Plan, now);
    let doc = match &plan_loaded.stored {
        Some(stored) => stored.doc.clone(),
        None => example_plan(),
    };
    let settings = settings_loaded.stored.as_ref().map(|s| s.doc);
    let state = PlanState::new(&doc, settings.unwrap_or_default());
    let locale = state.locale;
    let derived = Memo::new(move |_| state.schedule());
    // The last plan that could be derived: a typo (or an impossible derived input) never
    // blanks the results; they stay, dimmed, under the stale notice.
    let months = Memo::new(
        move |last: Option<&Vec<MonthPlan>>| match (derived.get(), last) {
            (Ok(months), _) => months,
            (Err(_), Some(last)) => last.clone(),
            (Err(_), None) => Vec::new(),
        },
    );
    // The plan month's plan: the headline figures and the pacing chart.
    let plan = Memo::new(move |_| {
        let first = months.with(|m| m.first().map(|m| m.plan));
        first.unwrap_or_else(|| Plan::nothing_owed(state.inputs()))
    });
    let stale = Memo::new(move |_| state.has_errors() || derived.with(Result::is_err));
    let mut problems = Vec::new();
    for problem in [&plan_loaded.problem, &settings_loaded.problem]
        .into_iter()
        .flatten()
    {
        // Blocked storage is one problem, not one per document.
        if !problems.contains(problem) {
            problems.push(problem.clone());
        }
    }
    let mut all: Vec<Notice> = problems.into_iter().map(Notice::Load).collect();
    // Records kept aside at earlier visits stay listed until the person deletes them.
    let fresh: Vec<_> = all.iter().filter_map(|n| n.kept()).collect();
    let earlier = storage::kept_aside()
        .into_iter()
        .filter(|k| !fresh.contains(k));
    all.extend(earlier.map(Notice::Kept));
    let notices = RwSignal::new(all);
    // A shared link is opened before saving starts: nothing is saved while one is shown.
    let holding = RwSignal::new(false);
    let library = Library::new(state, holding, notices);
    open_link(library, notices);
    // A link pasted into this tab changes only the fragment: no reload, so listen.
    let on_link = window_event_listener_untyped("hashchange", move |_| open_link(library, notices));
    // Another tab saved, renamed or deleted a scenario (or cleared storage).
    let on_library = window_event_listener_untyped("storage", move |event| {
        let key = event.unchecked_into::<web_sys::StorageEvent>().key();
        if key.is_none_or(|k| Slot::scenario(&k).is_some()) {
            library.follow_library();
        }
    });
    // Escape closes what the keyboard opened: the disclosure holding the focus.
    let on_escape = window_event_listener_untyped("keydown", |event| {
        let key = event.unchecked_into::<web_sys::KeyboardEvent>().key();
        let open = document()
            .active_element()
            .and_then(|focus| focus.closest("details[open]").ok().flatten());
        if let (true, Some(open)) = (key == "Escape", open) {
            let _ = open.remove_attribute("open");
            if let Ok(Some(summary)) = open.query_selector("summary") {
                let _ = summary.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    });
    on_cleanup(move || {
        on_link.remove();
        on_library.remove();
        on_escape.remove();
    });
    // Settings first, so a migration writes them before the plan replaces the v1 record.
    let locale_now = move || state.locale.get();
    autosave(
        settings_loaded,
        locale_now,
        move |l| state.set_locale(*l),
        RwSignal::new(false),
        notices,
    );
    autosave(
        plan_loaded,
        move || state.doc(),
        // The plan is one document across tabs: what another tab shows here, the library
        // follows (which scenario holds it).
        move |d| {
            state.apply(d);
            library.follow_page();
        },
        holding,
        notices,
    );
    // Labels are read once: a change of language re-mounts the view.
    let text = locale.get_untracked().text();
    document().set_title(text.app_title);
    view! {
        <div class="app">
            <header class="app-header">
                <div>
                    <h1>{text.app_title}</h1>
                    <p class="tagline">{text.tagline}</p>
                </div>
                <SettingsBar state />
            </header>
            // Printed, the agreement's title and parties head the page (the page's own header
            // is not printed).
            <header id=HEAD_ID class="print-only"></header>
            <StorageNotice id="page-notices" notices state library />
            // On a phone the quota stays in sight while the sliders above the results move.
            // Screen readers have the quota itself (a live output): this copy is hidden from them.
            <p id="quota-bar-box" class="quota-bar" aria-hidden="true">
                <span id="quota-bar-label"></span>
                <output id="quota-bar"></output>
            </p>
            <main class="layout">
                <p id="print-warning" class="print-only warning"></p>
                <PlanForm state />
                <div class="outputs" id="outputs">
                    <Results plan stale locale today=current_month() />
                    <MonthTable state months notices library />
                    <PacingChart plan locale />
                    <AgreementPanel state months />
                </div>
                <ScenarioPanel library />
                <ComparePanel library />
            </main>
        </div>
    }
}

/// The worked example, planned far enough ahead that its leads are delivered this month.
pub fn example_plan() -> PlanDoc {
    let values = worked_example();
    let this_month = current_month();
    let cycle = PlanInputs::from_typed(&values, this_month).sales_cycle;
    PlanDoc::new(&values, this_month.plus_months(cycle).unwrap_or(this_month))
}

/// This month by the browser's clock.
fn current_month() -> YearMonth {
    let now = js_sys::Date::new_0();
    YearMonth::new(now.get_full_year() as i32, now.get_month() as u8 + 1)
        .unwrap_or(YearMonth::EARLIEST)
}
