//! Every word the interface shows, in each supported language. A second language is a new
//! [`Language`] variant and its arms here; nothing outside this file spells out UI text.

use super::locale::{Currency, Locale};
use crate::engine::{
    Decimal, ErrorKind, Field, InputError, NumericInput, Plan, Ratio, Unit, YearMonth,
    DECIMAL_DIGITS,
};

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
    pub dismiss: &'static str,
}

pub const EN: Text = Text {
    app_title: "SLA capacity planner",
    tagline: "The qualified leads marketing owes sales each month, and the pace to deliver them.",
    plan_heading: "Plan",
    results_heading: "Marketing's SLA quota",
    pacing_heading: "Pacing",
    settings_heading: "Settings",
    plan_month: "Plan month",
    plan_month_hint: "The month whose revenue this plan is for (YYYY-MM).",
    plan_month_placeholder: "YYYY-MM",
    leads: "Qualified leads per month",
    customers: "Customers needed",
    lead_value: "Lead value",
    delivery_month: "Delivery month",
    stale: "Results are out of date: fix the highlighted field to update them.",
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
    newer_version: "Your saved plan was written by a newer version of the planner. \
        It is left untouched, and changes made here will not be saved.",
    unreadable_kept: "Your saved plan could not be read, and there was no room to keep a copy \
        aside, so it is left as it was. Changes made here will not be saved.",
    dismiss: "Dismiss",
};

/// A sample value in the locale's number format, for messages about how to type a number.
fn example(unit: Option<Unit>, locale: &Locale) -> String {
    match unit {
        Some(Unit::Money) => locale.fixed(Ratio::integer(12_500), DECIMAL_DIGITS),
        Some(Unit::Percent) => locale.input_text(Decimal::from_hundredths(3_750)),
        _ => "6".into(),
    }
}

impl Language {
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
            (Language::English, n) => format!("{n} months"),
        }
    }

    /// The message shown beside a field with bad input.
    pub fn input_error(self, error: &InputError, locale: &Locale) -> String {
        let unit = match error.field {
            Field::Numeric(input) => Some(input.unit()),
            Field::PlanMonth => None,
        };
        match (self, error.kind) {
            (Language::English, ErrorKind::Empty) if unit.is_none() => "Choose a month.".into(),
            (Language::English, ErrorKind::Empty) => "Enter a value.".into(),
            (Language::English, ErrorKind::NotANumber) => {
                format!("Enter a number, like {}.", example(unit, locale))
            }
            (Language::English, ErrorKind::Negative) => "Must not be negative.".into(),
            (Language::English, ErrorKind::TooManyDecimals) => format!(
                "Use at most {DECIMAL_DIGITS} decimal places, like {}.",
                example(unit, locale)
            ),
            (Language::English, ErrorKind::NotWhole) => "Enter whole months, like 6.".into(),
            (Language::English, ErrorKind::Zero) => "Must be more than zero.".into(),
            (Language::English, ErrorKind::AboveMax(max)) => format!(
                "Must be at most {}.",
                locale.quantity(max, unit.unwrap_or(Unit::Months))
            ),
            (Language::English, ErrorKind::NotAMonth) => format!(
                "Choose a month between {} and {}, like 2026-06.",
                YearMonth::MIN_YEAR,
                YearMonth::MAX_YEAR
            ),
        }
    }

    /// One line under the delivery month: when those leads close.
    pub fn delivery_note(self, plan: &Plan, locale: &Locale) -> String {
        match self {
            Language::English => format!(
                "Leads delivered in {} close in {}.",
                locale.month(plan.delivery_month),
                locale.month(plan.inputs.plan_month)
            ),
        }
    }

    /// The "show the math" trail, one line per step, with unrounded values.
    pub fn math_steps(self, plan: &Plan, locale: &Locale) -> Vec<String> {
        let i = &plan.inputs;
        let precise = |r: Ratio| locale.number(r, 4);
        match self {
            Language::English => vec![
                format!(
                    "Marketing revenue = {} goal × {} share = {}",
                    locale.money(i.monthly_goal.to_ratio()),
                    locale.percent(i.marketing_share),
                    locale.money(plan.marketing_revenue)
                ),
                format!(
                    "Customers needed = {} ÷ {} per deal = {}",
                    locale.money(plan.marketing_revenue),
                    locale.money(i.deal_size.to_ratio()),
                    precise(plan.customers)
                ),
                format!(
                    "Qualified leads = {} customers ÷ {} win rate = {}, rounded up to {}",
                    precise(plan.customers),
                    locale.percent(i.win_rate),
                    precise(plan.leads_exact),
                    locale.count(plan.leads_per_month)
                ),
                format!(
                    "Lead value = {} deal size × {} win rate = {}",
                    locale.money(i.deal_size.to_ratio()),
                    locale.percent(i.win_rate),
                    locale.money(plan.lead_value)
                ),
                format!(
                    "Delivery month = {} − {} = {}",
                    locale.month(i.plan_month),
                    self.months(i.sales_cycle.whole_part()),
                    locale.month(plan.delivery_month)
                ),
            ],
        }
    }

    pub fn chart_description(self, quota: u128, month: YearMonth, locale: &Locale) -> String {
        match self {
            Language::English => format!(
                "Pacing chart for {}: the cumulative qualified-lead target rises evenly to {} \
                 by day {}.",
                locale.month(month),
                locale.count(quota),
                month.days()
            ),
        }
    }

    pub fn table_caption(self, month: YearMonth, locale: &Locale) -> String {
        match self {
            Language::English => format!("Pacing targets, {}", locale.month(month)),
        }
    }

    pub fn day_axis(self, month: YearMonth, locale: &Locale) -> String {
        match self {
            Language::English => format!("Day of {}", locale.month(month)),
        }
    }

    pub fn unreadable_plan(self, backup_key: &str) -> String {
        match self {
            Language::English => format!(
                "Your saved plan could not be read, so the planner started from the example. \
                 The unreadable copy is kept in this browser under “{backup_key}”."
            ),
        }
    }
}
