//! Entry point: report panics to the console, then mount the app.

fn main() {
    // A panic is a bug: print its message and location before the wasm aborts. (Smaller than
    // console_error_panic_hook, which also captures a JS stack trace.)
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    leptos::mount::mount_to_body(sla_planner::App);
}
