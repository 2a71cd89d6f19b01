//! A labelled `<select>` over a fixed set of options.

use leptos::prelude::*;

/// A labelled `<select>` over fixed options, each given as (value, stable code, label), with
/// an optional hint under it; `class` styles the wrapper.
pub fn choice<T, const N: usize>(
    class: &'static str,
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    options: [(T, &'static str, String); N],
    selected: impl Fn() -> T + Copy + Send + Sync + 'static,
    pick: impl Fn(T) + Send + Sync + 'static,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let values = options.each_ref().map(|&(value, code, _)| (value, code));
    let hint_id = format!("{id}-hint");
    let described_by = hint.map(|_| hint_id.clone());
    view! {
        <div class=class>
            <label for=id>{label}</label>
            <select
                id=id
                aria-describedby=described_by
                on:change=move |ev| {
                    let code = event_target_value(&ev);
                    if let Some(&(value, _)) = values.iter().find(|(_, c)| *c == code) {
                        pick(value);
                    }
                }
            >
                {options
                    .map(|(value, code, label)| {
                        view! {
                            <option value=code prop:selected=move || selected() == value>
                                {label}
                            </option>
                        }
                    })}
            </select>
            <p class="hint" id=hint_id>{hint}</p>
        </div>
    }
}
