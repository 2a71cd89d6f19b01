//! Telling the person what happened to their saved plan.

use leptos::prelude::*;

use super::download::download;
use super::erased::effect;
use super::erased::handler;
use super::html::{append_into, clicked, escape_into, focus, write_into};
use super::library::Library;
use super::plan_state::PlanState;
use crate::format::{Language, RecordOf};
use crate::storage::{
    self, Key, LinkError, LoadProblem, Record, RecordPart, Scenario, Slot, StorageError,
};

/// Something about storage the person needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Load(LoadProblem),
    Save(StorageError),
    /// A record kept aside at an earlier visit because it could not be read.
    Kept(Key),
    /// A file chosen with "Import JSON" that holds no plan this version can read, with the
    /// parts of its plan that cannot be read, if it is a plan record at all.
    Import(Vec<RecordPart>),
    /// A plan imported from a file, saved in place of the person's plan.
    Imported,
    /// A library file with scenarios that cannot be read, at these places (none: a file of a
    /// later format); nothing was imported.
    LibraryRefused(Vec<(usize, Vec<RecordPart>)>),
    /// A shared link that could not be opened; nothing was changed.
    Link(LinkError),
    /// A shared plan is shown, not saved: the person keeps it or goes back to their own.
    Shared,
    /// The shared plan's amounts are in this currency, not the person's.
    SharedCurrency(String),
    /// A scenario deleted a moment ago, with its record, to undo.
    Deleted {
        id: u64,
        name: String,
        record: String,
    },
    /// What the library's last action did (saved, opened, kept a plan as a scenario).
    Said(String),
    /// A scenario saved in another tab since this one opened it: `mine` was not saved.
    Conflict {
        id: u64,
        mine: Box<Scenario>,
    },
}

impl Notice {
    /// About the shared plan shown: taken away with it.
    pub fn is_shared(&self) -> bool {
        matches!(self, Notice::Shared | Notice::SharedCurrency(_))
    }

    /// The sentence of a [`Notice::Said`], to add to.
    pub fn said(&mut self) -> Option<&mut String> {
        match self {
            Notice::Said(sentence) => Some(sentence),
            _ => None,
        }
    }

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

/// Add `notice` to `notices` (one compiled copy for every caller).
#[inline(never)]
pub fn post(notices: RwSignal<Vec<Notice>>, notice: Notice) {
    notices.update(|all| all.push(notice));
}

/// Take away the notices `gone` picks.
#[inline(never)]
pub fn retract(notices: RwSignal<Vec<Notice>>, gone: &dyn Fn(&Notice) -> bool) {
    notices.update(|all| all.retain(|n| !gone(n)));
}

/// An alert for each current notice, each with a way to dismiss it, and the actions it offers:
/// download or delete a record kept aside, keep a shared plan or go back, undo a deletion,
/// settle a conflict, export the plan when storage is full.
#[component]
pub fn StorageNotice(
    /// The id of the element that holds them.
    id: &'static str,
    notices: RwSignal<Vec<Notice>>,
    state: PlanState,
    library: Library,
) -> impl IntoView {
    // Labels are read once: a change of language re-mounts the view.
    let language = state.locale.get_untracked().language;
    let t = language.text();
    let message = move |n: &Notice| match n {
        Notice::Load(LoadProblem::Unreadable { slot, backup_key }) => {
            let what = match slot {
                Slot::Plan => RecordOf::Plan,
                Slot::Settings => RecordOf::Settings,
                Slot::Scenario(_) => RecordOf::Scenario,
            };
            language.unreadable_record(what, &backup_key.as_str())
        }
        Notice::Load(
            LoadProblem::NewerVersion(Slot::Scenario(_))
            | LoadProblem::UnreadableNotBackedUp(Slot::Scenario(_)),
        ) => t.scenario_left.to_string(),
        Notice::Kept(key) => language.kept_record(&key.as_str()),
        Notice::Import(parts) if parts.is_empty() => t.import_unreadable.to_string(),
        Notice::Import(parts) => {
            let names: Vec<String> = parts.iter().map(|p| part_name(*p, language)).collect();
            language.import_problems(&names)
        }
        Notice::Imported => t.imported.to_string(),
        Notice::LibraryRefused(bad) => {
            let named: Vec<(usize, Vec<String>)> = bad
                .iter()
                .map(|(at, parts)| (*at, parts.iter().map(|p| part_name(*p, language)).collect()))
                .collect();
            language.library_refused(&named)
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
        Notice::Deleted { name, .. } => language.scenario_deleted(name),
        Notice::Said(sentence) => sentence.clone(),
        Notice::Conflict { mine, .. } => language.scenario_conflict(&mine.name),
        // Conflicts come with the version that was not saved (above).
        Notice::Save(StorageError::Conflict) => t.storage_failed.to_string(),
        Notice::Link(LinkError::Damaged) => t.link_damaged.to_string(),
        Notice::Link(LinkError::TooLarge) => t.link_too_large.to_string(),
        Notice::Link(LinkError::NewerVersion(_)) => t.link_newer.to_string(),
        Notice::Shared => t.shared_plan.to_string(),
        Notice::SharedCurrency(code) => {
            let ours = state.locale.get_untracked().currency.code();
            language.shared_currency(code, ours)
        }
    };
    // The two actions a notice may offer besides "Dismiss", run on the notice; each says
    // whether the notice is settled and goes (saving may fail, and the notice then stays).
    let first = move |notice: &Notice| match (notice, notice.kept()) {
        (_, Some(key)) => {
            let text = storage::read_kept(key).unwrap_or_default();
            download(&format!("{}.json", key.as_str()), "application/json", &text);
            false
        }
        (Notice::Shared, _) => library.keep_shared(),
        (Notice::Deleted { id, record, .. }, _) => library.undo_delete(*id, record),
        (Notice::Conflict { id, .. }, _) => library.keep_theirs(*id),
        // Storage is full: the plan leaves as a file instead.
        (Notice::Save(StorageError::QuotaExceeded), _) => {
            let record = untrack(|| state.doc()).encode(0);
            let name = language.plan_file_name(None, "json");
            download(&name, "application/json", &record);
            false
        }
        _ => false,
    };
    let second = move |notice: &Notice| match (notice, notice.kept()) {
        (_, Some(key)) => {
            let sure = window().confirm_with_message(t.delete_confirm);
            sure.unwrap_or(false) && storage::delete_kept(key).is_ok()
        }
        // The fragment is gone: a reload opens the person's own saved plan.
        (Notice::Shared, _) => window().location().reload().is_err(),
        (Notice::Conflict { mine, .. }, _) => library.keep_mine_as_copy(mine),
        _ => false,
    };
    // What the notices' element holds now.
    let mut shown = String::new();
    // Written as HTML text, at most a few notices at a time, rebuilt on every change: Leptos
    // views of them would cost several KB of wasm. Each button names its notice by position.
    effect(move |_| {
        let html = notices.with(|all| {
            let mut html = String::new();
            for (at, notice) in all.iter().enumerate() {
                let (one, two) = match (notice, notice.kept()) {
                    (_, Some(_)) => (Some(t.download_record), Some(t.delete_record)),
                    (Notice::Shared, _) => (Some(t.keep_shared), Some(t.back_to_mine)),
                    (Notice::Conflict { .. }, _) => (Some(t.keep_theirs), Some(t.keep_mine_copy)),
                    (Notice::Deleted { .. }, _) => (Some(t.undo), None),
                    (Notice::Save(StorageError::QuotaExceeded), _) => {
                        (Some(t.export_json_now), None)
                    }
                    _ => (None, None),
                };
                // A shared plan is left by its own two actions.
                let dismiss = (!matches!(notice, Notice::Shared)).then_some(t.dismiss);
                // News to no one (a record kept at an earlier visit, a plan opened or a
                // scenario deleted on purpose): not an alert.
                let calm = matches!(
                    notice,
                    Notice::Kept(_)
                        | Notice::Shared
                        | Notice::SharedCurrency(_)
                        | Notice::Imported
                        | Notice::Deleted { .. }
                        | Notice::Said(_)
                );
                // The live region is the message alone: its buttons are not read out with it.
                html.push_str(if calm {
                    "<div class=\"notice\"><p role=\"status\">"
                } else {
                    "<div class=\"notice\"><p role=\"alert\">"
                });
                escape_into(&mut html, &message(notice));
                html.push_str("</p>");
                for (act, label) in [("1", one), ("2", two), ("0", dismiss)] {
                    let Some(label) = label else { continue };
                    html.push_str("<button type=\"button\" data-act=\"");
                    html.push_str(act);
                    html.push_str("\" data-at=\"");
                    html.push_str(&at.to_string());
                    html.push_str("\">");
                    escape_into(&mut html, label);
                    html.push_str("</button>");
                }
                html.push_str("</div>");
            }
            html
        });
        // Unchanged notices are not written again, and one added after them is appended:
        // rewritten, every alert on screen would be announced again.
        match html.strip_prefix(shown.as_str()) {
            Some("") => {}
            Some(added) if !shown.is_empty() => append_into(id, added),
            _ => write_into(id, &html),
        }
        shown = html;
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = clicked(&ev, "button[data-act]") else {
            return;
        };
        let at = button.get_attribute("data-at").and_then(|a| a.parse().ok());
        let Some(notice) =
            at.and_then(|at: usize| notices.with_untracked(|all| all.get(at).cloned()))
        else {
            return;
        };
        library.begin();
        let settled = match button.get_attribute("data-act").as_deref() {
            Some("1") => first(&notice),
            Some("2") => second(&notice),
            _ => true,
        };
        if settled {
            retract(notices, &|n| *n == notice);
        }
        // The notices are written anew, the button clicked with them: focus stays here.
        focus(id);
    };
    view! { <div id=id class="notices" tabindex="-1" on:click=handler(on_click)></div> }
}

/// A part of a plan file, named as the person knows it.
fn part_name(part: RecordPart, language: Language) -> String {
    let t = language.text();
    match part {
        RecordPart::Input(input) => language.input_label(input).to_string(),
        RecordPart::PlanMonth => t.plan_month.to_string(),
        RecordPart::Horizon => t.horizon.to_string(),
        RecordPart::MonthGoals(None) => t.month_goals_part.to_string(),
        RecordPart::MonthGoals(Some(at)) => language.numbered(t.month_goal_part, at),
        RecordPart::History(None) => t.history_part.to_string(),
        RecordPart::History(Some(at)) => language.numbered(t.history_month_part, at),
        RecordPart::FromHistory => t.from_history_part.to_string(),
        RecordPart::Agreement => t.agreement_part.to_string(),
        RecordPart::Scenario => t.scenario_name.to_string(),
        RecordPart::Revision => t.revision_part.to_string(),
    }
}
