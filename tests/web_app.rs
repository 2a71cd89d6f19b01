//! The app's components in a real browser: mounted, then driven through labelled controls as a
//! person would, reading the labelled outputs.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use sla_planner::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted app in its own container, with a fresh localStorage; unmounted on drop.
struct Page {
    root: HtmlElement,
    _app: leptos::mount::UnmountHandle<<AnyView as Render>::State>,
}

impl Page {
    async fn open() -> Page {
        let window = web_sys::window().unwrap();
        window.local_storage().unwrap().unwrap().clear().unwrap();
        let document = window.document().unwrap();
        let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&root).unwrap();
        let app = leptos::mount::mount_to(root.clone(), || App().into_any());
        settle().await;
        Page { root, _app: app }
    }

    /// The control a `<label>` with exactly this text is tied to.
    fn labelled<T: JsCast>(&self, label: &str) -> T {
        let labels = self.root.query_selector_all("label").unwrap();
        let target = (0..labels.length())
            .filter_map(|i| labels.item(i)?.dyn_into::<Element>().ok())
            .find(|l| l.text_content().as_deref() == Some(label))
            .and_then(|l| l.get_attribute("for"))
            .unwrap_or_else(|| panic!("no label {label:?}"));
        self.root
            .query_selector(&format!("#{target}"))
            .unwrap()
            .unwrap()
            .unchecked_into()
    }

    fn slider(&self, label: &str) -> HtmlInputElement {
        let selector = format!(r#"input[type="range"][aria-label="{label} slider"]"#);
        self.root
            .query_selector(&selector)
            .unwrap()
            .unwrap()
            .unchecked_into()
    }

    fn output(&self, label: &str) -> String {
        self.labelled::<Element>(label)
            .text_content()
            .unwrap_or_default()
    }

    fn find(&self, selector: &str) -> Element {
        self.root.query_selector(selector).unwrap().unwrap()
    }

    /// Pick the option with this value in the `<select>` labelled `label`.
    async fn choose(&self, label: &str, value: &str) {
        let select: HtmlSelectElement = self.labelled(label);
        select.set_value(value);
        fire(&select, "change");
        settle().await;
    }

    async fn type_into(&self, label: &str, text: &str) {
        let input: HtmlInputElement = self.labelled(label);
        input.set_value(text);
        fire(&input, "input");
        settle().await;
    }

    /// Leave the field labelled `label`, as Tab would: its message shows at once.
    async fn leave(&self, label: &str) {
        let input: HtmlInputElement = self.labelled(label);
        fire(&input, "change");
        settle().await;
    }
}

fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Let Leptos run its scheduled effects and DOM updates.
async fn settle() {
    for _ in 0..3 {
        tick().await;
    }
}

/// Wait up to two seconds for `ready`, checking after each animation frame: the chart first
/// draws once the browser has laid the canvas out and reported its size.
async fn frames_until(ready: impl Fn() -> bool) {
    for _ in 0..120 {
        if ready() {
            return;
        }
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    }
    panic!("not ready after 120 frames");
}

#[wasm_bindgen_test]
async fn first_visit_shows_the_worked_example() {
    let page = Page::open().await;
    assert_eq!(page.output("Qualified leads per month"), "100");
    assert_eq!(page.output("Customers needed"), "50");
    assert_eq!(page.output("Lead value"), "$50.00");
    let goal: HtmlInputElement = page.labelled("Monthly revenue goal");
    assert_eq!(goal.value(), "5,000");
}

#[wasm_bindgen_test]
async fn typing_a_grouped_amount_updates_every_result() {
    let page = Page::open().await;
    page.type_into("Monthly revenue goal", "12,500").await;
    assert_eq!(page.output("Qualified leads per month"), "250");
    assert_eq!(page.output("Customers needed"), "125");
    page.type_into("Win rate (%)", "30").await;
    // 125 customers at 30 % is 416.67 leads: rounded up, never down.
    assert_eq!(page.output("Qualified leads per month"), "417");
}

#[wasm_bindgen_test]
async fn bad_input_is_flagged_beside_its_field_and_results_stay() {
    let page = Page::open().await;
    page.type_into("Average deal size", "0").await;
    page.leave("Average deal size").await;
    let deal: HtmlInputElement = page.labelled("Average deal size");
    assert_eq!(deal.get_attribute("aria-invalid").as_deref(), Some("true"));
    // The message first, then the hint.
    let described = deal.get_attribute("aria-describedby").unwrap();
    let ids: Vec<&str> = described.split(' ').collect();
    let text = |id: &str| page.find(&format!("#{id}")).text_content().unwrap();
    assert_eq!(text(ids[0]), "Must be more than zero.");
    assert_eq!(text(ids[1]), "Average revenue of one won deal.");
    assert_eq!(page.output("Qualified leads per month"), "100");
    assert!(page
        .find(".stale")
        .text_content()
        .unwrap()
        .contains("out of date"));

    page.type_into("Average deal size", "50").await;
    assert_eq!(deal.get_attribute("aria-invalid").as_deref(), Some("false"));
    assert_eq!(page.output("Qualified leads per month"), "200");
    assert_eq!(page.find(".stale").text_content().unwrap(), "");
}

#[wasm_bindgen_test]
async fn the_slider_moves_the_field_the_results_and_the_chart() {
    let page = Page::open().await;
    let canvas = page.find(".pacing-canvas");
    let draws = || canvas.get_attribute("data-draws").unwrap_or_default();
    frames_until(|| !draws().is_empty()).await;
    let before = draws();
    let slider = page.slider("Monthly revenue goal");
    slider.set_value("10000");
    fire(&slider, "input");
    settle().await;
    let goal: HtmlInputElement = page.labelled("Monthly revenue goal");
    assert_eq!(goal.value(), "10,000");
    assert_eq!(page.output("Qualified leads per month"), "200");
    assert_ne!(draws(), before, "chart redrawn");
}

#[wasm_bindgen_test]
async fn a_typed_value_beyond_the_slider_widens_its_range() {
    let page = Page::open().await;
    let slider = page.slider("Monthly revenue goal");
    assert_eq!(slider.max(), "20000");
    page.type_into("Monthly revenue goal", "120000").await;
    assert_eq!(slider.max(), "200000");
    assert_eq!(slider.value(), "120000");
}

#[wasm_bindgen_test]
async fn switching_number_format_rewrites_fields_and_results() {
    let page = Page::open().await;
    page.choose("Number format", "dot-comma").await;
    page.choose("Currency", "EUR").await;
    let goal: HtmlInputElement = page.labelled("Monthly revenue goal");
    assert_eq!(goal.value(), "5.000");
    assert_eq!(page.output("Lead value"), "50,00\u{a0}€");
    page.type_into("Monthly revenue goal", "12.500").await;
    assert_eq!(page.output("Qualified leads per month"), "250");
}

#[wasm_bindgen_test]
async fn changing_settings_keeps_bad_text_as_typed() {
    let page = Page::open().await;
    page.type_into("Win rate (%)", "abc").await;
    page.leave("Win rate (%)").await;
    page.type_into("Monthly revenue goal", "12,500").await;
    page.choose("Number format", "dot-comma").await;
    let win: HtmlInputElement = page.labelled("Win rate (%)");
    let goal: HtmlInputElement = page.labelled("Monthly revenue goal");
    assert_eq!(win.value(), "abc", "bad text is not replaced");
    assert_eq!(win.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        goal.value(),
        "12.500",
        "valid text is rewritten in the new format"
    );
    assert!(page
        .find(".stale")
        .text_content()
        .unwrap()
        .contains("out of date"));
}

#[wasm_bindgen_test]
async fn text_that_becomes_valid_in_a_new_format_counts_at_once() {
    let page = Page::open().await;
    page.type_into("Monthly revenue goal", "250.000").await;
    assert_eq!(
        page.output("Qualified leads per month"),
        "100",
        "refused in 1,234.56"
    );
    page.choose("Number format", "dot-comma").await;
    // 250.000 in 1.234,56 is 250,000: ÷ 100 ÷ 50 % = 5,000 leads.
    assert_eq!(page.output("Qualified leads per month"), "5.000");
    assert_eq!(page.find(".stale").text_content().unwrap(), "");
}
