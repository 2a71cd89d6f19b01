//! The planning engine: pure functions from typed inputs to a plan. It knows nothing of the
//! web, does no I/O, and never panics on input: bad input is an [`InputError`] naming its field.

mod actuals;
mod cells;
mod date;
mod decimal;
mod delivery;
mod error;
mod funnel;
mod history;
mod holidays;
mod horizon;
mod import;
mod input;
mod lag;
mod month;
mod pacing;
mod plan;
mod ratio;
mod schedule;
mod table;
mod terms;
mod tracker;
mod window;
mod workdays;

pub use actuals::{
    read_actuals, ActualsImport, Entry, EntryError, LineError, LineProblem, MonthActuals,
};
pub use cells::{loose_month, loose_number};
pub use date::{Date, Weekday};
pub use decimal::{decimal_digits, Affix, Decimal, NumberError, NumberStyle, DECIMAL_DIGITS};
pub use delivery::{leads_by_delivery_month, DeliveryError};
pub use error::{ErrorKind, InputError, PlanError};
pub use funnel::{marketing_owes, stage_rates, Stage, StageRates, Volumes};
pub use history::{HistoryMonth, MAX_COUNT};
pub use holidays::{easter_sunday, holidays_in, Country, DayOff, Holiday};
pub use horizon::{shape_goals, shape_like};
pub use import::{
    gaps, import_history, Column, Import, ImportError, RowError, RowProblem, MAX_ROWS,
};
pub use input::{
    parse_plan_month, worked_example, Field, NumericInput, PerInput, PlanInputs, Unit,
    FIRST_PLAN_YEAR, LAST_PLAN_YEAR, MAX_HORIZON, MAX_MONEY, MAX_SALES_CYCLE,
};
pub use lag::{fit_lags, LagFit};
pub use month::{sorted_months, OutOfRange, YearMonth};
pub use pacing::{
    pacing_status, pacing_targets, weeks_owed, Band, Gap, PacingDay, PacingStatus, WeekOwed,
};
pub use plan::{plan, Plan};
pub use ratio::{ArithmeticError, Ratio};
pub use schedule::{
    history_deal_size, history_win_rate, plan_schedule, totals, FromHistory, MonthPlan, Source,
    Totals, Unusable,
};
pub use table::{detect_delimiter, read_records, Record};
pub use terms::{Term, MAX_DEFINITION};
pub use tracker::{attainment, freeze_started, renegotiation_due, TrackedMonth};
pub use window::{
    averages, cohort_averages, immature_months, lagged_window, shown_money, shown_rate,
    window_averages, CohortError, MonthRange, WindowAverages, DEFAULT_COHORT_MONTHS,
};
pub use workdays::{Basis, PacingDays, WorkCalendar, WorkWeek};
