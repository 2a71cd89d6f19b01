//! The scenario library: named plans saved in the browser, opened into the page, renamed,
//! duplicated and deleted (with undo). Nothing on the page is ever dropped: opening another
//! scenario, or starting from the example, first keeps a plan not saved in the library as a
//! scenario of its own.

use leptos::prelude::*;

use super::app::example_plan;
use super::compare_panel::MAX_COMPARED;
use super::plan_state::PlanState;
use super::storage_notice::{post, retract, Notice};
use crate::format::Language;
use crate::storage::{
    self, parse_name, NameError, PlanDoc, Saved, Scenario, Shared, Slot, StorageError, Stored,
    MAX_NAME,
};

/// What the library holds, and which scenario the page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shelf {
    /// Every saved scenario, newest change first.
    pub saved: Vec<Saved>,
    /// The scenario the page was opened from or last saved as, with the revision it had
    /// then: a save over it is refused if another tab has saved it since.
    pub open: Option<(u64, u64)>,
    /// The plan of the open scenario when the person deleted it: the page may still show it,
    /// and it is not kept again when another plan is shown.
    dropped: Option<PlanDoc>,
}

/// The library's state: what is saved, which scenario the page shows, the name field.
#[derive(Clone, Copy)]
pub struct Library {
    pub shelf: RwSignal<Shelf>,
    /// The "Scenario name" field's text, and its message.
    pub name: RwSignal<String>,
    pub name_error: RwSignal<Option<String>>,
    /// Notices about the library (a deletion to undo, a conflict to settle, a failed save).
    pub notices: RwSignal<Vec<Notice>>,
    pub state: PlanState,
    /// True while a shared plan is shown, and the page's notices: opening a scenario ends
    /// that view.
    pub holding: RwSignal<bool>,
    pub page_notices: RwSignal<Vec<Notice>>,
    /// The scenarios ticked to compare, in the order ticked.
    pub compare: RwSignal<Vec<u64>>,
}

impl Library {
    /// The saved scenarios, read at start-up; problems with any go to `page_notices`. The page
    /// counts as opened from the newest scenario holding exactly its plan, if one does.
    pub fn new(
        state: PlanState,
        holding: RwSignal<bool>,
        page_notices: RwSignal<Vec<Notice>>,
    ) -> Library {
        let library = Library {
            shelf: RwSignal::new(Shelf::default()),
            name: RwSignal::new(String::new()),
            name_error: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            state,
            holding,
            page_notices,
            compare: RwSignal::new(Vec::new()),
        };
        library.refresh();
        if let Some(s) = library.holding_page() {
            library.show_open(&s);
        }
        library
    }

    /// Read the library again (at start-up, and when another tab changes it).
    pub fn refresh(&self) {
        let (saved, problems) = storage::scenarios(now());
        self.shelf.update(|shelf| {
            // The open scenario deleted in another tab: its plan is not kept again here.
            if let Some((id, _)) = shelf
                .open
                .filter(|(id, _)| !saved.iter().any(|s| s.id == *id))
            {
                let gone = shelf.saved.iter().find(|s| s.id == id);
                shelf.dropped = gone.map(|s| s.stored.doc.plan.clone());
                shelf.open = None;
            }
            shelf.saved = saved;
        });
        self.page_notices.update(|all| {
            for problem in problems {
                let notice = Notice::Load(problem);
                if !all.contains(&notice) {
                    all.push(notice);
                }
            }
        });
    }

    /// Tick (`on`) or untick a scenario to compare; a tick beyond [`MAX_COMPARED`] is refused
    /// (false), and says so.
    pub fn choose_to_compare(&self, id: u64, on: bool) -> bool {
        let saved = |i: &u64| {
            self.shelf
                .with_untracked(|s| s.saved.iter().any(|s| s.id == *i))
        };
        let mut room = true;
        self.compare.update(|ids| {
            ids.retain(|i| *i != id && saved(i));
            room = ids.len() < MAX_COMPARED;
            if on && room {
                ids.push(id);
            }
        });
        if on && !room {
            // Said beside the list, where the tick was refused.
            self.begin();
            self.say_text(self.language().text().compare_limit.to_string());
        }
        !on || room
    }

    fn language(&self) -> Language {
        self.state.locale.get_untracked().language
    }

    // `&dyn`, `#[inline(never)]`: one compiled copy for every caller (each closure type or
    // inlined call would compile its own).
    #[inline(never)]
    fn find(&self, pick: &dyn Fn(&Saved) -> bool) -> Option<Saved> {
        self.shelf
            .with_untracked(|shelf| shelf.saved.iter().find(|s| pick(s)).cloned())
    }

    fn open(&self) -> Option<(u64, u64)> {
        self.shelf.with_untracked(|shelf| shelf.open)
    }

    /// The page now shows `open`'s plan (or one of no scenario): a plan dropped earlier is no
    /// longer on it.
    fn set_open(&self, open: Option<(u64, u64)>) {
        self.shelf.update(|shelf| {
            shelf.open = open;
            shelf.dropped = None;
        });
    }

    /// The scenario holding exactly the page's plan: the open one if it still does, else the
    /// oldest (the one a copy was made from, not the copy).
    fn holding_page(&self) -> Option<Saved> {
        let doc = untrack(|| self.state.doc());
        self.shelf.with_untracked(|shelf| {
            let open = shelf.open.map(|(id, _)| id);
            let mut oldest_first = shelf.saved.iter().rev();
            let open = shelf.saved.iter().find(|s| Some(s.id) == open);
            open.filter(|s| s.stored.doc.plan == doc)
                .or_else(|| oldest_first.find(|s| s.stored.doc.plan == doc))
                .cloned()
        })
    }

    fn notify(&self, notice: Notice) {
        post(self.notices, notice);
    }

    #[inline(never)]
    fn show_open(&self, s: &Saved) {
        self.set_open(Some((s.id, s.stored.revision)));
        self.name.set(s.stored.doc.name.clone());
        self.name_error.set(None);
    }

    /// A saved scenario in its place in the list (newest change first).
    fn put(&self, s: Saved) {
        self.shelf.update(|shelf| {
            let all = &mut shelf.saved;
            all.retain(|o| o.id != s.id);
            let at = all.partition_point(|o| o.stored.doc.changed > s.stored.doc.changed);
            all.insert(at, s);
        });
    }

    /// Save `scenario` in `id`'s key over `revision` (0: a new scenario): listed on success,
    /// a notice otherwise.
    fn write(&self, id: u64, revision: u64, scenario: Scenario) -> Option<Saved> {
        let base = Stored {
            doc: scenario.clone(),
            revision,
        };
        let result = storage::save_unmerged(Slot::Scenario(id), &base, &scenario, now());
        // This save's news replaces the last save's, and a conflict over the same scenario.
        retract(self.notices, &|n| match n {
            Notice::Save(_) => true,
            Notice::Conflict { id: other, .. } => *other == id,
            _ => false,
        });
        match result {
            Ok(stored) => {
                let saved = Saved { id, stored };
                self.put(saved.clone());
                Some(saved)
            }
            Err(StorageError::Conflict) => {
                let notice = Notice::Conflict {
                    id,
                    mine: Box::new(scenario),
                };
                self.notify(notice);
                None
            }
            Err(e) => {
                self.notify(Notice::Save(e));
                None
            }
        }
    }

    /// A new scenario named `name` holding `plan`.
    fn create(&self, name: String, plan: PlanDoc) -> Option<Saved> {
        let id = match storage::new_id(now()) {
            Ok(id) => id,
            Err(e) => {
                self.notify(Notice::Save(e));
                return None;
            }
        };
        let scenario = Scenario {
            name,
            changed: now(),
            plan,
        };
        self.write(id, 0, scenario)
    }

    /// `base` made into another name by `make` ("… (copy)"), the base shortened so that the
    /// whole fits: a long name's copy still differs from it.
    fn derived_name(&self, make: fn(Language, &str) -> String, base: &str) -> String {
        let language = self.language();
        let full = make(language, base);
        let over = full.chars().count().max(MAX_NAME) - MAX_NAME;
        let keep = base.chars().count().max(over) - over;
        make(language, &base.chars().take(keep).collect::<String>())
    }

    /// The name typed in the field, or its message shown beside it.
    fn typed_name(&self) -> Option<String> {
        let text = self.state.locale.get_untracked().text();
        let parsed = parse_name(&self.name.get_untracked());
        let message = match parsed {
            Ok(_) => None,
            Err(NameError::Empty) => Some(text.name_empty.to_string()),
            Err(NameError::TooLong) => Some(text.name_too_long.to_string()),
        };
        self.name_error.set(message);
        parsed.ok()
    }

    /// "Save scenario": the plan on the page under the typed name. Into the open scenario if
    /// it has that name; over another of that name if the person agrees; else a new one.
    pub fn save(&self) {
        let Some(name) = self.typed_name() else {
            return;
        };
        let plan = untrack(|| self.state.doc());
        let open = self.open();
        let target = match open.and_then(|(id, rev)| Some((self.find(&|s| s.id == id)?, rev))) {
            Some((s, rev)) if s.stored.doc.name == name => Some((s.id, rev)),
            _ => match self.find(&|s| s.stored.doc.name == name) {
                Some(s) => {
                    let question = self.language().replace_scenario_confirm(&name);
                    if !window().confirm_with_message(&question).unwrap_or(false) {
                        return;
                    }
                    Some((s.id, s.stored.revision))
                }
                None => None,
            },
        };
        let saved = match target {
            Some((id, revision)) => {
                let changed = now();
                self.write(
                    id,
                    revision,
                    Scenario {
                        name,
                        changed,
                        plan,
                    },
                )
            }
            None => self.create(name, plan),
        };
        if let Some(s) = saved {
            self.show_open(&s);
            self.say(Language::scenario_saved, &s);
        }
    }

    /// The scenarios of a library file, each saved as a new scenario, or over the saved one of
    /// the same name if the person agrees (if not, nothing is imported). The page is unchanged.
    pub fn import(&self, scenarios: Vec<Scenario>) {
        self.begin();
        if scenarios.is_empty() {
            return self.say_text(self.language().text().library_empty.to_string());
        }
        // The library as it was: only a scenario saved before the import is ever replaced,
        // and each at most once (a name the file repeats is imported as a copy).
        let before: Vec<Saved> = self.shelf.with_untracked(|shelf| shelf.saved.clone());
        let mut seen: Vec<String> = Vec::new();
        let taken: Vec<String> = scenarios
            .iter()
            .filter(|s| before.iter().any(|b| b.stored.doc.name == s.name))
            .map(|s| s.name.clone())
            .collect();
        // Asked once for all: "Cancel" imports nothing.
        let question = self.language().replace_imported_confirm(&taken);
        if !taken.is_empty() && !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        let mut imported = 0;
        for s in scenarios {
            let same_name = before.iter().find(|b| b.stored.doc.name == s.name);
            let repeated = seen.contains(&s.name);
            seen.push(s.name.clone());
            let saved = match (same_name, repeated) {
                (Some(old), false) => {
                    // The page no longer shows what the open scenario holds.
                    if self.open().is_some_and(|(id, _)| id == old.id) {
                        self.set_open(None);
                    }
                    let scenario = Scenario {
                        changed: now(),
                        ..s
                    };
                    self.write(old.id, old.stored.revision, scenario)
                }
                (Some(_), true) | (None, true) => {
                    self.create(self.derived_name(Language::copy_name, &s.name), s.plan)
                }
                (None, false) => self.create(s.name, s.plan),
            };
            // A failed save has its own notice; the others are still tried.
            imported += usize::from(saved.is_some());
        }
        self.say_text(self.language().scenarios_imported(imported));
    }

    /// "Rename scenario": the open scenario takes the typed name; its plan is as saved.
    pub fn rename(&self) {
        let Some(name) = self.typed_name() else {
            return;
        };
        let open = self.open();
        let Some((s, rev)) = open.and_then(|(id, rev)| Some((self.find(&|s| s.id == id)?, rev)))
        else {
            let text = self.state.locale.get_untracked().text();
            self.name_error
                .set(Some(text.nothing_to_rename.to_string()));
            return;
        };
        let taken = name != s.stored.doc.name
            && self
                .find(&|o| o.id != s.id && o.stored.doc.name == name)
                .is_some();
        if taken {
            let text = self.state.locale.get_untracked().text();
            self.name_error.set(Some(text.name_taken.to_string()));
            return;
        }
        // Renamed as it stands on the page: what was agreed is what the name says.
        let plan = untrack(|| self.state.doc());
        let scenario = Scenario {
            name,
            changed: now(),
            plan,
        };
        if let Some(s) = self.write(s.id, rev, scenario) {
            self.show_open(&s);
            self.say(Language::scenario_renamed, &s);
        }
    }

    /// Say what became of `s`, in a sentence `line` makes of its name, after what this
    /// action has said already.
    fn say(&self, line: fn(Language, &str) -> String, s: &Saved) {
        self.say_text(line(self.language(), &s.stored.doc.name));
    }

    #[inline(never)]
    fn say_text(&self, sentence: String) {
        self.notices
            .update(|all| match all.iter_mut().find_map(Notice::said) {
                Some(said) => {
                    said.push(' ');
                    said.push_str(&sentence);
                }
                None => all.push(Notice::Said(sentence)),
            });
    }

    /// A new action: what the last one said is old news.
    pub fn begin(&self) {
        retract(self.notices, &|n| matches!(n, Notice::Said(_)));
    }

    /// Open a saved scenario into the page, keeping what the page showed first.
    pub fn open_scenario(&self, id: u64) {
        let Some(s) = self.find(&|s| s.id == id) else {
            return;
        };
        if self.keep_unsaved() {
            self.state.replace(&s.stored.doc.plan);
            self.show_open(&s);
            self.say(Language::scenario_opened, &s);
        }
    }

    /// "New plan from the example": start over, keeping what the page showed first.
    pub fn start_from_example(&self) {
        if self.keep_unsaved() {
            self.state.replace(&example_plan());
            self.forget_open();
        }
    }

    /// Show a plan from a file, after keeping the one on the page (which ends a shared plan's
    /// view); whether it is shown.
    pub fn show_other(&self, doc: &PlanDoc) -> bool {
        self.begin();
        let kept = self.keep_unsaved();
        if kept {
            self.state.replace(doc);
            self.forget_open();
        }
        kept
    }

    /// The page's plan as it leaves the browser (a link, a file): named as the scenario it
    /// was opened from, if any, with the currency of its amounts.
    pub fn shared(&self) -> Shared {
        let open = self.open().and_then(|(id, _)| self.find(&|s| s.id == id));
        Shared {
            plan: untrack(|| self.state.doc()),
            name: open.map(|s| s.stored.doc.name),
            currency: Some(
                self.state
                    .locale
                    .get_untracked()
                    .currency
                    .code()
                    .to_string(),
            ),
        }
    }

    /// The page shows a plan from elsewhere (a link, a file): no scenario is open.
    pub fn forget_open(&self) {
        self.set_open(None);
        self.name.set(String::new());
        self.name_error.set(None);
    }

    /// Another tab's plan is shown: the scenario open is the one that holds it, with its
    /// name, if any; else none (the name typed stays, so a save under it asks before
    /// replacing anything).
    pub fn follow_page(&self) {
        self.begin();
        match self.holding_page() {
            Some(s) => self.show_open(&s),
            None => self.set_open(None),
        }
    }

    /// Another tab changed the library: read it again, and if no scenario is open, see whether
    /// one now holds the page's plan.
    pub fn follow_library(&self) {
        self.refresh();
        if self.open().is_none() {
            self.follow_page();
        }
    }

    /// Before a link's plan is shown over a shared plan already on the page: that one, edits
    /// included, is kept in the library; whether it is.
    pub fn before_link(&self) -> bool {
        self.begin();
        let text = self.state.locale.get_untracked().text();
        let shown = untrack(|| self.state.doc());
        !self.holding.get_untracked() || self.keep(shown, text.shared_plan_name.to_string())
    }

    /// A copy of a saved scenario, under "… (copy)".
    pub fn duplicate(&self, id: u64) {
        if let Some(s) = self.find(&|s| s.id == id) {
            let doc = s.stored.doc;
            let copy = self.create(self.derived_name(Language::copy_name, &doc.name), doc.plan);
            if let Some(copy) = copy {
                self.say(Language::scenario_saved, &copy);
            }
        }
    }

    /// Delete a saved scenario; a notice offers to undo it.
    pub fn delete(&self, id: u64) {
        let Some(s) = self.find(&|s| s.id == id) else {
            return;
        };
        match storage::delete_scenario(id) {
            Ok(record) => {
                let plan = s.stored.doc.plan;
                self.shelf.update(|shelf| {
                    shelf.saved.retain(|o| o.id != id);
                    if shelf.open.is_some_and(|(open, _)| open == id) {
                        shelf.open = None;
                        shelf.dropped = Some(plan);
                    }
                });
                let name = s.stored.doc.name;
                let notice = Notice::Deleted { id, name, record };
                self.notify(notice);
            }
            Err(e) => self.notify(Notice::Save(e)),
        }
    }

    /// Put a deleted scenario back (under a new id if its key has been used since); whether
    /// it is back.
    pub fn undo_delete(&self, id: u64, record: &str) -> bool {
        let restored = storage::restore_scenario(id, record, now());
        self.refresh();
        match restored {
            // The open scenario deleted a moment ago, and still on the page: open again.
            Ok(id) => {
                let dropped = self.shelf.with_untracked(|shelf| shelf.dropped.clone());
                let back = self.find(&|s| s.id == id);
                if let Some(s) = &back {
                    self.say(Language::scenario_restored, s);
                }
                if let Some(s) = back.filter(|s| Some(&s.stored.doc.plan) == dropped.as_ref()) {
                    self.show_open(&s);
                }
                true
            }
            Err(e) => {
                self.notify(Notice::Save(e));
                false
            }
        }
    }

    /// Settle a conflict with the other tab's version, shown on the page (after keeping what
    /// the page showed); whether it was settled.
    pub fn keep_theirs(&self, id: u64) -> bool {
        self.refresh();
        // Deleted in the other tab meanwhile: nothing to keep of theirs, and the page is mine.
        let Some(s) = self.find(&|s| s.id == id) else {
            return true;
        };
        let kept = self.keep_unsaved();
        if kept {
            self.state.replace(&s.stored.doc.plan);
            self.show_open(&s);
        }
        kept
    }

    /// Settle a conflict by saving this tab's version as a new scenario; whether it was saved.
    pub fn keep_mine_as_copy(&self, mine: &Scenario) -> bool {
        let name = self.derived_name(Language::copy_name, &mine.name);
        let saved = self.create(name, mine.plan.clone());
        if let Some(s) = &saved {
            self.show_open(s);
        }
        saved.is_some()
    }

    /// "Keep this plan" for a shared plan: the person's own stored plan is kept in the library
    /// first, as it is about to be replaced; whether the shared plan may now be saved.
    pub fn keep_shared(&self) -> bool {
        let kept = self.keep_own();
        if kept {
            self.end_shared();
        }
        kept
    }

    /// Before the page shows another plan: a plan on it that the library does not hold is
    /// saved as a scenario, and so is the person's own plan if a shared one is shown (it is
    /// about to be replaced in storage too). Whether all is kept: if not, a notice says why
    /// and the page must not change.
    fn keep_unsaved(&self) -> bool {
        let text = self.state.locale.get_untracked().text();
        let shown = untrack(|| self.state.doc());
        if self.holding.get_untracked() {
            let kept = self.keep(shown, text.shared_plan_name.to_string()) && self.keep_own();
            if kept {
                self.end_shared();
            }
            return kept;
        }
        let open = self.open();
        let name = open
            .and_then(|(id, _)| self.find(&|s| s.id == id))
            .map_or(text.plan_in_progress.to_string(), |s| {
                self.derived_name(Language::unsaved_name, &s.stored.doc.name)
            });
        // The open scenario deleted a moment ago is not kept again.
        let dropped = self
            .shelf
            .with_untracked(|shelf| shelf.dropped.as_ref() == Some(&shown));
        dropped || self.keep(shown, name)
    }

    /// While a shared plan is shown: the person's own stored plan, kept in the library.
    fn keep_own(&self) -> bool {
        let text = self.state.locale.get_untracked().text();
        match storage::load::<PlanDoc>(Slot::Plan, now()).stored {
            Some(own) => self.keep(own.doc, text.plan_in_progress.to_string()),
            None => true,
        }
    }

    fn end_shared(&self) {
        self.holding.set(false);
        retract(self.page_notices, &Notice::is_shared);
    }

    /// `plan` in the library under `name`, unless it already is (or is the untouched
    /// example); whether it is there now.
    fn keep(&self, plan: PlanDoc, name: String) -> bool {
        let held = self.find(&|s| s.stored.doc.plan == plan).is_some();
        if held || plan == example_plan() {
            return true;
        }
        let kept = self.create(name, plan);
        if let Some(s) = &kept {
            // Said now; the action that follows says what it did after.
            self.say(Language::scenario_kept, s);
        }
        kept.is_some()
    }
}

fn now() -> u64 {
    js_sys::Date::now() as u64
}
