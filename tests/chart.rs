//! The pacing chart, natively: the model from a plan, and the drawing rendered to SVG text.
#![cfg(not(target_arch = "wasm32"))]

use plotters::prelude::*;
use sla_planner::chart::{draw_pacing, pacing_model, PacingModel};
use sla_planner::engine::{
    plan, worked_example, Decimal, NumericInput, PerInput, PlanInputs, YearMonth,
};
use sla_planner::format::{Locale, NumberFormat};

/// The worked example with no sales cycle, so the paced month is `month` itself.
fn model(month: &str, locale: &Locale) -> PacingModel {
    let mut values = worked_example();
    values[NumericInput::SalesCycle] = Decimal::ZERO;
    model_of(&values, month, locale)
}

fn model_of(values: &PerInput<Decimal>, month: &str, locale: &Locale) -> PacingModel {
    let inputs = PlanInputs::from_typed(values, YearMonth::parse(month).unwrap());
    pacing_model(&plan(&inputs).unwrap(), locale).unwrap()
}

fn svg(model: &PacingModel, scale: f64) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (640, 320)).into_drawing_area();
        draw_pacing(&area, model, scale).unwrap();
    }
    out
}

/// The text of every `<text>` element, in order.
fn labels(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            Some(
                t.split_once('>')?
                    .1
                    .split_once("</text>")?
                    .0
                    .trim()
                    .to_string(),
            )
        })
        .collect()
}

#[test]
fn model_runs_from_zero_to_the_quota_over_the_month() {
    let m = model("2026-06", &Locale::default());
    assert_eq!(m.days, 30);
    assert_eq!(m.target.len(), 31);
    assert_eq!(m.target[0], (0, 0));
    assert_eq!(
        m.target[1],
        (1, 333),
        "100 ÷ 30 = 3.33 leads, in hundredths"
    );
    assert_eq!(m.target[15], (15, 5_000));
    assert_eq!(*m.target.last().unwrap(), (30, 10_000));
    assert_eq!(m.x_label, "Day of June 2026");
    assert_eq!(model("2024-02", &Locale::default()).target.len(), 30);
}

#[test]
fn the_delivery_month_is_paced() {
    // Plan June 2026 with the example's 3-month cycle: leads are delivered in March (31 days).
    let m = model_of(&worked_example(), "2026-06", &Locale::default());
    assert_eq!((m.days, m.x_label.as_str()), (31, "Day of March 2026"));
}

#[test]
fn svg_has_the_axis_titles_and_the_target_line() {
    let text = svg(&model("2026-06", &Locale::default()), 1.0);
    let labels = labels(&text);
    assert!(
        labels.contains(&"Day of June 2026".to_string()),
        "{labels:?}"
    );
    assert!(labels.contains(&"Qualified leads (cumulative)".to_string()));
    assert!(
        labels.contains(&"100".to_string()),
        "value ticks reach the quota"
    );
    assert!(
        labels.contains(&"30".to_string()),
        "day ticks reach the month end"
    );
    assert!(text.contains("<polyline"), "target line");
}

#[test]
fn tick_labels_follow_the_number_format() {
    let mut values = worked_example();
    values[NumericInput::MonthlyGoal] = Decimal::whole(500_000);
    let locale = Locale {
        number_format: NumberFormat::DotComma,
        ..Locale::default()
    };
    let labels = labels(&svg(&model_of(&values, "2026-06", &locale), 1.0));
    assert!(
        labels.contains(&"10.000".to_string()),
        "grouped with dots: {labels:?}"
    );
}

#[test]
fn scale_thickens_lines_for_hidpi() {
    let m = model("2026-06", &Locale::default());
    assert!(svg(&m, 1.0).contains(r#"stroke-width="3""#));
    assert!(svg(&m, 2.0).contains(r#"stroke-width="6""#));
}

#[test]
fn nothing_owed_still_draws_a_valid_axis() {
    let mut values = worked_example();
    values[NumericInput::MarketingShare] = Decimal::ZERO;
    let m = model_of(&values, "2026-06", &Locale::default());
    assert_eq!(m.y_max, 100, "one lead, in hundredths");
    assert!(svg(&m, 1.0).contains("<polyline"));
}

#[test]
fn the_largest_quota_is_plotted_exactly() {
    let mut values = worked_example();
    values[NumericInput::MonthlyGoal] = NumericInput::MonthlyGoal.max();
    values[NumericInput::DealSize] = Decimal::from_hundredths(1);
    values[NumericInput::WinRate] = Decimal::from_hundredths(1);
    let inputs = PlanInputs::from_typed(&values, YearMonth::parse("2026-06").unwrap());
    let p = plan(&inputs).unwrap();
    let m = pacing_model(&p, &Locale::default()).unwrap();
    let last = *m.target.last().unwrap();
    assert_eq!(
        last,
        (31, p.leads_per_month * 100),
        "no saturation at 10^18 leads, over the delivery month (March)"
    );
    assert!(
        m.target.windows(2).all(|w| w[0].1 < w[1].1),
        "rises every day"
    );
}

mod delivery {
    use super::*;
    use sla_planner::chart::{delivery_model, draw_delivery, DeliveryModel};
    use sla_planner::engine::{plan_schedule, FromHistory, Ratio};

    fn quarter(goals: [u128; 3]) -> DeliveryModel {
        let inputs =
            PlanInputs::from_typed(&worked_example(), YearMonth::parse("2027-02").unwrap());
        let first = inputs.plan_month;
        let goal = |m: YearMonth| Ratio::integer(goals[first.months_until(m) as usize]);
        let months = plan_schedule(&inputs, 3, goal, &[], FromHistory::default()).unwrap();
        delivery_model(&months, &Locale::default()).unwrap()
    }

    #[test]
    fn one_bar_per_delivery_month_with_the_goal_it_serves() {
        let m = quarter([5_000, 7_500, 2_550]);
        type Bar<'a> = (&'a str, &'a [Option<u128>], Option<u128>);
        let bars: Vec<Bar> = m
            .bars
            .iter()
            .map(|b| (b.label.as_str(), &b.leads[..], b.goal_cents))
            .collect();
        assert_eq!(
            bars,
            [
                ("Nov 2026", &[Some(100)][..], Some(500_000)),
                ("Dec 2026", &[Some(150)][..], Some(750_000)),
                ("Jan 2027", &[Some(51)][..], Some(255_000))
            ]
        );
        assert_eq!((m.leads_top, m.goal_top), (157, 937_500));
        assert_eq!(m.goal_label, "Revenue goal ($)");
    }

    #[test]
    fn svg_has_bars_the_goal_line_and_both_axes() {
        let m = quarter([5_000, 7_500, 2_550]);
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (640, 300)).into_drawing_area();
            draw_delivery(&area, &m, 1.0).unwrap();
        }
        let labels = labels(&out);
        for expected in [
            "Nov 2026",
            "Jan 2027",
            "Qualified leads due",
            "Revenue goal ($)",
            "150",
            "6,000",
        ] {
            assert!(
                labels.iter().any(|l| l == expected),
                "{expected} in {labels:?}"
            );
        }
        // Three bars (plus the white background) and the goal line through three points.
        assert_eq!(out.matches("<rect").count(), 4, "{out}");
        assert_eq!(out.matches("<circle").count(), 3);
        assert!(out.contains("<polyline"));
    }

    #[test]
    fn compared_plans_share_the_months_and_each_has_its_own_bars() {
        let plan = |month: &str| {
            let inputs =
                PlanInputs::from_typed(&worked_example(), YearMonth::parse(month).unwrap());
            let goal = |_| inputs.monthly_goal;
            plan_schedule(&inputs, 2, goal, &[], FromHistory::default()).unwrap()
        };
        // The second plan starts a month later: three delivery months in all.
        let (a, b) = (plan("2027-02"), plan("2027-03"));
        let m = sla_planner::chart::compare_model(&[&a, &b], &Locale::default()).unwrap();
        let bars: Vec<(&str, &[Option<u128>])> = m
            .bars
            .iter()
            .map(|b| (b.label.as_str(), &b.leads[..]))
            .collect();
        assert_eq!(
            bars,
            [
                ("Nov 2026", &[Some(100), None][..]),
                ("Dec 2026", &[Some(100), Some(100)][..]),
                ("Jan 2027", &[None, Some(100)][..]),
            ]
        );
        assert_eq!(m.goal_top, 0, "no goal axis for several plans");
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (640, 300)).into_drawing_area();
            draw_delivery(&area, &m, 1.0).unwrap();
        }
        // Four bars (plus the background), in two colours, and no goal line or title.
        assert_eq!(out.matches("<rect").count(), 5, "{out}");
        assert_eq!(out.matches("fill=\"#C2410C\"").count(), 2, "{out}");
        assert!(!out.contains("<circle") && !labels(&out).iter().any(|l| l.contains("goal")));
    }
}
