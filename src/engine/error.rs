//! Why an input was refused: a typed error naming the field, never a panic or a NaN.

use std::fmt;

use super::decimal::{Affix, Decimal};
use super::input::{Field, NumericInput};
use super::ratio::ArithmeticError;

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
    /// A currency sign in a field that is not money, or `%` in one that is not a percentage.
    WrongUnit(Affix),
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
            ErrorKind::WrongUnit(_) => "a sign of another unit",
        };
        write!(f, "{field}: {problem}")
    }
}

impl std::error::Error for InputError {}

/// Why a plan could not be derived from its inputs. Inputs that passed validation never cause
/// one; derived inputs (averages from history) are checked all the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// An exact figure would not fit, or a rate was zero.
    Arithmetic(ArithmeticError),
    /// A delivery or revenue month would fall outside 1970–2999.
    MonthOutOfRange,
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::Arithmetic(e) => write!(f, "plan: {e}"),
            PlanError::MonthOutOfRange => f.write_str("plan: month out of range"),
        }
    }
}

impl std::error::Error for PlanError {}
