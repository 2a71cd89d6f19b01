//! Leptos's generic primitives behind boxed function types.
//!
//! Each closure type given to `Effect::new` or `on:` compiles its own copy of
//! Leptos's code for it (half a KB of wasm and more, a dozen times over); behind one boxed type
//! there is a single copy. Measured: about 8 KB gzip for this app.

use leptos::prelude::*;

/// Run `f` once the view is in the page, and again whenever a signal it read changes; `f` is
/// told whether this is its first run.
pub fn effect(f: impl FnMut(bool) + 'static) {
    run(Box::new(f));
}

#[inline(never)]
fn run(mut f: Box<dyn FnMut(bool)>) {
    Effect::new(move |ran: Option<()>| f(ran.is_none()));
}

/// `f` as an event handler for `on:`.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}
