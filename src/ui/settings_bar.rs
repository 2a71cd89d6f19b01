//! Currency and number format choices.

use leptos::prelude::*;

use super::plan_state::PlanState;
use crate::format::{Currency, Locale, NumberFormat};

/// The person's formatting settings; changing one rewrites every number on the page.
#[component]
pub fn SettingsBar(state: PlanState) -> impl IntoView {
    let locale = state.locale;
    // Labels are read once: a change of language re-mounts the view.
    let language = locale.get_untracked().language;
    let text = language.text();
    let change = move |update: &dyn Fn(&mut Locale)| {
        let mut next = locale.get_untracked();
        update(&mut next);
        state.set_locale(next);
    };
    let currencies = Currency::ALL.map(|c| (c, c.code(), language.currency_option(c)));
    let formats = NumberFormat::ALL.map(|f| (f, f.code(), f.sample().to_string()));
    view! {
        <section class="settings" aria-label=text.settings_heading>
            {choice(
                "currency",
                text.currency,
                currencies,
                move || locale.get().currency,
                move |c| change(&|l| l.currency = c),
            )}
            {choice(
                "number-format",
                text.number_format,
                formats,
                move || locale.get().number_format,
                move |f| change(&|l| l.number_format = f),
            )}
        </section>
    }
}

/// A labelled `<select>` over fixed options, each given as (value, stable code, label).
fn choice<T, const N: usize>(
    id: &'static str,
    label: &'static str,
    options: [(T, &'static str, String); N],
    selected: impl Fn() -> T + Copy + Send + Sync + 'static,
    pick: impl Fn(T) + Send + Sync + 'static,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let values = options.each_ref().map(|&(value, code, _)| (value, code));
    view! {
        <div class="setting">
            <label for=id>{label}</label>
            <select
                id=id
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
        </div>
    }
}
