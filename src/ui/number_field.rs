//! A numeric input with its what-if slider, hint and error message.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::erased::effect;
use super::erased::handler;
use super::html::{show_attribute, show_text};
use super::plan_state::NumberState;
use crate::engine::{NumericInput, Unit};
use crate::format::Locale;

/// A labelled text field and a slider bound to the same value; the message for bad input
/// sits beside the field and is tied to it with `aria-describedby`.
///
/// One effect writes everything that changes: an attribute bound to its own closure compiles
/// its own code, several KB of wasm across the field's eleven.
#[component]
pub fn NumberField(field: NumberState, #[prop(into)] locale: Signal<Locale>) -> impl IntoView {
    let id = dom_id(field.input);
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let slider_id = format!("{id}-slider");
    // Labels are read once: a change of language re-mounts the view.
    let language = locale.get_untracked().language;
    let label = language.input_label(field.input);
    // Inputs typed since the field last settled (0: settled). A message waits for a pause in
    // typing, or for the field to be left: "12," is not an error while "12,5" is being typed.
    // The text still counts only once it is valid.
    let typing = RwSignal::new(0u32);
    {
        let (hint_id, error_id, slider_id) = (hint_id.clone(), error_id.clone(), slider_id.clone());
        effect(move |_| {
            let l = locale.get();
            let error = field.error(l.style()).filter(|_| typing.get() == 0);
            let input = |id: &str| {
                let element = document().get_element_by_id(id)?;
                Some(element.unchecked_into::<HtmlInputElement>())
            };
            let (Some(text), Some(slider), Some(message)) = (
                input(id),
                input(&slider_id),
                document().get_element_by_id(&error_id),
            ) else {
                return;
            };
            let text_now = field.text.get();
            if text.value() != text_now {
                text.set_value(&text_now);
            }
            let invalid = error.is_some();
            let value = field.value.get();
            let warning = match (invalid, field.input.unit()) {
                (false, Unit::Percent) => l.language.small_percent(value, &l),
                _ => None,
            };
            // The message (or warning) first, and the hint still, so nothing is lost.
            let described_by = match invalid || warning.is_some() {
                true => format!("{error_id} {hint_id}"),
                false => hint_id.clone(),
            };
            show_attribute(&text, "aria-describedby", &described_by);
            show_attribute(
                &text,
                "aria-invalid",
                if invalid { "true" } else { "false" },
            );

            if let Ok(Some(whole)) = text.closest(".field") {
                let _ = whole.class_list().toggle_with_force("invalid", invalid);
            }
            // Money fields show the currency's sign, on the side the number format puts it.
            if let Some(amount) = text.parent_element() {
                let sign = match field.input.unit() {
                    Unit::Money => l.currency.symbol(),
                    _ => "",
                };
                show_attribute(&amount, "data-unit", sign);
                show_attribute(&amount, "data-after", l.sign_after());
            }

            let _ = message
                .class_list()
                .toggle_with_force("warning", warning.is_some());
            let message_text = error.map(|e| l.language.input_error(&e, &l)).or(warning);
            show_text(&message, message_text.as_deref().unwrap_or_default());
            let range = field.slider_range();
            for (name, v) in [
                ("min", range.min.canonical()),
                ("max", range.max.canonical()),
                ("step", range.step.canonical()),
                ("aria-valuetext", l.quantity(value, field.input.unit())),
            ] {
                show_attribute(&slider, name, &v);
            }
            slider.set_value(&value.canonical());
        });
    }
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <div class="field-controls">
                <span class="amount">
                    <input
                        id=id
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby=hint_id.clone()
                        on:input=handler(move |ev: leptos::ev::Event| {
                            field.type_text(event_target_value(&ev), locale.get_untracked().style());
                            let n = typing.get_untracked() + 1;
                            typing.set(n);
                            // The field may be gone by then (a view re-mounted): try only.
                            let settle = move || {
                                if typing.try_get_untracked() == Some(n) {
                                    typing.try_set(0);
                                }
                            };
                            set_timeout(settle, std::time::Duration::from_millis(SETTLE_MS));
                        })
                        // Left: the message now, and a valid number written in the chosen format.
                        on:change=handler(move |_: leptos::ev::Event| {
                            typing.set(0);
                            field.tidy(&locale.get_untracked());
                        })
                    />
                </span>
                <input
                    id=slider_id
                    type="range"
                    aria-label=language.slider_label(field.input)
                    on:input=handler(move |ev: leptos::ev::Event| {
                        field.slide_to(&event_target_value(&ev), &locale.get_untracked())
                    })
                    on:change=handler(move |ev: leptos::ev::Event| {
                        let slider = event_target::<HtmlInputElement>(&ev);
                        let value = Some(slider.value());
                        if value == slider.get_attribute("max") || value == slider.get_attribute("min") {
                            field.refit();
                        }
                    })
                />
            </div>
            <p class="hint" id=hint_id>{language.input_hint(field.input)}</p>
            <p class="error" id=error_id aria-live="polite"></p>
        </div>
    }
}

/// How long typing pauses before a field's message shows.
const SETTLE_MS: u64 = 800;

/// The element id of an input's text field.
fn dom_id(input: NumericInput) -> &'static str {
    match input {
        NumericInput::MonthlyGoal => "monthly-goal",
        NumericInput::MarketingShare => "marketing-share",
        NumericInput::DealSize => "deal-size",
        NumericInput::WinRate => "win-rate",
        NumericInput::SalesCycle => "sales-cycle",
    }
}
