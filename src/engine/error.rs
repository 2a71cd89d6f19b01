//! Why an input was refused: a typed error naming the field, never a panic or a NaN.

use std::fmt;

use super::decimal::Decimal;
use super::input::{Field, NumericInput};

/// Why an input was refused, and which one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputError {
    pub field: Field,
    pub kind: ErrorKind,
}

/// The ways an input can be wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Nothing was entered.
    Empty,
    /// The text is not a number in the chosen number format.
    NotANumber,
    /// A negative number.
    Negative,
    /// More than two decimals.
    TooManyDecimals,
    /// A fraction where only whole numbers make sense.
    NotWhole,
    /// Zero where the plan must divide by the value.
    Zero,
    /// Above the input's maximum (carried for the message).
    AboveMax(Decimal),
    /// Not a `YYYY-MM` month within the supported years.
    NotAMonth,
}

/// A developer-facing description; people see the localized text from `crate::format`.
impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = match self.field {
            Field::Numeric(NumericInput::MonthlyGoal) => "monthly goal",
            Field::Numeric(NumericInput::MarketingShare) => "marketing share",
            Field::Numeric(NumericInput::DealSize) => "deal size",
            Field::Numeric(NumericInput::WinRate) => "win rate",
            Field::Numeric(NumericInput::SalesCycle) => "sales cycle",
            Field::PlanMonth => "plan month",
        };
        let problem = match self.kind {
            ErrorKind::Empty => "empty",
            ErrorKind::NotANumber => "not a number",
            ErrorKind::Negative => "negative",
            ErrorKind::TooManyDecimals => "too many decimals",
            ErrorKind::NotWhole => "not a whole number",
            ErrorKind::Zero => "zero",
            ErrorKind::AboveMax(_) => "above the maximum",
            ErrorKind::NotAMonth => "not a month",
        };
        write!(f, "{field}: {problem}")
    }
}

impl std::error::Error for InputError {}
