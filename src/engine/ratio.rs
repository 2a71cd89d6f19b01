//! Exact non-negative fractions: every derived figure is one, so a rounded quota can never be
//! moved by floating-point error.

use std::cmp::Ordering;
use std::fmt;

/// An exact non-negative fraction `num / den`, kept in lowest terms.
///
/// Arithmetic is checked: a result that does not fit is an [`ArithmeticError`], never a
/// wrapped, saturated or zeroed value. The engine's input limits keep every product it forms
/// far below `u128::MAX`, so for validated inputs the errors are unreachable, but they are
/// typed rather than assumed.
#[derive(Clone, Copy, Debug)]
pub struct Ratio {
    num: u128,
    den: u128,
}

/// Why exact arithmetic could not produce a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArithmeticError {
    /// A numerator or denominator would exceed `u128::MAX`.
    Overflow,
    /// A division by zero.
    DivisionByZero,
    /// A subtraction whose result would be negative.
    Negative,
}

impl fmt::Display for ArithmeticError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ArithmeticError::Overflow => "overflow",
            ArithmeticError::DivisionByZero => "division by zero",
            ArithmeticError::Negative => "negative result",
        })
    }
}

impl std::error::Error for ArithmeticError {}

type Checked = Result<Ratio, ArithmeticError>;

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };
    pub const ONE: Ratio = Ratio { num: 1, den: 1 };

    /// `num / den`; `None` when `den` is zero.
    pub fn new(num: u128, den: u128) -> Option<Ratio> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den);
        Some(Ratio {
            num: num / g,
            den: den / g,
        })
    }

    /// `num / DEN` for a constant non-zero denominator, such as hundredths.
    pub(crate) fn over<const DEN: u128>(num: u128) -> Ratio {
        const { assert!(DEN > 0) };
        let g = gcd(num, DEN);
        Ratio {
            num: num / g,
            den: DEN / g,
        }
    }

    pub const fn integer(n: u128) -> Ratio {
        Ratio { num: n, den: 1 }
    }

    pub fn numerator(self) -> u128 {
        self.num
    }

    pub fn denominator(self) -> u128 {
        self.den
    }

    pub fn is_zero(self) -> bool {
        self.num == 0
    }

    /// `self + other`, exactly.
    pub fn checked_add(self, other: Ratio) -> Checked {
        let (a, b, den) = self.over_common_denominator(other)?;
        reduced(a.checked_add(b).ok_or(ArithmeticError::Overflow)?, den)
    }

    /// `self − other`, exactly; an error when the result would be negative.
    pub fn checked_sub(self, other: Ratio) -> Checked {
        let (a, b, den) = self.over_common_denominator(other)?;
        reduced(a.checked_sub(b).ok_or(ArithmeticError::Negative)?, den)
    }

    /// Both numerators over the least common denominator, so sums of many terms stay small.
    fn over_common_denominator(self, other: Ratio) -> Result<(u128, u128, u128), ArithmeticError> {
        let den = (self.den / gcd(self.den, other.den)).checked_mul(other.den);
        let den = den.ok_or(ArithmeticError::Overflow)?;
        let a = self.num.checked_mul(den / self.den);
        let b = other.num.checked_mul(den / other.den);
        match (a, b) {
            (Some(a), Some(b)) => Ok((a, b, den)),
            _ => Err(ArithmeticError::Overflow),
        }
    }

    /// `self × other`, exactly.
    pub fn checked_mul(self, other: Ratio) -> Checked {
        // Cancel across before multiplying so intermediate products stay small.
        let g1 = gcd(self.num, other.den);
        let g2 = gcd(other.num, self.den);
        let num = (self.num / g1).checked_mul(other.num / g2);
        let den = (self.den / g2).checked_mul(other.den / g1);
        match (num, den) {
            (Some(num), Some(den)) => Ok(Ratio { num, den }),
            _ => Err(ArithmeticError::Overflow),
        }
    }

    /// `self ÷ other`, exactly.
    pub fn checked_div(self, other: Ratio) -> Checked {
        if other.num == 0 {
            return Err(ArithmeticError::DivisionByZero);
        }
        self.checked_mul(Ratio {
            num: other.den,
            den: other.num,
        })
    }

    /// The smallest whole number not below the value.
    pub fn ceil(self) -> u128 {
        self.num.div_ceil(self.den)
    }

    /// The largest whole number not above the value.
    pub fn floor(self) -> u128 {
        self.num / self.den
    }

    /// The nearest whole number, halves rounded up. Total: it never overflows.
    pub fn round(self) -> u128 {
        let (whole, rest) = (self.num / self.den, self.num % self.den);
        // rest ≥ den − rest  ⇔  rest / den ≥ ½, without forming 2 × rest.
        whole + u128::from(rest > 0 && rest >= self.den - rest)
    }

    /// The value × 10^digits rounded half up to a whole number: the exact input a formatter
    /// needs to print `digits` decimals.
    pub fn round_scaled(self, digits: u32) -> Result<u128, ArithmeticError> {
        let power = 10u128
            .checked_pow(digits)
            .ok_or(ArithmeticError::Overflow)?;
        Ok(self.checked_mul(Ratio::integer(power))?.round())
    }

    /// The value rounded half up to `digits` decimals, as an exact fraction.
    pub fn rounded_to(self, digits: u32) -> Checked {
        let scaled = self.round_scaled(digits)?;
        reduced(scaled, 10u128.pow(digits))
    }

    /// Whether the value is a whole number.
    pub fn is_integer(self) -> bool {
        self.den == 1
    }
}

fn reduced(num: u128, den: u128) -> Checked {
    Ratio::new(num, den).ok_or(ArithmeticError::DivisionByZero)
}

impl PartialEq for Ratio {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ratio {}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    /// Exact for any values: compares whole parts, then the reciprocals of the remainders
    /// (a continued-fraction walk), so no product can overflow.
    fn cmp(&self, other: &Self) -> Ordering {
        let (mut a, mut b) = ((self.num, self.den), (other.num, other.den));
        let mut flipped = false;
        loop {
            let (qa, ra) = (a.0 / a.1, a.0 % a.1);
            let (qb, rb) = (b.0 / b.1, b.0 % b.1);
            let order = match (qa.cmp(&qb), ra == 0, rb == 0) {
                (Ordering::Equal, true, true) => Ordering::Equal,
                (Ordering::Equal, true, false) => Ordering::Less,
                (Ordering::Equal, false, true) => Ordering::Greater,
                (Ordering::Equal, false, false) => {
                    // ra/a.1 < rb/b.1  ⇔  a.1/ra > b.1/rb: compare reciprocals, reversed.
                    (a, b) = ((a.1, ra), (b.1, rb));
                    flipped = !flipped;
                    continue;
                }
                (order, _, _) => order,
            };
            return if flipped { order.reverse() } else { order };
        }
    }
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(num: u128, den: u128) -> Ratio {
        Ratio::new(num, den).unwrap()
    }

    #[test]
    fn keeps_lowest_terms_and_compares_exactly() {
        let a = r(10, 4);
        assert_eq!((a.numerator(), a.denominator()), (5, 2));
        assert_eq!(a, r(5, 2));
        assert!(r(1, 3) < r(34, 100));
        assert!(Ratio::new(1, 0).is_none());
        let huge = r(u128::MAX, u128::MAX - 1);
        assert!(huge > Ratio::integer(1));
        assert!(r(u128::MAX - 2, u128::MAX - 1) < Ratio::integer(1));
        assert_eq!(huge.cmp(&huge), Ordering::Equal);
    }

    #[test]
    fn ceil_floor_and_rounding_are_exact() {
        assert_eq!(r(100, 1).ceil(), 100);
        assert_eq!(r(201, 2).ceil(), 101);
        assert_eq!(r(201, 2).floor(), 100);
        assert_eq!(Ratio::ZERO.ceil(), 0);
        // 2/3 to two decimals is 0.67; 1/8 to two decimals rounds half up to 0.13.
        assert_eq!(r(2, 3).round_scaled(2), Ok(67));
        assert_eq!(r(1, 8).round_scaled(2), Ok(13));
        assert_eq!(r(1, 8).rounded_to(2), Ok(r(13, 100)));
        assert_eq!(r(1, 2).round(), 1);
        assert_eq!(r(1, 3).round(), 0);
        assert_eq!(Ratio::integer(u128::MAX).round(), u128::MAX);
        assert_eq!(r(u128::MAX, 2).round(), u128::MAX / 2 + 1);
    }

    #[test]
    fn arithmetic_is_exact_and_checked() {
        assert_eq!(r(1, 6).checked_add(r(1, 3)), Ok(r(1, 2)));
        assert_eq!(r(1, 2).checked_sub(r(1, 3)), Ok(r(1, 6)));
        assert_eq!(r(1, 3).checked_sub(r(1, 2)), Err(ArithmeticError::Negative));
        assert_eq!(r(2, 3).checked_mul(r(9, 4)), Ok(r(3, 2)));
        assert_eq!(r(2, 3).checked_div(r(4, 9)), Ok(r(3, 2)));
        assert_eq!(
            r(2, 3).checked_div(Ratio::ZERO),
            Err(ArithmeticError::DivisionByZero)
        );
        let big = Ratio::integer(10u128.pow(30));
        assert_eq!(big.checked_mul(r(10u128.pow(6), 10u128.pow(6))), Ok(big));
        assert_eq!(
            big.checked_mul(big),
            Err(ArithmeticError::Overflow),
            "never wraps or saturates"
        );
        assert_eq!(
            Ratio::integer(u128::MAX).checked_add(Ratio::ONE),
            Err(ArithmeticError::Overflow)
        );
        assert_eq!(
            r(1, u128::MAX).checked_add(r(1, u128::MAX - 1)),
            Err(ArithmeticError::Overflow)
        );
        assert_eq!(
            Ratio::integer(u128::MAX).round_scaled(2),
            Err(ArithmeticError::Overflow)
        );
    }
}
