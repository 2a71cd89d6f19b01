//! The scenario library on the page: the name field with "Save scenario", "Rename scenario"
//! and "New plan from the example", the library's notices, and the "Saved scenarios" list.
//!
//! The list is written as escaped HTML text, its clicks handled once on the list: as Leptos
//! views, a list of items with three buttons each would cost several KB of wasm.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::download::download;
use super::erased::effect;
use super::erased::handler;
use super::html::{clicked, escape_into, focus, write_into};
use super::import::import_json;
use super::library::Library;
use super::storage_notice::StorageNotice;
use super::text_field::{FieldSpec, TextField};
use crate::engine::YearMonth;
use crate::format::{Language, Text};
use crate::storage::{library_file, Saved};

const LIST_ID: &str = "saved-scenarios";
const NOTICES_ID: &str = "library-notices";

#[component]
pub fn ScenarioPanel(library: Library) -> impl IntoView {
    let state = library.state;
    let language = state.locale.get_untracked().language;
    let text = language.text();
    effect(move |_| {
        let html = library.shelf.with(|shelf| {
            let open = shelf.open.map(|(id, _)| id);
            let compared = library.compare.get_untracked();
            list_html(&shelf.saved, (open, &compared), language, text, &changed_at)
        });
        write_into(LIST_ID, &html);
    });
    // Every button of the panel, the list's included, is handled here by its `data-do`.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(tick) = clicked(&ev, "input[data-do]") {
            let tick: web_sys::HtmlInputElement = tick.unchecked_into();
            let id = tick.get_attribute("data-id").and_then(|i| i.parse().ok());
            if let Some(id) = id {
                if !library.choose_to_compare(id, tick.checked()) {
                    tick.set_checked(false);
                }
            }
            return;
        }
        let Some(button) = clicked(&ev, "button[data-do]") else {
            return;
        };
        let id = button.get_attribute("data-id").and_then(|i| i.parse().ok());
        library.begin();
        match (button.get_attribute("data-do").as_deref(), id) {
            (Some("rename"), _) => return library.rename(),
            (Some("example"), _) => return library.start_from_example(),
            (Some("export"), _) => {
                let file = library
                    .shelf
                    .with_untracked(|shelf| library_file(&shelf.saved));
                return download(language.library_file_name(), "application/json", &file);
            }
            (Some("duplicate"), Some(id)) => library.duplicate(id),
            (Some("delete"), Some(id)) => {
                library.delete(id);
                // To the notice with its Undo: the button clicked is gone.
                return focus(NOTICES_ID);
            }
            (Some("open"), Some(id)) => library.open_scenario(id),
            _ => return,
        }
        // The list is written anew, the button clicked with it: focus stays in the list.
        focus(LIST_ID);
    };
    let name_spec = FieldSpec {
        hint: Some(text.scenario_name_hint),
        ..FieldSpec::text("scenario-name".into(), text.scenario_name.into())
    };
    view! {
        <section class="library" aria-labelledby="library-heading" on:click=handler(on_click)>
            <h2 id="library-heading">{text.scenarios_heading}</h2>
            <form on:submit=handler(move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                library.begin();
                library.save();
            })>
                <TextField
                    spec=name_spec
                    text=library.name
                    error=library.name_error
                    on_text=move |t| {
                        library.name.set(t);
                        library.name_error.set(None);
                    }
                />
                <div class="actions">
                    <button type="submit">{text.save_scenario}</button>
                    <button type="button" data-do="rename">
                        {text.rename_scenario}
                    </button>
                    <button type="button" data-do="example">
                        {text.new_from_example}
                    </button>
                    <button type="button" data-do="export">
                        {text.export_library}
                    </button>
                    <label class="file-button">
                        {text.import_scenarios}
                        <input
                            type="file"
                            accept=".json,application/json"
                            on:change=handler(import_json(library, library.page_notices))
                        />
                    </label>
                </div>
            </form>
            <StorageNotice id=NOTICES_ID notices=library.notices state library />
            <ul id=LIST_ID class="scenarios" aria-label=text.saved_scenarios tabindex="-1"></ul>
        </section>
    }
}

/// When a scenario changed, in the browser's time zone.
fn changed_at(ms: u64, language: Language) -> String {
    let date = js_sys::Date::new(&(ms as f64).into());
    let month = YearMonth::new(date.get_full_year() as i32, date.get_month() as u8 + 1)
        .unwrap_or(YearMonth::EARLIEST);
    let clock = [date.get_hours(), date.get_minutes(), date.get_seconds()];
    language.changed_at(month, date.get_date(), clock)
}

/// The list's items: each scenario's name (a button that opens it, marked when it is the one
/// open), its last change, its "Compare" tick box (ticked if in `compared`), and its Duplicate
/// and Delete buttons.
fn list_html(
    all: &[Saved],
    (open, compared): (Option<u64>, &[u64]),
    language: Language,
    text: &Text,
    when: &dyn Fn(u64, Language) -> String,
) -> String {
    if all.is_empty() {
        return format!("<li class=\"empty\">{}</li>", text.no_scenarios);
    }
    let mut html = String::with_capacity(200 * all.len());
    for s in all {
        let scenario = &s.stored.doc;
        let id = s.id.to_string();
        let current = if open == Some(s.id) {
            " aria-current=\"true\""
        } else {
            ""
        };
        html.push_str("<li><button type=\"button\" class=\"open\" data-do=\"open\" data-id=\"");
        html.push_str(&id);
        html.push('"');
        html.push_str(current);
        html.push('>');
        escape_into(&mut html, &scenario.name);
        html.push_str("</button><span class=\"changed\">");
        escape_into(&mut html, &when(scenario.changed, language));
        html.push_str("</span><label class=\"compare-tick\"><input type=\"checkbox\" data-do=\"compare\" data-id=\"");
        html.push_str(&id);
        html.push_str("\" aria-label=\"");
        escape_into(&mut html, &language.action_on(text.compare, &scenario.name));
        html.push('"');
        if compared.contains(&s.id) {
            html.push_str(" checked");
        }
        html.push('>');
        escape_into(&mut html, text.compare);
        html.push_str("</label>");
        for (action, label) in [("duplicate", text.duplicate), ("delete", text.delete)] {
            html.push_str("<button type=\"button\" class=\"small\" data-do=\"");
            html.push_str(action);
            html.push_str("\" data-id=\"");
            html.push_str(&id);
            html.push_str("\" aria-label=\"");
            escape_into(&mut html, &language.action_on(label, &scenario.name));
            html.push_str("\">");
            escape_into(&mut html, label);
            html.push_str("</button>");
        }
        html.push_str("</li>");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{PlanDoc, Scenario, Stored};

    fn saved(id: u64, name: &str) -> Saved {
        let plan = PlanDoc::new(
            &crate::engine::worked_example(),
            YearMonth::new(2026, 6).unwrap(),
        );
        Saved {
            id,
            stored: Stored {
                doc: Scenario {
                    name: name.into(),
                    changed: id,
                    plan,
                },
                revision: 1,
            },
        }
    }

    #[test]
    fn names_are_text_and_the_open_one_is_marked() {
        let all = [
            saved(2, "<script>alert(1)</script>"),
            saved(1, "Q1 \"base\""),
        ];
        let when = |ms: u64, _: Language| format!("at {ms}");
        let html = list_html(
            &all,
            (Some(1), &[2]),
            Language::English,
            Language::English.text(),
            &when,
        );
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;</button>"));
        assert!(html.contains("aria-label=\"Delete Q1 &quot;base&quot;\""));
        assert!(html.contains("data-id=\"1\" aria-current=\"true\">Q1 &quot;base&quot;</button>"));
        assert_eq!(html.matches("aria-current").count(), 1);
        assert!(
            html.contains("aria-label=\"Compare &lt;script&gt;alert(1)&lt;/script&gt;\" checked>")
        );
        assert_eq!(html.matches(" checked").count(), 1);
        assert_eq!(html.matches("<li>").count(), 2);
        assert!(
            html.find("alert").unwrap() < html.find("Q1").unwrap(),
            "newest first"
        );
    }

    #[test]
    fn an_empty_library_says_so() {
        let html = list_html(
            &[],
            (None, &[]),
            Language::English,
            Language::English.text(),
            &|_, _| String::new(),
        );
        assert_eq!(html, "<li class=\"empty\">No saved scenarios yet.</li>");
    }
}
