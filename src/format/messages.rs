//! Sentences built from values: input errors, the math trail, chart and notice text, in each
//! supported [`Language`].

use super::locale::Locale;
use super::text::Language;
use crate::engine::{
    decimal_digits, Affix, Decimal, ErrorKind, Field, InputError, MonthPlan, Plan, Ratio, Unit,
    YearMonth, DECIMAL_DIGITS, FIRST_PLAN_YEAR, LAST_PLAN_YEAR,
};

/// A sample value in the locale's number format, for messages about how to type a number.
fn example(unit: Option<Unit>, locale: &Locale) -> String {
    match unit {
        Some(Unit::Money) => locale.fixed(Ratio::integer(12_500), DECIMAL_DIGITS),
        Some(Unit::Percent) => locale.input_text(Decimal::from_hundredths(3_750)),
        _ => "6".into(),
    }
}

/// Which kind of stored record a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordOf {
    Plan,
    Settings,
    Scenario,
}

impl Language {
    /// A downloaded plan file's name: `sla-plan-2027-03.csv` (`extension` `csv`), or
    /// `sla-plan.csv` when no month could be planned.
    pub fn plan_file_name(self, first: Option<YearMonth>, extension: &str) -> String {
        let month = first.map(|m| format!("-{m}")).unwrap_or_default();
        match self {
            Language::English => format!("sla-plan{month}.{extension}"),
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
            (Language::English, ErrorKind::WrongUnit(_)) if unit == Some(Unit::Months) => {
                "Enter whole months, without % or a currency.".into()
            }
            (Language::English, ErrorKind::WrongUnit(Affix::Percent)) => {
                "Enter an amount: % does not belong here.".into()
            }
            (Language::English, ErrorKind::WrongUnit(_)) => {
                "Enter a percentage, without a currency.".into()
            }
            (Language::English, ErrorKind::NotAMonth) => format!(
                "Choose a month between {} and {}, like 2026-06.",
                FIRST_PLAN_YEAR, LAST_PLAN_YEAR
            ),
        }
    }

    /// An amount too small to show: "less than $0.01".
    pub fn less_than(self, amount: &str) -> String {
        match self {
            Language::English => format!("less than {amount}"),
        }
    }

    /// A warning, not a refusal, for a percentage under 1 %: often a spreadsheet's fraction
    /// (0.22 for 22 %) typed into a field that wants the percentage.
    pub fn small_percent(self, value: Decimal, locale: &Locale) -> Option<String> {
        let hundredths = value.hundredths();
        if hundredths == 0 || hundredths >= 100 {
            return None;
        }
        let meant = Decimal::from_hundredths(hundredths * 100);
        match self {
            Language::English => Some(format!(
                "{} — did you mean {}?",
                locale.quantity(value, Unit::Percent),
                locale.quantity(meant, Unit::Percent)
            )),
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
        // Four decimals, marked "≈" when that is not the exact value.
        let precise = |r: Ratio| {
            let approx = if r.rounded_to(4) == Ok(r) {
                ""
            } else {
                "≈\u{a0}"
            };
            format!("{approx}{}", locale.number(r, 4))
        };
        let rounded = if plan.leads_exact.is_integer() {
            String::new()
        } else {
            format!(", rounded up to {}", locale.count(plan.leads_per_month))
        };
        match self {
            Language::English => vec![
                format!(
                    "Marketing revenue = {} goal × {} share = {}",
                    locale.money(i.monthly_goal),
                    locale.percent(i.marketing_share),
                    locale.money(plan.marketing_revenue)
                ),
                format!(
                    "Customers needed = {} ÷ {} per deal = {}",
                    locale.money(plan.marketing_revenue),
                    locale.money(i.deal_size),
                    precise(plan.customers)
                ),
                format!(
                    "Qualified leads = {} customers ÷ {} win rate = {}{rounded}",
                    precise(plan.customers),
                    locale.percent(i.win_rate),
                    precise(plan.leads_exact),
                ),
                format!(
                    "Lead value = {} deal size × {} win rate = {}",
                    locale.money(i.deal_size),
                    locale.percent(i.win_rate),
                    locale.money(plan.lead_value)
                ),
                format!(
                    "Delivery month = {} − {} = {}",
                    locale.month(i.plan_month),
                    self.months(u128::from(i.sales_cycle)),
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
            Language::English => format!(
                "Pacing targets, {} (whole leads, rounded up)",
                locale.month(month)
            ),
        }
    }

    pub fn day_axis(self, month: YearMonth, locale: &Locale) -> String {
        match self {
            Language::English => format!("Day of {}", locale.month(month)),
        }
    }

    /// A record kept aside at an earlier visit.
    pub fn kept_record(self, key: &str) -> String {
        match self {
            Language::English => format!(
                "A saved record that could not be read is kept in this browser under \
                 “{key}”. Download it to keep a copy, or delete it."
            ),
        }
    }

    /// A stored record could not be read and was kept aside.
    pub fn unreadable_record(self, what: RecordOf, backup_key: &str) -> String {
        match (self, what) {
            (Language::English, RecordOf::Plan) => format!(
                "Your saved plan could not be read, so the planner started from the example. \
                 The unreadable copy is kept in this browser under “{backup_key}”."
            ),
            (Language::English, RecordOf::Settings) => format!(
                "Your saved settings could not be read, so the planner uses the defaults. \
                 The unreadable copy is kept in this browser under “{backup_key}”."
            ),
            (Language::English, RecordOf::Scenario) => format!(
                "A saved scenario could not be read, so it is not listed. The unreadable copy is \
                 kept in this browser under “{backup_key}”."
            ),
        }
    }
}

impl Language {
    /// `Mar 2026`: months in tables and on chart axes.
    pub fn short_month(self, month: YearMonth) -> String {
        let name: String = self.month_name(month.month()).chars().take(3).collect();
        match self {
            Language::English => format!("{name} {}", month.year()),
        }
    }

    /// The accessible name of a month's goal in the plan table.
    pub fn month_goal_label(self, month: YearMonth, locale: &Locale) -> String {
        match self {
            Language::English => format!("Revenue goal, {}", locale.month(month)),
        }
    }

    /// Said when the first delivery month of the plan is already over.
    pub fn delivery_past(self, delivery: YearMonth, locale: &Locale) -> String {
        match self {
            Language::English => format!(
                "{} is already past: leads for this plan should have been delivered then. \
                 Move the plan month later to plan leads you can still deliver.",
                locale.month(delivery)
            ),
        }
    }
}

impl Language {
    /// The goal axis of the delivery chart: `Revenue goal ($)`.
    pub fn goal_axis(self, locale: &Locale) -> String {
        match self {
            Language::English => format!("Revenue goal ({})", locale.currency.symbol()),
        }
    }

    /// The delivery chart's accessible description: every bar and the goal it serves.
    pub fn delivery_chart_description(self, months: &[MonthPlan], locale: &Locale) -> String {
        let bars: Vec<String> = months
            .iter()
            .map(|m| &m.plan)
            .map(|p| match self {
                Language::English => format!(
                    "{} leads due in {} for {} of revenue in {}",
                    locale.count(p.leads_per_month),
                    self.short_month(p.delivery_month),
                    locale.money(p.inputs.monthly_goal),
                    self.short_month(p.inputs.plan_month)
                ),
            })
            .collect();
        match self {
            Language::English => format!(
                "Bar chart of qualified leads due per delivery month: {}.",
                bars.join("; ")
            ),
        }
    }

    /// A figure in the plan table that was averaged from history.
    pub fn from_history(self, figure: &str) -> String {
        match self {
            Language::English => format!("{figure} (history)"),
        }
    }
}

impl Language {
    /// A copy's name: `Q1 plan (copy)`.
    pub fn copy_name(self, name: &str) -> String {
        match self {
            Language::English => format!("{name} (copy)"),
        }
    }

    /// The name edits are kept under when another scenario is opened before they were saved.
    pub fn unsaved_name(self, name: &str) -> String {
        match self {
            Language::English => format!("{name} (unsaved changes)"),
        }
    }

    /// When a scenario last changed, in the person's time zone: `Changed 24 Nov 2026, 09:05:12`
    /// (to the second: in a meeting, several change within a minute).
    pub fn changed_at(self, day: YearMonth, date: u32, clock: [u32; 3]) -> String {
        let [hour, minute, second] = clock;
        let month: String = self.month_name(day.month()).chars().take(3).collect();
        let clock = format!("{hour:02}:{minute:02}:{second:02}");
        match self {
            Language::English => format!("Changed {date} {month} {}, {clock}", day.year()),
        }
    }

    /// The accessible name of an action on a saved scenario: `Delete Q1 plan`.
    pub fn action_on(self, action: &str, name: &str) -> String {
        format!("{action} {name}")
    }

    pub fn scenario_saved(self, name: &str) -> String {
        match self {
            Language::English => format!("Saved as “{name}”."),
        }
    }

    pub fn scenario_renamed(self, name: &str) -> String {
        match self {
            Language::English => format!("Renamed to “{name}”, saved with the plan on this page."),
        }
    }

    pub fn scenario_opened(self, name: &str) -> String {
        match self {
            Language::English => format!("Opened “{name}”."),
        }
    }

    /// Said when a plan not saved anywhere is kept before another is shown.
    pub fn scenario_kept(self, name: &str) -> String {
        match self {
            Language::English => format!("The plan that was on the page is kept as “{name}”."),
        }
    }

    pub fn scenario_restored(self, name: &str) -> String {
        match self {
            Language::English => format!("“{name}” is back."),
        }
    }

    pub fn scenario_deleted(self, name: &str) -> String {
        match self {
            Language::English => format!("“{name}” was deleted."),
        }
    }

    pub fn replace_scenario_confirm(self, name: &str) -> String {
        match self {
            Language::English => format!(
                "A scenario named “{name}” is already saved. Replace it with the plan on this page?"
            ),
        }
    }

    pub fn scenario_conflict(self, name: &str) -> String {
        match self {
            Language::English => format!(
                "“{name}” was saved in another tab since you opened it here, so your version was \
                 not saved over it. Keep theirs, or keep yours as a copy."
            ),
        }
    }

    /// A difference of percentages, in percentage points: `2 pp`.
    pub fn points(self, number: &str) -> String {
        match self {
            Language::English => format!("{number}\u{a0}pp"),
        }
    }

    /// The comparison table's caption.
    pub fn compare_caption(self, base: &str) -> String {
        match self {
            Language::English => format!(
                "Inputs and results of each scenario; a highlighted figure differs from “{base}” \
                 by the amount under it."
            ),
        }
    }

    /// The comparison chart's accessible description: each scenario's leads per delivery month.
    pub fn compare_chart_description(self, plans: &[(&str, &[MonthPlan])], l: &Locale) -> String {
        let lines: Vec<String> = plans
            .iter()
            .map(|(name, months)| {
                let due = months.iter().map(|m| match self {
                    Language::English => format!(
                        "{} in {}",
                        l.count(m.plan.leads_per_month),
                        self.short_month(m.plan.delivery_month)
                    ),
                });
                format!("{name}: {}", due.collect::<Vec<_>>().join(", "))
            })
            .collect();
        match self {
            Language::English => format!(
                "Bar chart of qualified leads due per delivery month, a colour per scenario. {}.",
                lines.join("; ")
            ),
        }
    }

    /// A library file none of whose scenarios were imported, because of those at these places
    /// (counted from 1) with the parts of each that cannot be read (none listed: a file of a
    /// later format).
    pub fn library_refused(self, bad: &[(usize, Vec<String>)]) -> String {
        let t = self.text();
        let items: Vec<String> = bad
            .iter()
            .map(|(at, parts)| {
                let scenario = self.numbered(t.scenario_part, *at);
                match parts.is_empty() {
                    true => scenario,
                    false => format!("{scenario} ({})", parts.join(", ")),
                }
            })
            .collect();
        match (self, items.is_empty()) {
            (Language::English, true) => "Nothing was imported: this library file was written by \
                a newer version of the planner."
                .to_string(),
            (Language::English, false) => format!(
                "Nothing was imported: in this file, {} cannot be read (damaged, written by a \
                 newer version, or not by this planner).",
                items.join("; ")
            ),
        }
    }

    /// Asked before scenarios of a library file replace saved ones of the same names.
    pub fn replace_imported_confirm(self, names: &[String]) -> String {
        match self {
            Language::English => format!(
                "The library already has scenarios named {}. Replace them with the file's? \
                 (Cancel imports nothing.)",
                names
                    .iter()
                    .map(|n| format!("“{n}”"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    pub fn scenarios_imported(self, count: usize) -> String {
        match (self, count) {
            (Language::English, 1) => "1 scenario was imported.".to_string(),
            (Language::English, n) => {
                format!("{} scenarios were imported.", decimal_digits(n as u128, 1))
            }
        }
    }

    /// The file name of an exported library.
    pub fn library_file_name(self) -> &'static str {
        match self {
            Language::English => "sla-scenarios.json",
        }
    }

    /// One of several like parts, by its place: `history month 3`.
    pub fn numbered(self, what: &str, place: usize) -> String {
        format!("{what} {}", decimal_digits(place as u128, 1))
    }

    /// A plan file that was not imported, with the parts of it that cannot be read.
    pub fn import_problems(self, parts: &[String]) -> String {
        match self {
            Language::English => format!(
                "Nothing was changed: in this file, {} cannot be read (not valid, or out of \
                 range).",
                parts.join(", ")
            ),
        }
    }

    /// Said when a shared plan's amounts are in another currency than the person's.
    pub fn shared_currency(self, theirs: &str, ours: &str) -> String {
        match self {
            Language::English => format!(
                "Its amounts are in {theirs}, shown here in {ours}: choose {theirs} under \
                 Currency."
            ),
        }
    }

    /// A compared scenario with a field left invalid, as the comparison heads its column.
    pub fn not_valid(self, name: &str) -> String {
        match self {
            Language::English => format!("{name} (a field is not valid)"),
        }
    }
}
