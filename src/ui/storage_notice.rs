//! Telling the person what happened to their saved plan.

use leptos::prelude::*;

use crate::format::Locale;
use crate::storage::{LoadProblem, Slot, StorageError};

/// Something about storage the person needs to know.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    Load(LoadProblem),
    Save(StorageError),
}

/// An alert for each current notice, each with a way to dismiss it.
#[component]
pub fn StorageNotice(
    notices: RwSignal<Vec<Notice>>,
    #[prop(into)] locale: Signal<Locale>,
) -> impl IntoView {
    // Labels are read once: a change of language re-mounts the view.
    let language = locale.get_untracked().language;
    let t = language.text();
    let message = move |n: &Notice| match n {
        Notice::Load(LoadProblem::Unreadable { slot, backup_key }) => {
            language.unreadable_record(*slot == Slot::Settings, backup_key)
        }
        Notice::Load(LoadProblem::UnreadableNotBackedUp(_)) => t.unreadable_kept.to_string(),
        Notice::Load(LoadProblem::NewerVersion(_)) | Notice::Save(StorageError::Superseded) => {
            t.newer_version.to_string()
        }
        Notice::Save(StorageError::UnreadableInTheWay) => t.unreadable_in_the_way.to_string(),
        Notice::Load(LoadProblem::Unavailable) | Notice::Save(StorageError::Unavailable) => {
            t.storage_blocked.to_string()
        }
        Notice::Save(StorageError::QuotaExceeded) => t.storage_full.to_string(),
        Notice::Save(StorageError::Failed) => t.storage_failed.to_string(),
    };
    // At most a few notices: rebuilding the list beats shipping keyed-list diffing.
    move || {
        notices
            .get()
            .into_iter()
            .map(|notice| {
                let text = message(&notice);
                view! {
                    <div class="notice" role="alert">
                        <p>{text}</p>
                        <button
                            type="button"
                            on:click=move |_| notices.update(|all| all.retain(|n| *n != notice))
                        >
                            {t.dismiss}
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}
