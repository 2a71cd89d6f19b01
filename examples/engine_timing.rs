//! Native timing of the planning engine on the largest plan the app allows: 24 revenue months,
//! 36 months of history covering every month's lagged window, both averages from history.
//! `scripts/bench.sh` runs it in release.

use std::time::Instant;

use sla_planner::engine::{
    plan_schedule, worked_example, Decimal, FromHistory, HistoryMonth, PlanInputs, Ratio, YearMonth,
};

const RUNS: usize = 2_000;

fn main() {
    let plan_month = YearMonth::new(2027, 1).expect("a supported month");
    let history: Vec<HistoryMonth> = (0..36u32)
        .map(|i| HistoryMonth {
            // 21 months before the plan month to 14 after: every window of the 24 months.
            month: plan_month
                .minus_months(21)
                .and_then(|m| m.plus_months(i))
                .expect("a supported month"),
            leads: 200 + u64::from(i * 37 % 90),
            customers: 20 + u64::from(i * 13 % 15),
            revenue: Decimal::whole(4_000 + u128::from(i * 977 % 3_000)),
            mqls: None,
            sqls: None,
            opportunities: None,
        })
        .collect();
    let inputs = PlanInputs::from_typed(&worked_example(), plan_month);
    let both = FromHistory {
        win_rate: true,
        deal_size: true,
    };
    let mut times = Vec::with_capacity(RUNS);
    let mut owed = 0;
    for run in 0..RUNS {
        // A different goal each run, as a dragged slider gives.
        let goal = Ratio::integer(5_000 + run as u128);
        let start = Instant::now();
        let months = plan_schedule(&inputs, 24, |_| goal, &history, both).expect("a plan");
        times.push(start.elapsed());
        owed += months.iter().map(|m| m.plan.leads_per_month).sum::<u128>();
    }
    times.sort();
    let micros = |i: usize| times[i].as_secs_f64() * 1e6;
    println!(
        "Engine, 24-month plan with 36 months of history, {RUNS} runs: median {:.1} µs, p95 {:.1} µs (budget ≤ 50 µs; {owed} leads planned in all)",
        micros(RUNS / 2),
        micros(RUNS * 95 / 100),
    );
}
