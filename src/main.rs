//! Entry point: the allocator, panics reported to the console, then the app mounted.

// Talc instead of the default dlmalloc: smaller in the wasm, and faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // A panic is a bug: print its message and location before the wasm aborts. (Smaller than
    // console_error_panic_hook, which also captures a JS stack trace.)
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    leptos::mount::mount_to_body(sla_planner::App);
}
