//! The words of the printed agreement built from values: its assumptions with their sources,
//! and the sentences around the team's own text.

use super::locale::Locale;
use super::text::Language;
use crate::engine::{MonthPlan, Source, Unusable};

impl Language {
    /// The plan month's assumptions, each with where it came from: as entered, or the average of a
    /// window of history (and why not, when history was chosen but could not be used).
    /// `own_goals` counts the months planned on a goal of their own.
    pub fn assumptions(self, first: &MonthPlan, own_goals: usize, l: &Locale) -> Vec<String> {
        let i = &first.plan.inputs;
        let source = |s: Source| match (self, s, &first.window) {
            (Language::English, Source::History, Some(w)) => format!(
                "the average of history from {} to {}",
                self.short_month(w.range.first),
                self.short_month(w.range.last)
            ),
            (Language::English, Source::Fallback(why), _) => format!(
                "as entered, because the history average cannot be used: {}",
                match why {
                    Unusable::NoData => "no data in its window",
                    Unusable::AboveOne => "more customers than leads",
                    Unusable::RoundsToZero => "it rounds to zero",
                }
            ),
            (Language::English, _, _) => "as entered".to_string(),
        };
        let goal_note = match (self, own_goals) {
            (_, 0) => String::new(),
            (Language::English, n) => {
                format!(" ({} with a goal of their own)", self.months(n as u128))
            }
        };
        match self {
            Language::English => vec![
                format!(
                    "Monthly revenue goal: {}, as entered{goal_note}",
                    l.money(i.monthly_goal)
                ),
                format!(
                    "Marketing share: {}, as entered",
                    l.percent(i.marketing_share)
                ),
                format!(
                    "Average deal size: {}, {}",
                    l.money(i.deal_size),
                    source(first.deal_size)
                ),
                format!(
                    "Win rate: {}, {}",
                    l.percent(i.win_rate),
                    source(first.win_rate)
                ),
                format!(
                    "Sales cycle: {}, as entered",
                    self.months(i.sales_cycle.into())
                ),
            ],
        }
    }

    /// Who the agreement is between, as the printed agreement opens.
    pub fn parties(self, marketing: &str, sales: &str) -> String {
        let or_blank = |name: &str| match name.trim() {
            "" => "________________".to_string(),
            name => name.to_string(),
        };
        match self {
            Language::English => format!(
                "Between marketing, represented by {}, and sales, represented by {}. Marketing \
                 delivers the qualified leads below each month; sales works them as agreed here.",
                or_blank(marketing),
                or_blank(sales)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{plan_schedule, worked_example, FromHistory, PlanInputs, YearMonth};

    #[test]
    fn each_assumption_says_where_it_came_from() {
        let inputs = PlanInputs::from_typed(&worked_example(), YearMonth::new(2026, 6).unwrap());
        let goal = |_| inputs.monthly_goal;
        let months = plan_schedule(
            &inputs,
            2,
            goal,
            &[],
            FromHistory {
                win_rate: true,
                deal_size: false,
            },
        )
        .unwrap();
        let l = Locale::default();
        let lines = Language::English.assumptions(&months[0], 1, &l);
        assert_eq!(
            lines[0],
            "Monthly revenue goal: $5,000.00, as entered (1 month with a goal of their own)"
        );
        assert_eq!(lines[2], "Average deal size: $100.00, as entered");
        assert_eq!(
            lines[3],
            "Win rate: 50\u{a0}%, as entered, because the history average cannot be used: no data in its window"
        );
        assert_eq!(lines[4], "Sales cycle: 3 months, as entered");
    }

    #[test]
    fn a_party_not_named_yet_leaves_a_line_to_write_on() {
        let text = Language::English.parties("Ada, VP Marketing", "  ");
        assert!(text.starts_with("Between marketing, represented by Ada, VP Marketing, and sales, represented by ________________."));
    }
}
