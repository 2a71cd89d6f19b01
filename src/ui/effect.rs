//! Effects, all run through one compiled copy of Leptos's effect machinery.

use leptos::prelude::*;

/// Run `f` once the view is in the page, and again whenever a signal it read changes; `f` is
/// told whether this is its first run.
pub fn effect(f: impl FnMut(bool) + 'static) {
    run(Box::new(f));
}

// Each closure type given to `Effect::new` compiles its own copy of the effect's task (half a
// KB of wasm and more); behind one boxed function type there is a single copy.
#[inline(never)]
fn run(mut f: Box<dyn FnMut(bool)>) {
    Effect::new(move |ran: Option<()>| f(ran.is_none()));
}
