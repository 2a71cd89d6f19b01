//! Telling the person what happened to their saved plan.

use leptos::prelude::*;

use crate::format::Locale;
use crate::storage::{LoadProblem, StorageError};

/// Something about storage the person needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Load(LoadProblem),
    Save(StorageError),
}

/// An alert for the current notice, if any, with a way to dismiss it.
#[component]
pub fn StorageNotice(
    notice: RwSignal<Option<Notice>>,
    #[prop(into)] locale: Signal<Locale>,
) -> impl IntoView {
    let message = move |n: &Notice| {
        let l = locale.get();
        let t = l.text();
        match n {
            Notice::Load(LoadProblem::Unreadable { backup_key }) => {
                l.language.unreadable_plan(backup_key)
            }
            Notice::Load(LoadProblem::UnreadableNotBackedUp) => t.unreadable_kept.to_string(),
            Notice::Load(LoadProblem::NewerVersion) => t.newer_version.to_string(),
            Notice::Load(LoadProblem::Unavailable) | Notice::Save(StorageError::Unavailable) => {
                t.storage_blocked.to_string()
            }
            Notice::Save(StorageError::QuotaExceeded) => t.storage_full.to_string(),
            Notice::Save(StorageError::Failed) => t.storage_failed.to_string(),
        }
    };
    move || {
        notice.get().map(|n| {
            view! {
                <div class="notice" role="alert">
                    <p>{message(&n)}</p>
                    <button type="button" on:click=move |_| notice.set(None)>
                        {locale.get_untracked().text().dismiss}
                    </button>
                </div>
            }
        })
    }
}
