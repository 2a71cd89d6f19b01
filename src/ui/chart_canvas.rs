//! A chart's `<canvas>`: redrawn whenever what its drawing reads changes, or its laid-out size
//! does. It counts completed redraws in `data-draws`, which the benchmark and tests watch.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use super::erased::effect;
use super::html::{show_attribute, show_text};
use super::observed_size::observed_size;
use crate::chart::canvas::CanvasError;

/// What a chart draws: given the canvas and its CSS size, `Ok(true)` when drawn, `Ok(false)`
/// when there is nothing to draw on yet; with the chart's text alternative. One callback for
/// both: a separate reactive label compiled its own code for each chart.
pub type Draw = Callback<(HtmlCanvasElement, (f64, f64)), (Result<bool, CanvasError>, String)>;

#[component]
pub fn ChartCanvas(
    draw: Draw,
    /// The canvas' class, also its id (found by it: a `NodeRef` costs more wasm).
    class: &'static str,
    /// Said when the chart cannot be drawn; the page's table has the same figures.
    failed_text: &'static str,
) -> impl IntoView {
    let size = observed_size(class);
    // Completed redraws (the effect's own count: it alone changes it).
    let mut draws = 0u32;
    // One effect draws, labels and reports failure: attributes bound one by one cost more wasm.
    effect(move |_| {
        let css = size.get();
        let Some(element) = document().get_element_by_id(class) else {
            return;
        };
        let element: HtmlCanvasElement = element.unchecked_into();
        let (result, label) = draw.run((element.clone(), css));
        show_attribute(&element, "aria-label", &label);
        if let Ok(true) = result {
            draws += 1;
            // Best effort: the count is for observers, not for the person.
            let _ = element.set_attribute("data-draws", &draws.to_string());
        }
        if let Some(alert) = element.next_element_sibling() {
            show_text(&alert, if result.is_err() { failed_text } else { "" });
        }
    });
    view! {
        <canvas id=class class=class role="img"></canvas>
        <p class="error" role="alert"></p>
    }
}
