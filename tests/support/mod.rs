//! Fixtures shared by the native and the browser test files.

use sla_planner::engine::{worked_example, YearMonth};
use sla_planner::format::Locale;
use sla_planner::storage::SavedPlan;

/// The worked example for June 2026, in the default locale.
pub fn example_plan() -> SavedPlan {
    SavedPlan {
        values: worked_example(),
        plan_month: YearMonth::new(2026, 6).unwrap(),
        locale: Locale::default(),
    }
}
