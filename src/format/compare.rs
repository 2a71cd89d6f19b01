//! Scenarios side by side: a row per input and result, a column per scenario, and every
//! figure that differs from the first scenario's with the difference written beside it.

use super::locale::Locale;
use super::text::Text;
use crate::engine::{totals, MonthPlan, NumericInput, Plan, PlanInputs, Ratio, Totals, YearMonth};

/// What the table needs of one scenario: the inputs its quota was planned from, its length,
/// and its months (`None` when it cannot be planned).
pub struct Column<'a> {
    pub inputs: PlanInputs,
    pub horizon: u32,
    pub months: Option<&'a [MonthPlan]>,
}

/// One row: what it shows, then each scenario's figure and its difference from the first
/// (`None` in the first column, and where the figures are equal or missing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub label: &'static str,
    pub cells: Vec<(String, Option<String>)>,
}

/// A figure, in a kind that says how it and a difference between two of them are written.
#[derive(Clone, Copy, PartialEq)]
enum Figure {
    Money(Ratio),
    Percent(Ratio),
    Count(u128),
    Fraction(Ratio),
    Month(YearMonth),
}

type Pick = fn(&Column) -> Option<Figure>;

/// The plan month's plan.
fn first(c: &Column) -> Option<Plan> {
    c.months.and_then(|m| m.first()).map(|m| m.plan)
}

fn sums(c: &Column) -> Option<Totals> {
    totals(c.months?).ok()
}

/// The rows, labelled from `text`; the inputs first, then the results.
fn rows(text: &Text, label: &dyn Fn(NumericInput) -> &'static str) -> [(&'static str, Pick); 13] {
    [
        (label(NumericInput::MonthlyGoal), |c| {
            Some(Figure::Money(c.inputs.monthly_goal))
        }),
        (label(NumericInput::MarketingShare), |c| {
            Some(Figure::Percent(c.inputs.marketing_share))
        }),
        (label(NumericInput::DealSize), |c| {
            Some(Figure::Money(c.inputs.deal_size))
        }),
        (label(NumericInput::WinRate), |c| {
            Some(Figure::Percent(c.inputs.win_rate))
        }),
        (label(NumericInput::SalesCycle), |c| {
            Some(Figure::Count(c.inputs.sales_cycle.into()))
        }),
        (text.plan_month, |c| {
            Some(Figure::Month(c.inputs.plan_month))
        }),
        (text.horizon, |c| Some(Figure::Count(c.horizon.into()))),
        (text.leads, |c| {
            Some(Figure::Count(first(c)?.leads_per_month))
        }),
        (text.delivery_month, |c| {
            Some(Figure::Month(first(c)?.delivery_month))
        }),
        (text.lead_value, |c| {
            Some(Figure::Money(first(c)?.lead_value))
        }),
        (text.leads_over_plan, |c| {
            Some(Figure::Count(sums(c)?.leads))
        }),
        (text.customers_over_plan, |c| {
            Some(Figure::Fraction(sums(c)?.customers))
        }),
        (text.goal_over_plan, |c| Some(Figure::Money(sums(c)?.goal))),
    ]
}

impl Locale {
    /// The comparison of `columns`, each against the first.
    pub fn comparison(&self, columns: &[Column]) -> Vec<Row> {
        let text = self.text();
        let language = self.language;
        rows(text, &|input| language.input_label(input))
            .into_iter()
            .map(|(label, pick)| {
                let figures: Vec<Option<Figure>> = columns.iter().map(pick).collect();
                let base = figures.first().copied().flatten();
                let base_text = base.map(|b| self.figure(b));
                let cells = figures.iter().map(|figure| match figure {
                    Some(f) => {
                        let shown = self.figure(*f);
                        // Figures that read the same are the same to the person.
                        let differs = base_text.as_ref().is_some_and(|b| *b != shown);
                        let difference = base
                            .filter(|_| differs)
                            .and_then(|b| self.difference(b, *f));
                        (shown, difference)
                    }
                    None => (text.not_planned.to_string(), None),
                });
                Row {
                    label,
                    cells: cells.collect(),
                }
            })
            .collect()
    }

    fn figure(&self, figure: Figure) -> String {
        match figure {
            Figure::Money(r) => self.money(r),
            Figure::Percent(r) => self.percent(r),
            Figure::Count(n) => self.count(n),
            Figure::Fraction(r) => self.fraction(r),
            Figure::Month(m) => self.month(m),
        }
    }

    /// `figure − base`, signed (`+$500.00`, `−2 pp`, `+1 month`); `None` when they are equal.
    fn difference(&self, base: Figure, figure: Figure) -> Option<String> {
        let (more, size) = match (base, figure) {
            (Figure::Month(b), Figure::Month(f)) => {
                let months = b.months_until(f);
                let size = self.language.months(months.unsigned_abs().into());
                (months > 0, (months != 0).then_some(size)?)
            }
            (Figure::Count(b), Figure::Count(f)) => (f > b, self.count(f.abs_diff(b))),
            (Figure::Money(b), Figure::Money(f)) => (f > b, self.money(apart(b, f)?)),
            (Figure::Fraction(b), Figure::Fraction(f)) => (f > b, self.fraction(apart(b, f)?)),
            (Figure::Percent(b), Figure::Percent(f)) => {
                let points = self.language.points(&self.percent_number(apart(b, f)?));
                (f > b, points)
            }
            _ => return None,
        };
        if base == figure {
            return None;
        }
        Some(format!("{}{size}", if more { '+' } else { '\u{2212}' }))
    }
}

/// How far apart `a` and `b` are, either way.
fn apart(a: Ratio, b: Ratio) -> Option<Ratio> {
    a.checked_sub(b).or_else(|_| b.checked_sub(a)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{plan_schedule, worked_example, FromHistory};

    fn inputs(win_rate: Ratio) -> PlanInputs {
        let typed = worked_example();
        let mut inputs = PlanInputs::from_typed(&typed, YearMonth::new(2026, 6).unwrap());
        inputs.win_rate = win_rate;
        inputs
    }

    fn months(inputs: &PlanInputs) -> Vec<MonthPlan> {
        let goal = |_| inputs.monthly_goal;
        plan_schedule(inputs, 3, goal, &[], FromHistory::default()).unwrap()
    }

    fn column(inputs: PlanInputs, months: Option<&[MonthPlan]>) -> Column<'_> {
        Column {
            inputs,
            horizon: 3,
            months,
        }
    }

    fn cell<'a>(rows: &'a [Row], label: &str, column: usize) -> &'a (String, Option<String>) {
        let row = rows.iter().find(|r| r.label == label).unwrap();
        &row.cells[column]
    }

    #[test]
    fn each_figure_after_the_first_column_says_how_far_it_is_from_the_first() {
        let base = inputs(Ratio::new(1, 5).unwrap());
        let lower = inputs(Ratio::new(9, 50).unwrap());
        let (a, b) = (months(&base), months(&lower));
        let columns = [column(base, Some(&a)), column(lower, Some(&b))];
        let l = Locale::default();
        let rows = l.comparison(&columns);
        assert_eq!(rows.len(), 13);
        let win = cell(&rows, "Win rate (%)", 1);
        assert_eq!(
            win,
            &("18\u{a0}%".to_string(), Some("\u{2212}2\u{a0}pp".into()))
        );
        assert_eq!(
            cell(&rows, "Win rate (%)", 0).1,
            None,
            "the first column is the base"
        );
        assert_eq!(
            cell(&rows, "Sales cycle (months)", 1).1,
            None,
            "equal figures"
        );
        // A lower win rate needs more leads: the quota and lead value move, with their sign.
        let (quota_a, quota_b) = (a[0].plan.leads_per_month, b[0].plan.leads_per_month);
        let more = l.count(quota_b - quota_a);
        assert_eq!(cell(&rows, l.text().leads, 1).1, Some(format!("+{more}")));
        let value = cell(&rows, l.text().lead_value, 1).1.clone().unwrap();
        assert!(value.starts_with('\u{2212}'), "{value}");
    }

    #[test]
    fn a_scenario_that_cannot_be_planned_shows_its_inputs_and_no_results() {
        let base = inputs(Ratio::new(1, 5).unwrap());
        let a = months(&base);
        let columns = [
            column(base, Some(&a)),
            Column {
                horizon: 2,
                ..column(base, None)
            },
        ];
        let l = Locale::default();
        let rows = l.comparison(&columns);
        let not_planned = l.text().not_planned.to_string();
        assert_eq!(cell(&rows, l.text().leads, 1), &(not_planned, None));
        assert_eq!(cell(&rows, l.text().horizon, 1).1, Some("\u{2212}1".into()));
        assert_eq!(cell(&rows, "Win rate (%)", 1).1, None);
    }

    #[test]
    fn figures_that_read_the_same_are_not_marked_different() {
        let base = inputs(Ratio::new(1, 5).unwrap());
        let mut close = base;
        // $100.004 shows as $100.00, as the base's $100.00 does.
        close.deal_size = Ratio::new(100_004, 1_000).unwrap();
        let (a, b) = (months(&base), months(&close));
        let columns = [column(base, Some(&a)), column(close, Some(&b))];
        let rows = Locale::default().comparison(&columns);
        assert_eq!(
            cell(&rows, "Average deal size", 1),
            &("$100.00".to_string(), None)
        );
    }

    #[test]
    fn months_apart_are_counted_in_months() {
        let l = Locale::default();
        let june = Figure::Month(YearMonth::new(2026, 6).unwrap());
        let april = Figure::Month(YearMonth::new(2026, 4).unwrap());
        assert_eq!(l.difference(june, april), Some("\u{2212}2 months".into()));
        assert_eq!(l.difference(april, june), Some("+2 months".into()));
        assert_eq!(l.difference(june, june), None);
    }
}
