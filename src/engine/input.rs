//! The plan's inputs: which fields there are, the rules each obeys, and parsing typed text into
//! validated values or a typed error naming the field.

use super::decimal::{affixes, Affix, Decimal, NumberError, NumberStyle};
use super::error::{ErrorKind, InputError};
use super::month::YearMonth;
use super::ratio::Ratio;

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

    /// Where this input's value sits in a [`PerInput`]: its place in [`NumericInput::ALL`].
    const fn position(self) -> usize {
        self as usize
    }

    /// The exact value a typed one stands for: percentages become fractions (50 → 1/2).
    pub fn exact(self, value: Decimal) -> Ratio {
        match self.unit() {
            Unit::Percent => value.per_cent(),
            Unit::Money | Unit::Months => value.to_ratio(),
        }
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
        // A sign that says what the number is must say what this field holds: `50%` in a money
        // field, or `$5,000` in a percentage, is a mistake, not a number to read.
        let (bare, affix) = affixes(text);
        let wrong = match (affix, self.unit()) {
            (Affix::Money, Unit::Money) | (Affix::Percent, Unit::Percent) | (Affix::None, _) => {
                None
            }
            (found, _) => Some(found),
        };
        if let Some(found) = wrong {
            return Err(error(ErrorKind::WrongUnit(found)));
        }
        // Amounts in thousands or millions: `250k`, `1.5M`.
        let (bare, times) = match (self.unit(), bare.strip_suffix(['k', 'K', 'M'])) {
            (Unit::Money, Some(number)) if bare.ends_with('M') => (number.trim_end(), 1_000_000),
            (Unit::Money, Some(number)) => (number.trim_end(), 1_000),
            _ => (bare, 1),
        };
        let value = Decimal::parse(bare, style).map_err(|e| {
            error(match e {
                NumberError::Empty => ErrorKind::Empty,
                NumberError::NotANumber => ErrorKind::NotANumber,
                NumberError::Negative => ErrorKind::Negative,
                NumberError::TooManyDecimals if self.whole_only() => ErrorKind::NotWhole,
                NumberError::TooManyDecimals => ErrorKind::TooManyDecimals,
                NumberError::TooLarge => ErrorKind::AboveMax(self.max()),
            })
        })?;
        let value = Decimal::from_hundredths(value.hundredths() * times);
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

/// The first and last plan months: every delivery month (up to [`MAX_SALES_CYCLE`] months
/// earlier) and every revenue month of the longest plan (up to [`MAX_HORIZON`] months) then
/// stays within the months [`YearMonth`] supports.
pub const FIRST_PLAN_YEAR: i32 = YearMonth::MIN_YEAR + 2;
pub const LAST_PLAN_YEAR: i32 = YearMonth::MAX_YEAR - 2;
/// The longest plan, in consecutive revenue months.
pub const MAX_HORIZON: u32 = 24;

/// Parse the plan month (`YYYY-MM`, as `<input type="month">` gives it).
pub fn parse_plan_month(text: &str) -> Result<YearMonth, InputError> {
    let kind = if text.trim().is_empty() {
        ErrorKind::Empty
    } else {
        ErrorKind::NotAMonth
    };
    YearMonth::parse(text)
        .filter(|m| (FIRST_PLAN_YEAR..=LAST_PLAN_YEAR).contains(&m.year()))
        .ok_or(InputError {
            field: Field::PlanMonth,
            kind,
        })
}

/// One value per numeric input, looked up by the input: built with [`PerInput::from_fn`],
/// never by position, so adding an input cannot swap two values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PerInput<T>([T; 5]);

impl<T> PerInput<T> {
    pub fn from_fn(f: impl FnMut(NumericInput) -> T) -> PerInput<T> {
        PerInput(NumericInput::ALL.map(f))
    }

    /// Each input with its value, in form order.
    pub fn iter(&self) -> impl Iterator<Item = (NumericInput, &T)> {
        NumericInput::ALL.into_iter().zip(&self.0)
    }
}

impl<T> PerInput<Option<T>> {
    /// Every value, or `None` when any input has none.
    pub fn transpose(self) -> Option<PerInput<T>> {
        // Same order out as in: the array is never read by position elsewhere.
        let [a, b, c, d, e] = self.0;
        Some(PerInput([a?, b?, c?, d?, e?]))
    }
}

impl<T> std::ops::Index<NumericInput> for PerInput<T> {
    type Output = T;
    fn index(&self, input: NumericInput) -> &T {
        &self.0[input.position()]
    }
}

impl<T> std::ops::IndexMut<NumericInput> for PerInput<T> {
    fn index_mut(&mut self, input: NumericInput) -> &mut T {
        &mut self.0[input.position()]
    }
}

/// The worked example of the SLA method: a $5,000 monthly goal, $100 deals and a 50 % win
/// rate, all from marketing, mean 100 qualified leads a month; a 3-month sales cycle.
pub fn worked_example() -> PerInput<Decimal> {
    PerInput::from_fn(|input| match input {
        NumericInput::MonthlyGoal => Decimal::whole(5_000),
        NumericInput::MarketingShare => Decimal::whole(100),
        NumericInput::DealSize => Decimal::whole(100),
        NumericInput::WinRate => Decimal::whole(50),
        NumericInput::SalesCycle => Decimal::whole(3),
    })
}

/// The exact inputs of [`crate::engine::plan`]. Rates are fractions, not percentages, and
/// may be any exact value (a typed one, or an average derived from history).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanInputs {
    /// Revenue to close per month, in currency units.
    pub monthly_goal: Ratio,
    /// Marketing's share of that revenue, as a fraction from 0 to 1.
    pub marketing_share: Ratio,
    /// Average revenue of one won deal, in currency units.
    pub deal_size: Ratio,
    /// Qualified leads that become customers, as a fraction from 0 to 1.
    pub win_rate: Ratio,
    /// Whole months from a qualified lead to a closed deal.
    pub sales_cycle: u32,
    /// The month whose revenue the plan is for.
    pub plan_month: YearMonth,
}

impl PlanInputs {
    /// The plan's inputs from validated typed values, each taken by name.
    pub fn from_typed(values: &PerInput<Decimal>, plan_month: YearMonth) -> PlanInputs {
        let exact = |input: NumericInput| input.exact(values[input]);
        // Validated cycles are whole months of at most 24; min() first makes the cast lossless.
        let cycle = values[NumericInput::SalesCycle]
            .whole_part()
            .min(MAX_SALES_CYCLE);
        PlanInputs {
            monthly_goal: exact(NumericInput::MonthlyGoal),
            marketing_share: exact(NumericInput::MarketingShare),
            deal_size: exact(NumericInput::DealSize),
            win_rate: exact(NumericInput::WinRate),
            sales_cycle: cycle as u32,
            plan_month,
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
    fn a_sign_of_another_unit_is_an_error() {
        use NumericInput::*;
        assert_eq!(
            kind(MonthlyGoal, "50%"),
            ErrorKind::WrongUnit(Affix::Percent)
        );
        assert_eq!(kind(WinRate, "$5,000"), ErrorKind::WrongUnit(Affix::Money));
        assert_eq!(
            kind(MarketingShare, "50 EUR"),
            ErrorKind::WrongUnit(Affix::Money)
        );
        assert_eq!(kind(SalesCycle, "3%"), ErrorKind::WrongUnit(Affix::Percent));
        assert_eq!(WinRate.parse("22 %", EN), Ok(Decimal::whole(22)));
        assert_eq!(DealSize.parse("€ 100", EN), Ok(Decimal::whole(100)));
    }

    #[test]
    fn reads_pasted_amounts() {
        use NumericInput::*;
        let whole = |n| Ok(Decimal::whole(n));
        assert_eq!(MonthlyGoal.parse("USD 12,500", EN), whole(12_500));
        assert_eq!(
            MonthlyGoal.parse("US$12,500.50", EN),
            Ok(Decimal::from_hundredths(1_250_050))
        );
        assert_eq!(MonthlyGoal.parse("250'000", EN), whole(250_000));
        assert_eq!(MonthlyGoal.parse("250\u{2019}000 CHF", EN), whole(250_000));
        assert_eq!(MonthlyGoal.parse("12,50,000", EN), whole(1_250_000));
        assert_eq!(MonthlyGoal.parse("1,00,00,000", EN), whole(10_000_000));
        assert_eq!(MonthlyGoal.parse("250k", EN), whole(250_000));
        assert_eq!(MonthlyGoal.parse("$1.5M", EN), whole(1_500_000));
        assert_eq!(MonthlyGoal.parse("2.25 K", EN), whole(2_250));
        // Indian grouping only where commas group digits; never a three-digit middle mixed in.
        let german = NumberStyle {
            decimal: ',',
            group: '.',
        };
        assert!(MonthlyGoal.parse("12.50.000", german).is_err());
        assert!(MonthlyGoal.parse("1,23", EN).is_err());
        assert!(MonthlyGoal.parse("12,500,00", EN).is_err());
        // Thousands and millions are for amounts only.
        assert_eq!(kind(WinRate, "5k"), ErrorKind::NotANumber);
        assert_eq!(kind(SalesCycle, "1k"), ErrorKind::NotANumber);
        assert_eq!(
            kind(MonthlyGoal, "2000000M"),
            ErrorKind::AboveMax(Decimal::whole(MAX_MONEY))
        );
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
        // Delivery months 24 months earlier must exist, so 1971 is refused as a plan month.
        assert_eq!(
            parse_plan_month("1971-12").unwrap_err().kind,
            ErrorKind::NotAMonth
        );
        assert!(parse_plan_month("1972-01").is_ok());
        assert!(parse_plan_month("2997-12").is_ok());
        assert!(parse_plan_month("2998-01").is_err());
    }

    #[test]
    fn values_are_looked_up_by_input() {
        for (i, input) in NumericInput::ALL.into_iter().enumerate() {
            assert_eq!(input.position(), i);
        }
        let values = PerInput::from_fn(|input| input.position() * 10);
        assert_eq!(values[NumericInput::WinRate], 30);
        let month = parse_plan_month("2026-06").unwrap();
        let inputs = PlanInputs::from_typed(&worked_example(), month);
        assert_eq!(inputs.monthly_goal, Ratio::integer(5_000));
        assert_eq!(inputs.win_rate, Ratio::new(1, 2).unwrap());
        assert_eq!(inputs.marketing_share, Ratio::ONE);
        assert_eq!(inputs.deal_size, Ratio::integer(100));
        assert_eq!(inputs.sales_cycle, 3);
    }
}
