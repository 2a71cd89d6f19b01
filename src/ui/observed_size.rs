//! An element's laid-out CSS size, kept current by a `ResizeObserver`.
//!
//! Reading the size on every redraw (`getBoundingClientRect`) would force the browser to lay
//! the page out in the middle of each slider input; the observer reports changes after layout
//! instead, whatever caused them (the window, a scrollbar appearing, a panel growing).

use leptos::prelude::*;

use super::erased::effect;
use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, ResizeObserverEntry};

/// The CSS width and height of the element with the id `id`, `(0, 0)` until it is laid out.
pub fn observed_size(id: &'static str) -> ReadSignal<(f64, f64)> {
    let (size, set_size) = signal((0.0, 0.0));
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let last = entries.iter().last();
        if let Some(entry) = last.and_then(|e| e.dyn_into::<ResizeObserverEntry>().ok()) {
            let rect = entry.content_rect();
            set_size.set((rect.width(), rect.height()));
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    // The closure must live as long as the observer; it is dropped with the component.
    let callback = StoredValue::new_local(callback);
    let observer = StoredValue::new_local(observer);
    // Effects first run once the view is in the page.
    effect(move |_| {
        if let Some(element) = document().get_element_by_id(id) {
            observer.with_value(|o| o.as_ref().map(|o| o.observe(&element)));
        }
    });
    on_cleanup(move || {
        observer.with_value(|o| o.as_ref().map(ResizeObserver::disconnect));
        callback.dispose();
    });
    size
}
