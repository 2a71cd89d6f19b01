//! A labelled input with its hint and error message, for every field without a slider.
//!
//! Its parts are type-erased (`Signal`, `Callback`), so all such fields share one compiled
//! view: each distinct Leptos view structure costs its own KBs of wasm.

use leptos::prelude::*;

use super::erased::effect;
use super::erased::handler;
use super::html::{show_attribute, show_text};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// What a field shows and does; `id` names the input and, suffixed, its hint and message.
#[derive(Clone)]
pub struct FieldSpec {
    pub id: String,
    pub label: String,
    /// The accessible name when it says more than the visible label.
    pub aria_label: Option<String>,
    pub hint: Option<&'static str>,
    /// The input's `type` (`text`, `number`, `month`) and `inputmode`.
    pub kind: &'static str,
    pub inputmode: &'static str,
    pub min: Option<String>,
    pub max: Option<String>,
}

impl FieldSpec {
    /// A text field for numbers.
    pub fn number(id: String, label: String) -> FieldSpec {
        FieldSpec {
            id,
            label,
            aria_label: None,
            hint: None,
            kind: "text",
            inputmode: "decimal",
            min: None,
            max: None,
        }
    }

    /// A field for words.
    pub fn text(id: String, label: String) -> FieldSpec {
        FieldSpec {
            inputmode: "text",
            ..FieldSpec::number(id, label)
        }
    }
}

/// The field: `text` is what it shows, `error` the message for bad input (if any), and
/// `on_text` gets what the person types. One effect writes what changes (see `NumberField`).
#[component]
pub fn TextField(
    spec: FieldSpec,
    #[prop(into)] text: Signal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] on_text: Callback<String>,
) -> impl IntoView {
    let FieldSpec {
        id,
        label,
        aria_label,
        hint,
        kind,
        inputmode,
        min,
        max,
    } = spec;
    let field_id = id.clone();
    let described = hint.map(|_| format!("{id}-hint"));
    effect(move |_| {
        let message = error.get();
        show_field(&field_id, &text.get(), message.as_deref(), hint.is_some());
    });
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                type=kind
                inputmode=inputmode
                autocomplete="off"
                spellcheck="false"
                min=min
                max=max
                aria-label=aria_label
                aria-describedby=described
                on:input=handler(move |ev: leptos::ev::Event| on_text.run(event_target_value(&ev)))
            />
            <p class="hint" id=format!("{id}-hint")>{hint}</p>
            <p class="error" id=format!("{id}-error") aria-live="polite"></p>
        </div>
    }
}

/// The field with the id `id` shows `text`, and `error` beside it if there is one (the
/// message named by its `aria-describedby` first, then its hint if it has one). Nothing is
/// written that is already there: the caret stays, and the message is not announced again.
pub fn show_field(id: &str, text: &str, error: Option<&str>, hint: bool) {
    let Some(input) = document().get_element_by_id(id) else {
        return;
    };
    let input: HtmlInputElement = input.unchecked_into();
    if input.value() != text {
        input.set_value(text);
    }
    let invalid = error.is_some();
    show_attribute(
        &input,
        "aria-invalid",
        if invalid { "true" } else { "false" },
    );
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described_by = match (invalid, hint) {
        (true, true) => Some(format!("{error_id} {hint_id}")),
        (true, false) => Some(error_id.clone()),
        (false, true) => Some(hint_id),
        (false, false) => None,
    };
    match described_by {
        Some(ids) => show_attribute(&input, "aria-describedby", &ids),
        None => {
            let _ = input.remove_attribute("aria-describedby");
        }
    }
    if let Some(field) = input.parent_element() {
        let _ = field.class_list().toggle_with_force("invalid", invalid);
    }
    if let Some(shown) = document().get_element_by_id(&error_id) {
        show_text(&shown, error.unwrap_or_default());
    }
}
