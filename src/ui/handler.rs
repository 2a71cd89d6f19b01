//! Event handlers, all of one boxed type per event.

/// `f` as an event handler. Each closure type given to `on:` compiles its own copy of Leptos's
/// listener code; boxed, every handler of an event type shares one.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}
