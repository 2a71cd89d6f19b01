//! Saving the plan as it changes: debounced, and flushed when the page is hidden or closed.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::plan_state::PlanState;
use super::storage_notice::Notice;
use crate::storage::{self, DecodeError, SavedPlan, StorageError};

/// Quiet time after the last change before saving: a dragged slider writes once, not per
/// pixel (Chromium itself only commits localStorage to disk every few seconds).
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Keep the stored plan in step with `state`. Does nothing when saving could destroy a
/// record (`can_save` false), and stops for good if a newer version saves meanwhile. A failed
/// save leaves the plan in memory and raises a notice, replacing any earlier save notice.
/// A plan another tab saves is taken over here, so the next edit builds on it instead of
/// silently writing this tab's older plan over it.
pub fn autosave(state: PlanState, can_save: bool, notices: RwSignal<Vec<Notice>>) {
    if !can_save {
        return;
    }
    let stopped = StoredValue::new(false);
    // The plan storage is known to hold: loaded, saved, or taken over from another tab.
    let stored = StoredValue::new(state.saved_untracked());
    let pending = StoredValue::new(None::<SavedPlan>);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let cancel_timer = move || {
        if let Some(t) = timer.try_update_value(Option::take).flatten() {
            t.clear();
        }
    };
    let flush = move || {
        cancel_timer();
        let Some(plan) = pending.get_value().filter(|_| !stopped.get_value()) else {
            return;
        };
        pending.set_value(None);
        let result = storage::save(&plan);
        if result.is_ok() {
            stored.set_value(plan);
        }
        stopped.set_value(result == Err(StorageError::Superseded));
        notices.update(|all| {
            all.retain(|n| !matches!(n, Notice::Save(_)));
            all.extend(result.err().map(Notice::Save));
        });
    };
    Effect::new(move |_| {
        let plan = state.saved();
        cancel_timer();
        // Nothing to write when storage already holds this plan (first run, an edit undone
        // within the debounce, a plan just taken over from another tab).
        if plan == stored.get_value() {
            pending.set_value(None);
            return;
        }
        pending.set_value(Some(plan));
        timer.set_value(set_timeout_with_handle(flush, DEBOUNCE).ok());
    });
    let hidden = || document().visibility_state() == web_sys::VisibilityState::Hidden;
    let on_other_tab = window_event_listener_untyped("storage", move |event| {
        let event: web_sys::StorageEvent = event.unchecked_into();
        match storage::saved_elsewhere(event.key().as_deref(), event.new_value().as_deref()) {
            Some(Ok(plan)) => {
                stored.set_value(plan);
                state.replace(plan);
            }
            Some(Err(DecodeError::NewerSchema(_))) => {
                stopped.set_value(true);
                notices.update(|all| all.push(Notice::Save(StorageError::Superseded)));
            }
            Some(Err(DecodeError::Unreadable)) | None => {}
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
