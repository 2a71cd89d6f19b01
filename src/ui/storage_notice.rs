//! Telling the person what happened to their saved plan.

use leptos::prelude::*;

use super::download::download;
use crate::format::Locale;
use crate::storage::{self, Key, LoadProblem, Slot, StorageError};

/// Something about storage the person needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Load(LoadProblem),
    Save(StorageError),
    /// A record kept aside at an earlier visit because it could not be read.
    Kept(Key),
    /// A file chosen with "Import JSON" that holds no plan this version can read.
    Import,
}

impl Notice {
    /// The record kept aside that this notice is about, which the person may download or
    /// delete.
    pub fn kept(&self) -> Option<Key> {
        match self {
            Notice::Load(LoadProblem::Unreadable { backup_key, .. }) => Some(*backup_key),
            Notice::Kept(key) => Some(*key),
            _ => None,
        }
    }
}

/// An alert for each current notice, each with a way to dismiss it; one about a record kept
/// aside can also download or delete it.
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
            language.unreadable_record(*slot == Slot::Settings, &backup_key.as_str())
        }
        Notice::Kept(key) => language.kept_record(&key.as_str()),
        Notice::Import => t.import_unreadable.to_string(),
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
    let delete = move |notice: &Notice, key: Key| {
        let sure = window()
            .confirm_with_message(t.delete_confirm)
            .unwrap_or(false);
        if sure && storage::delete_kept(key).is_ok() {
            notices.update(|all| all.retain(|n| n != notice));
        }
    };
    // At most a few notices: rebuilding the list beats shipping keyed-list diffing.
    move || {
        notices
            .get()
            .into_iter()
            .map(|notice| {
                let text = message(&notice);
                let kept = notice.kept();
                // A record kept at an earlier visit is news to no one: not an alert.
                let role = if matches!(notice, Notice::Kept(_)) { "status" } else { "alert" };
                let dismissed = notice.clone();
                view! {
                    <div class="notice" role=role>
                        <p>{text}</p>
                        // Only a notice about a record kept aside shows these two.
                        <button type="button" hidden=kept.is_none() on:click=move |_| {
                            if let Some(key) = kept {
                                let text = storage::read_kept(key).unwrap_or_default();
                                download(&format!("{}.json", key.as_str()), "application/json", &text);
                            }
                        }>{t.download_record}</button>
                        <button type="button" hidden=kept.is_none() on:click=move |_| {
                            if let Some(key) = kept {
                                delete(&notice, key);
                            }
                        }>{t.delete_record}</button>
                        <button
                            type="button"
                            on:click=move |_| notices.update(|all| all.retain(|n| *n != dismissed))
                        >
                            {t.dismiss}
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}
