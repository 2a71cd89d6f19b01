//! A labelled input with its hint and error message, for every field without a slider.
//!
//! Its parts are type-erased (`Signal`, `Callback`), so all such fields share one compiled
//! view: each distinct Leptos view structure costs its own KBs of wasm.

use leptos::prelude::*;

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
/// `on_text` gets what the person types.
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
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        // The message first, and the hint still, so nothing is lost once a field is wrong.
        move || match (error.with(Option::is_some), hint) {
            (true, Some(_)) => Some(format!("{error_id} {hint_id}")),
            (true, None) => Some(error_id.clone()),
            (false, Some(_)) => Some(hint_id.clone()),
            (false, None) => None,
        }
    };
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type=kind
                inputmode=inputmode
                autocomplete="off"
                spellcheck="false"
                min=min
                max=max
                aria-label=aria_label
                prop:value=text
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described_by
                on:input=move |ev| on_text.run(event_target_value(&ev))
            />
            <p class="hint" id=hint_id>{hint}</p>
            <p class="error" id=error_id aria-live="polite">{error}</p>
        </div>
    }
}
