//! Currency and number format choices.

use leptos::prelude::*;

use super::plan_state::PlanState;
use crate::format::{Currency, Locale, NumberFormat};

/// The person's formatting settings; changing one rewrites every number on the page.
#[component]
pub fn SettingsBar(state: PlanState) -> impl IntoView {
    let locale = state.locale;
    // Labels are read once: a change of language re-mounts the view.
    let text = locale.get_untracked().text();
    let change = move |update: &dyn Fn(&mut Locale)| {
        let mut next = locale.get_untracked();
        update(&mut next);
        state.set_locale(next);
    };
    view! {
        <section class="settings" aria-label=text.settings_heading>
            <div class="setting">
                <label for="currency">{text.currency}</label>
                <select
                    id="currency"
                    on:change=move |ev| {
                        if let Some(c) = Currency::from_code(&event_target_value(&ev)) {
                            change(&|l| l.currency = c);
                        }
                    }
                >
                    {Currency::ALL
                        .map(|c| {
                            view! {
                                <option value=c.code() selected=move || locale.get().currency == c>
                                    {format!("{} ({})", c.code(), c.symbol())}
                                </option>
                            }
                        })}
                </select>
            </div>
            <div class="setting">
                <label for="number-format">{text.number_format}</label>
                <select
                    id="number-format"
                    on:change=move |ev| {
                        if let Some(f) = NumberFormat::from_code(&event_target_value(&ev)) {
                            change(&|l| l.number_format = f);
                        }
                    }
                >
                    {NumberFormat::ALL
                        .map(|f| {
                            view! {
                                <option value=f.code() selected=move || locale.get().number_format == f>
                                    {f.code()}
                                </option>
                            }
                        })}
                </select>
            </div>
        </section>
    }
}
