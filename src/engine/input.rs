//! The plan's inputs: which fields there are, the rules each obeys, and parsing typed text into
//! validated values or a typed error naming the field.

use super::decimal::{Decimal, NumberError, NumberStyle};
use super::error::{ErrorKind, InputError};
use super::month::YearMonth;

/// The numeric inputs of a plan, in form order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumericInput {
    MonthlyGoal,
    MarketingShare,
    DealSize,
    WinRate,
    SalesCycle,
}

/// What a numeric input measures, which decides how it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Money,
    Percent,
    Months,
}

/// Any input of the plan, as named in an [`InputError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Numeric(NumericInput),
    PlanMonth,
}

/// The largest money amount accepted, in currency units: a documented limit that also keeps
/// every exact product in the engine far from overflow.
pub const MAX_MONEY: u128 = 1_000_000_000_000;
/// The longest sales cycle, in months.
pub const MAX_SALES_CYCLE: u128 = 24;

impl NumericInput {
    pub const ALL: [NumericInput; 5] = [
        NumericInput::MonthlyGoal,
        NumericInput::MarketingShare,
        NumericInput::DealSize,
        NumericInput::WinRate,
        NumericInput::SalesCycle,
    ];

    pub fn unit(self) -> Unit {
        match self {
            NumericInput::MonthlyGoal | NumericInput::DealSize => Unit::Money,
            NumericInput::MarketingShare | NumericInput::WinRate => Unit::Percent,
            NumericInput::SalesCycle => Unit::Months,
        }
    }

    /// The largest accepted value.
    pub fn max(self) -> Decimal {
        match self.unit() {
            Unit::Money => Decimal::whole(MAX_MONEY),
            Unit::Percent => Decimal::whole(100),
            Unit::Months => Decimal::whole(MAX_SALES_CYCLE),
        }
    }

    /// Whether zero is meaningless (you cannot divide by a zero deal size or win rate).
    pub fn must_be_positive(self) -> bool {
        matches!(self, NumericInput::DealSize | NumericInput::WinRate)
    }

    /// Whether only whole numbers are accepted.
    pub fn whole_only(self) -> bool {
        self.unit() == Unit::Months
    }

    /// Parse typed text into a value obeying this input's rules.
    pub fn parse(self, text: &str, style: NumberStyle) -> Result<Decimal, InputError> {
        let error = |kind| InputError {
            field: Field::Numeric(self),
            kind,
        };
        let value = Decimal::parse(text, style).map_err(|e| {
            error(match e {
                NumberError::Empty => ErrorKind::Empty,
                NumberError::NotANumber => ErrorKind::NotANumber,
                NumberError::Negative => ErrorKind::Negative,
                NumberError::TooManyDecimals if self.whole_only() => ErrorKind::NotWhole,
                NumberError::TooManyDecimals => ErrorKind::TooManyDecimals,
                NumberError::TooLarge => ErrorKind::AboveMax(self.max()),
            })
        })?;
        if self.whole_only() && !value.is_whole() {
            return Err(error(ErrorKind::NotWhole));
        }
        if self.must_be_positive() && value == Decimal::ZERO {
            return Err(error(ErrorKind::Zero));
        }
        if value > self.max() {
            return Err(error(ErrorKind::AboveMax(self.max())));
        }
        Ok(value)
    }
}

/// Parse the plan month (`YYYY-MM`, as `<input type="month">` gives it).
pub fn parse_plan_month(text: &str) -> Result<YearMonth, InputError> {
    let kind = if text.trim().is_empty() {
        ErrorKind::Empty
    } else {
        ErrorKind::NotAMonth
    };
    YearMonth::parse(text).ok_or(InputError {
        field: Field::PlanMonth,
        kind,
    })
}

/// Validated inputs of a plan. Every value here obeys its input's rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanInputs {
    /// Revenue to close per month, in currency units.
    pub monthly_goal: Decimal,
    /// Marketing's share of that revenue, in percent.
    pub marketing_share: Decimal,
    /// Average revenue of one won deal, in currency units.
    pub deal_size: Decimal,
    /// Qualified leads that become customers, in percent.
    pub win_rate: Decimal,
    /// Months from a qualified lead to a closed deal (whole months).
    pub sales_cycle: Decimal,
    /// The month whose revenue the plan is for.
    pub plan_month: YearMonth,
}

impl PlanInputs {
    /// The worked example of the SLA method: a $5,000 monthly goal, $100 deals and a 50 % win
    /// rate, all from marketing, mean 100 qualified leads a month.
    pub fn worked_example(plan_month: YearMonth) -> PlanInputs {
        PlanInputs {
            monthly_goal: Decimal::whole(5_000),
            marketing_share: Decimal::whole(100),
            deal_size: Decimal::whole(100),
            win_rate: Decimal::whole(50),
            sales_cycle: Decimal::whole(3),
            plan_month,
        }
    }

    pub fn get(&self, input: NumericInput) -> Decimal {
        match input {
            NumericInput::MonthlyGoal => self.monthly_goal,
            NumericInput::MarketingShare => self.marketing_share,
            NumericInput::DealSize => self.deal_size,
            NumericInput::WinRate => self.win_rate,
            NumericInput::SalesCycle => self.sales_cycle,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: NumberStyle = NumberStyle::CANONICAL;

    fn kind(input: NumericInput, text: &str) -> ErrorKind {
        input.parse(text, EN).unwrap_err().kind
    }

    #[test]
    fn each_rule_names_its_field() {
        use NumericInput::*;
        assert_eq!(kind(MonthlyGoal, ""), ErrorKind::Empty);
        assert_eq!(kind(MonthlyGoal, "lots"), ErrorKind::NotANumber);
        assert_eq!(kind(MonthlyGoal, "-1"), ErrorKind::Negative);
        assert_eq!(kind(MonthlyGoal, "1.005"), ErrorKind::TooManyDecimals);
        assert_eq!(
            kind(MonthlyGoal, "1,000,000,000,000.01"),
            ErrorKind::AboveMax(Decimal::whole(MAX_MONEY))
        );
        assert_eq!(kind(DealSize, "0"), ErrorKind::Zero);
        assert_eq!(kind(WinRate, "0.00"), ErrorKind::Zero);
        assert_eq!(
            kind(WinRate, "100.01"),
            ErrorKind::AboveMax(Decimal::whole(100))
        );
        assert_eq!(
            kind(MarketingShare, "101"),
            ErrorKind::AboveMax(Decimal::whole(100))
        );
        assert_eq!(kind(SalesCycle, "1.5"), ErrorKind::NotWhole);
        assert_eq!(kind(SalesCycle, "1.25"), ErrorKind::NotWhole);
        assert_eq!(
            kind(SalesCycle, "25"),
            ErrorKind::AboveMax(Decimal::whole(24))
        );
        let err = WinRate.parse("x", EN).unwrap_err();
        assert_eq!(err.field, Field::Numeric(WinRate));
    }

    #[test]
    fn accepts_the_edges_of_each_range() {
        use NumericInput::*;
        assert_eq!(MonthlyGoal.parse("0", EN), Ok(Decimal::ZERO));
        assert_eq!(MarketingShare.parse("0", EN), Ok(Decimal::ZERO));
        assert_eq!(MarketingShare.parse("100", EN), Ok(Decimal::whole(100)));
        assert_eq!(WinRate.parse("0.01", EN), Ok(Decimal::from_hundredths(1)));
        assert_eq!(SalesCycle.parse("24", EN), Ok(Decimal::whole(24)));
        assert_eq!(SalesCycle.parse("0", EN), Ok(Decimal::ZERO));
        assert_eq!(
            MonthlyGoal.parse("1,000,000,000,000", EN),
            Ok(Decimal::whole(MAX_MONEY))
        );
    }

    #[test]
    fn plan_month_errors_say_empty_or_invalid() {
        assert_eq!(parse_plan_month("").unwrap_err().kind, ErrorKind::Empty);
        assert_eq!(
            parse_plan_month("2026-13").unwrap_err().kind,
            ErrorKind::NotAMonth
        );
        assert_eq!(parse_plan_month("2026-06").unwrap().to_string(), "2026-06");
    }
}
