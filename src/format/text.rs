//! Every word the interface shows, in each supported language: fixed labels here, sentences
//! built from values in `messages.rs`. A second language is a new [`Language`] variant and its
//! arms in those two files; nothing outside `format` spells out UI text.

use super::locale::Currency;
use crate::engine::{decimal_digits, Field, NumericInput};

/// The language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
}

/// Fixed labels and headings; parameterised text is built by [`Language`]'s methods.
pub struct Text {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub plan_heading: &'static str,
    pub results_heading: &'static str,
    pub pacing_heading: &'static str,
    pub settings_heading: &'static str,
    pub plan_month: &'static str,
    pub plan_month_hint: &'static str,
    pub plan_month_placeholder: &'static str,
    pub leads: &'static str,
    pub customers: &'static str,
    pub lead_value: &'static str,
    pub delivery_month: &'static str,
    pub stale: &'static str,
    pub show_math: &'static str,
    pub currency: &'static str,
    pub number_format: &'static str,
    pub pacing_table: &'static str,
    pub day: &'static str,
    pub cumulative_target: &'static str,
    pub leads_axis: &'static str,
    pub chart_failed: &'static str,
    pub storage_blocked: &'static str,
    pub storage_full: &'static str,
    pub storage_failed: &'static str,
    pub newer_version: &'static str,
    pub unreadable_kept: &'static str,
    pub unreadable_in_the_way: &'static str,
    pub dismiss: &'static str,
    pub download_record: &'static str,
    pub delete_record: &'static str,
    pub delete_confirm: &'static str,
    pub horizon: &'static str,
    pub horizon_hint: &'static str,
    pub months_heading: &'static str,
    /// The plan-by-month table's scrolling region: named apart from its section.
    pub months_table: &'static str,
    pub revenue_month: &'static str,
    pub revenue_goal: &'static str,
    pub marketing_revenue: &'static str,
    pub deal_size: &'static str,
    pub win_rate: &'static str,
    pub leads_owed: &'static str,
    pub total: &'static str,
    pub rounding_note: &'static str,
    pub same_goal_every_month: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub import_json: &'static str,
    pub import_confirm: &'static str,
    pub import_unreadable: &'static str,
    pub imported: &'static str,
    pub copy_share_link: &'static str,
    pub share_link: &'static str,
    pub link_copied: &'static str,
    pub link_selected: &'static str,
    pub share_failed: &'static str,
    pub shared_plan: &'static str,
    pub keep_shared: &'static str,
    pub back_to_mine: &'static str,
    pub link_damaged: &'static str,
    pub link_too_large: &'static str,
    pub link_newer: &'static str,
    pub leads_due: &'static str,
    pub scenarios_heading: &'static str,
    pub scenario_name: &'static str,
    pub scenario_name_hint: &'static str,
    pub save_scenario: &'static str,
    pub rename_scenario: &'static str,
    pub new_from_example: &'static str,
    pub saved_scenarios: &'static str,
    pub no_scenarios: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub undo: &'static str,
    pub keep_theirs: &'static str,
    pub keep_mine_copy: &'static str,
    pub plan_in_progress: &'static str,
    pub shared_plan_name: &'static str,
    pub name_empty: &'static str,
    pub name_too_long: &'static str,
    pub nothing_to_rename: &'static str,
    pub export_json_now: &'static str,
    pub scenario_left: &'static str,
    pub name_taken: &'static str,
    pub compare_heading: &'static str,
    pub compare: &'static str,
    pub compare_hint: &'static str,
    pub compare_table: &'static str,
    pub compare_limit: &'static str,
    pub compare_chart_failed: &'static str,
    pub leads_over_plan: &'static str,
    pub customers_over_plan: &'static str,
    pub goal_over_plan: &'static str,
    pub not_planned: &'static str,
    pub export_library: &'static str,
    pub import_scenarios: &'static str,
    pub scenario_part: &'static str,
    pub agreement_part: &'static str,
    pub not_ready_to_sign: &'static str,
    pub library_empty: &'static str,
    pub month_goals_part: &'static str,
    pub month_goal_part: &'static str,
    pub history_part: &'static str,
    pub history_month_part: &'static str,
    pub from_history_part: &'static str,
    pub revision_part: &'static str,
    pub agreement_heading: &'static str,
    pub agreement_title: &'static str,
    pub assumptions: &'static str,
    pub signs_marketing: &'static str,
    pub signs_sales: &'static str,
    pub signatory_hint: &'static str,
    pub obligations: &'static str,
    pub obligations_hint: &'static str,
    pub glossary: &'static str,
    pub glossary_hint: &'static str,
    pub print_agreement: &'static str,
    pub for_marketing: &'static str,
    pub for_sales: &'static str,
    pub signature_line: &'static str,
    pub nothing_agreed: &'static str,
}

pub const EN: Text = Text {
    app_title: "SLA capacity planner",
    tagline: "The qualified leads marketing owes sales each month, and the pace to deliver them.",
    plan_heading: "Plan",
    results_heading: "Marketing's SLA quota",
    pacing_heading: "Pacing",
    settings_heading: "Settings",
    plan_month: "Plan month",
    plan_month_hint: "The month whose revenue this plan is for.",
    plan_month_placeholder: "YYYY-MM",
    leads: "Qualified leads per month",
    customers: "Customers needed",
    lead_value: "Lead value",
    delivery_month: "Delivery month",
    stale: "Results are out of date: they show the last valid plan until the fields marked \
        in red are fixed.",
    show_math: "Show the math",
    currency: "Currency",
    number_format: "Number format",
    pacing_table: "Pacing table",
    day: "Day",
    cumulative_target: "Cumulative target",
    leads_axis: "Qualified leads (cumulative)",
    chart_failed: "The pacing chart could not be drawn; the table below has the same figures.",
    storage_blocked: "This browser is not letting the planner save (site data is blocked). \
        Your plan lives in this tab only until you close it.",
    storage_full: "The browser's storage is full, so the latest change was not saved. \
        It stays in this tab; the last saved plan is untouched.",
    storage_failed: "The latest change could not be saved. It stays in this tab.",
    newer_version: "Your saved plan or settings were written by a newer version of the \
        planner. They are left untouched, and changes made here will not be saved.",
    unreadable_kept: "Your saved plan or settings could not be read, and there was no room to \
        keep a copy aside, so they are left as they were. Changes made here will not be saved.",
    unreadable_in_the_way: "Saved data that this version cannot read appeared in this \
        browser and could not be copied aside, so it was not replaced. Your latest changes stay \
        in this tab but are not saved.",
    dismiss: "Dismiss",
    download_record: "Download record",
    delete_record: "Delete record",
    delete_confirm: "Delete this unreadable record from this browser for good? Download it \
        first if it might still be needed.",
    horizon: "Plan length (months)",
    horizon_hint: "Consecutive revenue months planned from the plan month (3 by default).",
    months_heading: "Plan by month",
    months_table: "Plan by month, table",
    revenue_month: "Revenue month",
    revenue_goal: "Revenue goal",
    marketing_revenue: "Marketing revenue",
    deal_size: "Deal size",
    win_rate: "Win rate",
    leads_owed: "Qualified leads owed",
    total: "Total",
    rounding_note: "Qualified leads are rounded up month by month; the total adds the \
        whole monthly quotas.",
    same_goal_every_month: "Same goal every month",
    export_csv: "Export plan table (CSV)",
    export_json: "Export JSON",
    import_json: "Import JSON",
    import_confirm: "Open the imported plan in place of the plan on this page? The plan on this \
        page is kept in your saved scenarios.",
    imported: "Plan imported. The plan it replaced is kept in your saved scenarios.",
    import_unreadable: "That file holds no plan this version of the planner can read (it may \
        be damaged, or saved by a newer version). Nothing was changed.",
    copy_share_link: "Copy share link",
    share_link: "Share link",
    link_copied: "Link copied. Whoever opens it sees this plan; nothing is sent anywhere.",
    link_selected: "The clipboard is not available here: the link is selected, copy it yourself.",
    share_failed: "This browser cannot make a share link.",
    shared_plan: "You are looking at a shared plan. It is not saved, and your own plan is \
        unchanged until you keep this one.",
    keep_shared: "Keep this plan",
    back_to_mine: "Back to my plan",
    link_damaged: "This link is damaged or incomplete, so it could not be opened. Nothing was \
        changed.",
    link_too_large: "This link holds more than a plan can, so it was not opened. Nothing was \
        changed.",
    link_newer: "This link was made by a newer version of the planner, so it could not be \
        opened here. Nothing was changed.",
    leads_due: "Qualified leads due",
    scenarios_heading: "Scenarios",
    scenario_name: "Scenario name",
    scenario_name_hint: "Save the plan on this page under a name, to come back to it later.",
    save_scenario: "Save scenario",
    rename_scenario: "Rename scenario",
    new_from_example: "New plan from the example",
    saved_scenarios: "Saved scenarios",
    no_scenarios: "No saved scenarios yet.",
    duplicate: "Duplicate",
    delete: "Delete",
    undo: "Undo",
    keep_theirs: "Keep theirs",
    keep_mine_copy: "Keep mine as a copy",
    plan_in_progress: "Plan in progress",
    shared_plan_name: "Shared plan",
    name_empty: "Give the scenario a name.",
    name_too_long: "Use at most 80 characters.",
    nothing_to_rename: "Open a saved scenario first: this renames the one that is open.",
    export_json_now: "Download this plan (JSON)",
    name_taken: "Another saved scenario has this name: choose another.",
    compare_heading: "Compare scenarios",
    compare: "Compare",
    compare_hint: "Tick “Compare” on two to four saved scenarios to see them side by side.",
    compare_table: "Scenarios side by side",
    compare_limit: "Up to four scenarios can be compared at once: untick one first.",
    compare_chart_failed: "The comparison chart could not be drawn; the table has the figures.",
    leads_over_plan: "Leads owed over the plan",
    customers_over_plan: "Customers over the plan",
    goal_over_plan: "Revenue goal over the plan",
    not_planned: "Cannot be planned",
    export_library: "Export library (JSON)",
    import_scenarios: "Import scenarios (JSON)",
    scenario_part: "scenario",
    agreement_part: "the agreement's words",
    not_ready_to_sign: "Not ready to sign: some fields are not valid; the figures are from the \
        last valid plan.",
    library_empty: "This library file holds no scenarios: nothing was imported.",
    month_goals_part: "the month goals",
    month_goal_part: "month goal",
    history_part: "the history",
    history_month_part: "history month",
    from_history_part: "the choice of averages from history",
    revision_part: "the record's revision number",
    agreement_heading: "The agreement",
    agreement_title: "Marketing–sales service level agreement",
    assumptions: "Assumptions",
    signs_marketing: "Signs for marketing",
    signs_sales: "Signs for sales",
    signatory_hint: "Name and role, as on the signature line.",
    obligations: "Sales commits to",
    obligations_hint: "How fast sales follows up each lead, how many connect attempts it makes, \
        and when a lead goes back to marketing.",
    glossary: "Terms both teams agree on",
    glossary_hint: "Rewrite any definition: it is saved with the plan and printed.",
    print_agreement: "Print the agreement",
    for_marketing: "For marketing",
    for_sales: "For sales",
    signature_line: "Signature ______________  Date ________",
    nothing_agreed: "Not written yet.",
    scenario_left: "A saved scenario was written by a newer version of the planner, or could \
        not be read nor copied aside: it is left untouched, and not listed here.",
};

impl Language {
    pub const ALL: [Language; 1] = [Language::English];

    /// BCP 47 tag; also the stored form.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn text(self) -> &'static Text {
        match self {
            Language::English => &EN,
        }
    }

    pub fn input_label(self, input: NumericInput) -> &'static str {
        match (self, input) {
            (Language::English, NumericInput::MonthlyGoal) => "Monthly revenue goal",
            (Language::English, NumericInput::MarketingShare) => "Marketing share (%)",
            (Language::English, NumericInput::DealSize) => "Average deal size",
            (Language::English, NumericInput::WinRate) => "Win rate (%)",
            (Language::English, NumericInput::SalesCycle) => "Sales cycle (months)",
        }
    }

    pub fn input_hint(self, input: NumericInput) -> &'static str {
        match (self, input) {
            (Language::English, NumericInput::MonthlyGoal) => "Revenue sales must close per month.",
            (Language::English, NumericInput::MarketingShare) => {
                "How much of that revenue marketing's leads must source."
            }
            (Language::English, NumericInput::DealSize) => "Average revenue of one won deal.",
            (Language::English, NumericInput::WinRate) => "Qualified leads that become customers.",
            (Language::English, NumericInput::SalesCycle) => {
                "Months from a qualified lead to a closed deal."
            }
        }
    }

    /// The accessible name of an input's what-if slider.
    pub fn slider_label(self, input: NumericInput) -> String {
        match self {
            Language::English => format!("{} slider", self.input_label(input)),
        }
    }

    /// A currency as offered in the settings: `EUR (€)`.
    pub fn currency_option(self, currency: Currency) -> String {
        match self {
            Language::English => format!("{} ({})", currency.code(), currency.symbol()),
        }
    }

    pub fn field_label(self, field: Field) -> &'static str {
        match field {
            Field::Numeric(input) => self.input_label(input),
            Field::PlanMonth => self.text().plan_month,
        }
    }

    pub fn month_name(self, month: u8) -> &'static str {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match self {
            Language::English => NAMES[usize::from(month.clamp(1, 12)) - 1],
        }
    }

    pub fn months(self, n: u128) -> String {
        match (self, n) {
            (Language::English, 1) => "1 month".to_string(),
            (Language::English, n) => format!("{} months", decimal_digits(n, 1)),
        }
    }
}
