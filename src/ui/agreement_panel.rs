//! The agreement around the numbers: the plan's assumptions with their sources, who signs for
//! each team, what sales commits to, and the glossary both teams agree on, each definition
//! rewritable and saved with the plan. Printed, it reads as an agreement to sign.
//!
//! The fields are written once as HTML text and kept in step with the plan by one effect, their
//! input handled once for all of them: as views, seventeen fields would cost several KB of wasm.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::erased::{effect, handler};
use super::html::{escape_into, write_into};
use super::plan_state::PlanState;
use crate::engine::{MonthPlan, Term, MAX_DEFINITION};
use crate::format::{Language, Text};
use crate::storage::{Agreement, MAX_OBLIGATIONS, MAX_PARTY};

/// The element that opens the printed agreement (its title and parties), at the top of the page.
pub const HEAD_ID: &str = "agreement-head";

#[component]
pub fn AgreementPanel(
    state: PlanState,
    #[prop(into)] months: Signal<Vec<MonthPlan>>,
) -> impl IntoView {
    let locale = state.locale;
    // Labels are read once: a change of language re-mounts the view.
    let language = locale.get_untracked().language;
    let text = language.text();
    effect(move |first| {
        if first {
            write_into("agreement-fields", &fields_html(language, text));
        }
        state.agreement.with(|a| {
            for (id, value) in [
                ("agreement-marketing", &a.marketing),
                ("agreement-sales", &a.sales),
                ("agreement-obligations", &a.obligations),
            ] {
                show_value(id, value);
            }
            for term in Term::ALL {
                show_value(
                    &format!("term-{}", term.code()),
                    definition(a, term, language),
                );
            }
            write_into(HEAD_ID, &head_html(a, language, text));
            write_into("agreement-print", &print_html(a, language, text));
        });
    });
    effect(move |_| {
        let l = locale.get();
        let own_goals = state.month_goals.with(Vec::len);
        let lines = months.with(|ms| ms.first().map(|m| l.language.assumptions(m, own_goals, &l)));
        let mut html = String::new();
        for line in lines.unwrap_or_default() {
            html.push_str("<li>");
            escape_into(&mut html, &line);
            html.push_str("</li>");
        }
        write_into("agreement-assumptions", &html);
    });
    let on_input = move |ev: leptos::ev::Event| {
        let Some(field) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let (name, term) = (
            field.get_attribute("data-field"),
            field.get_attribute("data-term"),
        );
        // Within the record's limits even if `maxlength` was got round: a longer text would
        // make the saved plan unreadable.
        let max = match name.as_deref() {
            Some("obligations") => MAX_OBLIGATIONS,
            Some(_) => MAX_PARTY,
            None => MAX_DEFINITION,
        };
        let value: String = event_target_value(&ev).chars().take(max).collect();
        state.agreement.update(|a| {
            match (name.as_deref(), term.as_deref().and_then(Term::from_code)) {
                (Some("marketing"), _) => a.marketing = value,
                (Some("sales"), _) => a.sales = value,
                (Some("obligations"), _) => a.obligations = value,
                (_, Some(term)) => define(a, term, value, language),
                _ => {}
            }
        });
    };
    view! {
        <section class="panel agreement" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">{text.agreement_heading}</h2>
            <h3>{text.assumptions}</h3>
            <ul id="agreement-assumptions"></ul>
            <div id="agreement-fields" class="screen-only" on:input=handler(on_input)></div>
            <div id="agreement-print" class="print-only"></div>
            <div class="actions">
                <button type="button" on:click=handler(|_: leptos::ev::MouseEvent| {
                    let _ = window().print();
                })>{text.print_agreement}</button>
            </div>
        </section>
    }
}

/// A field's text, written only when it differs, so the caret stays where the person types.
/// (Text areas and text fields alike: their `value` is read and set by name.)
fn show_value(id: &str, value: &str) {
    let Some(field) = document().get_element_by_id(id) else {
        return;
    };
    let key = JsValue::from_str("value");
    if js_sys::Reflect::get(&field, &key)
        .ok()
        .and_then(|v| v.as_string())
        .as_deref()
        != Some(value)
    {
        let _ = js_sys::Reflect::set(&field, &key, &JsValue::from_str(value));
    }
}

/// A term's definition: the team's own, or the planner's.
fn definition(a: &Agreement, term: Term, language: Language) -> &str {
    let own = a.terms.iter().find(|(t, _)| *t == term);
    own.map_or(language.term_definition(term), |(_, d)| d.as_str())
}

/// Set a term's definition; the planner's own wording is not stored, so it follows the language.
/// Definitions stay in the glossary's order (found by position: a sort would cost KBs of wasm).
fn define(a: &mut Agreement, term: Term, text: String, language: Language) {
    a.terms.retain(|(t, _)| *t != term);
    if text != language.term_definition(term) {
        let place = |t: Term| t as usize;
        let at = a
            .terms
            .iter()
            .take_while(|(t, _)| place(*t) < place(term))
            .count();
        a.terms.insert(at, (term, text));
    }
}

/// A labelled text area, or a text field for one line (`rows` 1), its hint if any.
fn field_into(
    html: &mut String,
    (id, data): (&str, &str),
    label: &str,
    hint: Option<&str>,
    (rows, max): (u32, usize),
) {
    html.push_str("<div class=\"field\"><label for=\"");
    html.push_str(id);
    html.push_str("\">");
    escape_into(html, label);
    html.push_str(if rows == 1 {
        "</label><input type=\"text\" autocomplete=\"off\" id=\""
    } else {
        "</label><textarea id=\""
    });
    html.push_str(id);
    html.push_str("\" ");
    html.push_str(data);
    if rows > 1 {
        html.push_str(&format!(" rows=\"{rows}\""));
    }
    html.push_str(&format!(" maxlength=\"{max}\""));
    if hint.is_some() {
        html.push_str(&format!(" aria-describedby=\"{id}-hint\""));
    }
    html.push_str(if rows == 1 { ">" } else { "></textarea>" });
    if let Some(hint) = hint {
        html.push_str(&format!("<p class=\"hint\" id=\"{id}-hint\">"));
        escape_into(html, hint);
        html.push_str("</p>");
    }
    html.push_str("</div>");
}

/// The editor: both signatories, the obligations, and a definition per term.
fn fields_html(language: Language, text: &Text) -> String {
    let mut html = String::new();
    let party = (1, MAX_PARTY);
    field_into(
        &mut html,
        ("agreement-marketing", "data-field=\"marketing\""),
        text.signs_marketing,
        Some(text.signatory_hint),
        party,
    );
    field_into(
        &mut html,
        ("agreement-sales", "data-field=\"sales\""),
        text.signs_sales,
        Some(text.signatory_hint),
        party,
    );
    field_into(
        &mut html,
        ("agreement-obligations", "data-field=\"obligations\""),
        text.obligations,
        Some(text.obligations_hint),
        (4, MAX_OBLIGATIONS),
    );
    html.push_str("<details class=\"glossary\"><summary>");
    escape_into(&mut html, text.glossary);
    html.push_str("</summary><p class=\"hint\">");
    escape_into(&mut html, text.glossary_hint);
    html.push_str("</p>");
    for term in Term::ALL {
        let id = format!("term-{}", term.code());
        let data = format!("data-term=\"{}\"", term.code());
        field_into(
            &mut html,
            (&id, &data),
            language.term_name(term),
            None,
            (3, MAX_DEFINITION),
        );
    }
    html.push_str("</details>");
    html
}

/// The printed agreement's opening: its title and who it is between.
fn head_html(a: &Agreement, language: Language, text: &Text) -> String {
    let mut html = String::from("<h1 class=\"agreement-title\">");
    escape_into(&mut html, text.agreement_title);
    html.push_str("</h1><p>");
    escape_into(&mut html, &language.parties(&a.marketing, &a.sales));
    html.push_str("</p>");
    html
}

/// The printed agreement's terms: the obligations, the glossary, and a line for each signature.
fn print_html(a: &Agreement, language: Language, text: &Text) -> String {
    let mut html = String::from("<h3>");
    escape_into(&mut html, text.obligations);
    html.push_str("</h3><p class=\"as-typed\">");
    let obligations = a.obligations.trim();
    escape_into(
        &mut html,
        if obligations.is_empty() {
            text.nothing_agreed
        } else {
            obligations
        },
    );
    html.push_str("</p><h3>");
    escape_into(&mut html, text.glossary);
    html.push_str("</h3><dl>");
    for term in Term::ALL {
        html.push_str("<dt>");
        escape_into(&mut html, language.term_name(term));
        html.push_str("</dt><dd class=\"as-typed\">");
        let words = definition(a, term, language).trim();
        escape_into(
            &mut html,
            if words.is_empty() {
                text.nothing_agreed
            } else {
                words
            },
        );
        html.push_str("</dd>");
    }
    html.push_str("</dl><div class=\"signatures\">");
    for (side, name) in [
        (text.for_marketing, &a.marketing),
        (text.for_sales, &a.sales),
    ] {
        html.push_str("<div><p>");
        escape_into(&mut html, side);
        html.push_str(": ");
        escape_into(&mut html, name);
        html.push_str("</p><p>");
        escape_into(&mut html, text.signature_line);
        html.push_str("</p></div>");
    }
    html.push_str("</div>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_planners_own_definition_is_not_stored_and_others_keep_the_glossarys_order() {
        let en = Language::English;
        let mut a = Agreement::default();
        define(&mut a, Term::LeadScore, "60 points".into(), en);
        define(&mut a, Term::Lead, "Any contact".into(), en);
        let order: Vec<Term> = a.terms.iter().map(|(t, _)| *t).collect();
        assert_eq!(order, [Term::Lead, Term::LeadScore]);
        define(
            &mut a,
            Term::Lead,
            en.term_definition(Term::Lead).into(),
            en,
        );
        assert_eq!(a.terms, [(Term::LeadScore, "60 points".to_string())]);
        assert_eq!(
            definition(&a, Term::Lead, en),
            en.term_definition(Term::Lead)
        );
    }

    #[test]
    fn everything_typed_prints_as_text() {
        let en = Language::English;
        let a = Agreement {
            marketing: "<script>x</script>".into(),
            obligations: "a & b".into(),
            terms: vec![(Term::Mql, "<b>60</b>".into())],
            ..Agreement::default()
        };
        let html = print_html(&a, en, en.text()) + &head_html(&a, en, en.text());
        assert!(!html.contains("<script>") && !html.contains("<b>"));
        assert!(html.contains("&lt;b&gt;60&lt;/b&gt;") && html.contains("a &amp; b"));
        assert!(html.contains("For marketing: &lt;script&gt;"));
    }
}
