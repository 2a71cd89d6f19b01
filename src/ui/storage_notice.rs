//! Telling the person what happened to their saved plan.

use leptos::prelude::*;

use super::download::download;
use crate::format::Locale;
use crate::storage::{self, Key, LinkError, LoadProblem, Slot, StorageError};

/// Something about storage the person needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Load(LoadProblem),
    Save(StorageError),
    /// A record kept aside at an earlier visit because it could not be read.
    Kept(Key),
    /// A file chosen with "Import JSON" that holds no plan this version can read.
    Import,
    /// A plan imported from a file, saved in place of the person's plan.
    Imported,
    /// A shared link that could not be opened; nothing was changed.
    Link(LinkError),
    /// A shared plan is shown, not saved: the person keeps it or goes back to their own.
    Shared,
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
    /// True while a shared plan is shown (nothing is saved then).
    holding: RwSignal<bool>,
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
        Notice::Imported => t.imported.to_string(),
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
        Notice::Link(LinkError::Damaged) => t.link_damaged.to_string(),
        Notice::Link(LinkError::TooLarge) => t.link_too_large.to_string(),
        Notice::Link(LinkError::NewerVersion(_)) => t.link_newer.to_string(),
        Notice::Shared => t.shared_plan.to_string(),
    };
    let delete = move |notice: &Notice, key: Key| {
        let sure = window()
            .confirm_with_message(t.delete_confirm)
            .unwrap_or(false);
        if sure && storage::delete_kept(key).is_ok() {
            notices.update(|all| all.retain(|n| n != notice));
        }
    };
    // The two actions a notice may offer besides "Dismiss", run on the notice.
    let first = move |notice: &Notice| match (notice, notice.kept()) {
        (_, Some(key)) => {
            let text = storage::read_kept(key).unwrap_or_default();
            download(&format!("{}.json", key.as_str()), "application/json", &text);
        }
        (Notice::Shared, _) => {
            holding.set(false);
            notices.update(|all| all.retain(|n| n != notice));
        }
        _ => {}
    };
    let second = move |notice: &Notice| match (notice, notice.kept()) {
        (_, Some(key)) => delete(notice, key),
        // The fragment is gone: a reload opens the person's own saved plan.
        (Notice::Shared, _) => drop(window().location().reload()),
        _ => {}
    };
    // At most a few notices: rebuilding the list beats shipping keyed-list diffing.
    move || {
        notices
            .get()
            .into_iter()
            .map(|notice| {
                let text = message(&notice);
                let actions = match (&notice, notice.kept()) {
                    (_, Some(_)) => Some((t.download_record, t.delete_record)),
                    (Notice::Shared, _) => Some((t.keep_shared, t.back_to_mine)),
                    _ => None,
                };
                let (one, two) = actions.unwrap_or_default();
                // News to no one (a record kept at an earlier visit, a plan opened on
                // purpose): not an alert. A shared plan is left by its own two actions.
                let calm = matches!(notice, Notice::Kept(_) | Notice::Shared | Notice::Imported);
                let role = if calm { "status" } else { "alert" };
                let (a, b, dismissed) = (notice.clone(), notice.clone(), notice.clone());
                view! {
                    <div class="notice" role=role>
                        <p>{text}</p>
                        <button type="button" hidden=actions.is_none() on:click=move |_| first(&a)>
                            {one}
                        </button>
                        <button type="button" hidden=actions.is_none() on:click=move |_| second(&b)>
                            {two}
                        </button>
                        <button
                            type="button"
                            hidden=matches!(notice, Notice::Shared)
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
