//! The planning engine: pure functions from typed inputs to a plan. It knows nothing of the
//! web, does no I/O, and never panics on input: bad input is an [`InputError`] naming its field.

mod decimal;
mod error;
mod input;
mod month;
mod pacing;
mod plan;
mod ratio;

pub use decimal::{Decimal, NumberError, NumberStyle, DECIMAL_DIGITS};
pub use error::{ErrorKind, InputError};
pub use input::{
    parse_plan_month, Field, NumericInput, PlanInputs, Unit, MAX_MONEY, MAX_SALES_CYCLE,
};
pub use month::YearMonth;
pub use pacing::{pacing_targets, PacingDay};
pub use plan::{plan, Plan};
pub use ratio::Ratio;
