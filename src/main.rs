//! Entry point: the allocator, panics reported to the console, then the app mounted in place
//! of the page's "Loading…" block.

// Talc instead of the default dlmalloc: smaller in the wasm, and faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // A panic is a bug: say where it happened before the wasm aborts. Only the location: the
    // message's formatting machinery costs wasm, and the location finds the line.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()));
        let text = format!("sla-planner panicked{}", place.unwrap_or_default());
        web_sys::console::error_1(&text.into());
    }));
    // index.html's "Loading…" block gives way to the app.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(sla_planner::App);
}
