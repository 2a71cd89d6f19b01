//! Saving a document as it changes: debounced, flushed when the page is hidden or closed, and
//! kept in step with other tabs. One mechanism for every document (the plan, the settings).

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::erased::effect;
use super::storage_notice::{post, Notice};
use crate::storage::{self, DecodeError, Document, Loaded, StorageError, Stored};

/// Quiet time after the last change before saving: a dragged slider writes once, not per
/// pixel (Chromium itself only commits localStorage to disk every few seconds).
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Keep the stored document in step with `current` (a tracked read of the page's state),
/// showing merged or other tabs' versions through `show`.
///
/// - Nothing is written while storage holds exactly what the page shows (first visit, an edit
///   undone within the debounce, a document just taken over from another tab).
/// - A document migrated from an older schema is saved in the current one at once.
/// - Another tab's save is merged field by field: fields this tab has changed (even half
///   typed) stay as they are; the others take the other tab's values.
/// - Nothing is written when `loaded` says saving could destroy a record, and saving stops
///   for good if a newer version saves meanwhile. A failed save leaves the edit in memory and
///   raises a notice, replacing any earlier save notice.
pub fn autosave<D>(
    loaded: Loaded<D>,
    current: impl Fn() -> D + Copy + Send + Sync + 'static,
    show: impl Fn(&D) + Copy + Send + Sync + 'static,
    // While true, nothing is saved and other tabs' saves are not shown (a shared plan is).
    hold: RwSignal<bool>,
    notices: RwSignal<Vec<Notice>>,
) where
    D: Document + Send + Sync + 'static,
{
    if !loaded.can_save {
        return;
    }
    let slot = loaded.slot;
    let stopped = StoredValue::new(false);
    // What storage is known to hold: loaded, saved, or taken over from another tab.
    let base = StoredValue::new(loaded.stored.unwrap_or_else(|| Stored {
        doc: untrack(current),
        revision: 0,
    }));
    let pending = StoredValue::new(loaded.migrated.then(|| untrack(current)));
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let cancel_timer = move || {
        if let Some(t) = timer.try_update_value(Option::take).flatten() {
            t.clear();
        }
    };
    let flush = move || {
        cancel_timer();
        let Some(doc) = pending.get_value().filter(|_| !stopped.get_value()) else {
            return;
        };
        pending.set_value(None);
        let result = base.with_value(|b| storage::save(slot, b, &doc, js_sys::Date::now() as u64));
        match &result {
            Ok(saved) => {
                // Never over a shared plan on the page.
                if saved.doc != doc && !hold.get_untracked() {
                    show(&saved.doc);
                }
                base.set_value(saved.clone());
            }
            Err(e) => stopped.set_value(matches!(
                e,
                StorageError::Superseded | StorageError::UnreadableInTheWay
            )),
        }
        notices.update(|all| {
            all.retain(|n| !matches!(n, Notice::Save(_)));
            all.extend(result.err().map(Notice::Save));
        });
    };
    if loaded.migrated {
        flush();
    }
    effect(move |_| {
        let doc = current();
        let held = hold.get();
        cancel_timer();
        if held {
            // What this tab changed before a shared plan was shown is saved now, not lost.
            flush();
            return;
        }
        if base.with_value(|b| b.doc == doc) {
            pending.set_value(None);
            return;
        }
        pending.set_value(Some(doc));
        timer.set_value(set_timeout_with_handle(flush, DEBOUNCE).ok());
    });
    let hidden = || document().visibility_state() == web_sys::VisibilityState::Hidden;
    let on_other_tab = window_event_listener_untyped("storage", move |event| {
        let event: web_sys::StorageEvent = event.unchecked_into();
        let (key, value) = (event.key(), event.new_value());
        match storage::saved_elsewhere::<D>(slot, key.as_deref(), value.as_deref()) {
            // A newer save; or one at our revision with other content, which means two saves
            // raced and theirs landed last. An older one (a late event) is already merged.
            Some(Ok(theirs)) if base.with_value(|b| is_news(b, &theirs)) => {
                let ours = untrack(current);
                let merged = base.with_value(|b| D::merge(&b.doc, &ours, &theirs.doc));
                base.set_value(theirs);
                if merged != ours && !hold.get_untracked() {
                    show(&merged);
                }
            }
            Some(Err(DecodeError::NewerSchema(_))) => {
                stopped.set_value(true);
                post(notices, Notice::Save(StorageError::Superseded));
            }
            _ => {}
        }
    });
    let on_hide = window_event_listener_untyped("pagehide", move |_| flush());
    let on_hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if hidden() {
            flush()
        }
    });
    on_cleanup(move || {
        on_other_tab.remove();
        on_hide.remove();
        on_hidden.remove();
        cancel_timer();
    });
}

/// Whether another tab's save tells this tab something it does not know yet.
fn is_news<D: Document>(known: &Stored<D>, theirs: &Stored<D>) -> bool {
    theirs.revision > known.revision
        || (theirs.revision == known.revision && theirs.doc != known.doc)
}
