//! A labelled `<select>` over a fixed set of options.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::erased::effect;
use super::erased::handler;
use super::html::{escape_into, write_into};

/// A labelled `<select>` over fixed options, each given as (value, stable code, label), with
/// an optional hint under it; `class` styles the wrapper.
///
/// The options are written as HTML text and the selection by one effect: as views, each option
/// would compile its own reactive code.
pub fn choice<T, const N: usize>(
    class: &'static str,
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    options: [(T, &'static str, String); N],
    selected: impl Fn() -> T + Send + Sync + 'static,
    pick: impl Fn(T) + Send + Sync + 'static,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let mut html = String::new();
    for (_, code, label) in &options {
        html.push_str("<option value=\"");
        html.push_str(code);
        html.push_str("\">");
        escape_into(&mut html, label);
        html.push_str("</option>");
    }
    let codes = options.map(|(value, code, _)| (value, code));
    effect(move |first| {
        if first {
            write_into(id, &html);
        }
        let now = selected();
        let code = codes.iter().find(|(v, _)| *v == now).map(|(_, c)| *c);
        if let (Some(code), Some(select)) = (code, document().get_element_by_id(id)) {
            select
                .unchecked_into::<web_sys::HtmlSelectElement>()
                .set_value(code);
        }
    });
    let hint_id = format!("{id}-hint");
    let described_by = hint.map(|_| hint_id.clone());
    view! {
        <div class=class>
            <label for=id>{label}</label>
            <select
                id=id
                aria-describedby=described_by
                on:change=handler(move |ev: leptos::ev::Event| {
                    let code = event_target_value(&ev);
                    if let Some(&(value, _)) = codes.iter().find(|(_, c)| *c == code) {
                        pick(value);
                    }
                })
            ></select>
            <p class="hint" id=hint_id>{hint}</p>
        </div>
    }
}
