//! Currency and number format choices.

use leptos::prelude::*;

use super::choice::choice;
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
                "setting",
                "currency",
                text.currency,
                None,
                currencies,
                move || locale.get().currency,
                move |c| change(&|l| l.currency = c),
            )}
            {choice(
                "setting",
                "number-format",
                text.number_format,
                None,
                formats,
                move || locale.get().number_format,
                move |f| change(&|l| l.number_format = f),
            )}
        </section>
    }
}
