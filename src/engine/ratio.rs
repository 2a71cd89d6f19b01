//! Exact non-negative fractions: every derived figure is one, so a rounded quota can never be
//! moved by floating-point error.

use std::cmp::Ordering;

/// An exact non-negative fraction `num / den`, kept in lowest terms.
///
/// Engine inputs are bounded (see [`crate::engine::NumericInput::max`]) so that every product
/// formed in the engine stays far below `u128::MAX`.
#[derive(Clone, Copy, Debug)]
pub struct Ratio {
    num: u128,
    den: u128,
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

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

    pub fn integer(n: u128) -> Ratio {
        Ratio { num: n, den: 1 }
    }

    pub fn numerator(self) -> u128 {
        self.num
    }

    pub fn denominator(self) -> u128 {
        self.den
    }

    /// The smallest whole number not below the value.
    pub fn ceil(self) -> u128 {
        self.num.div_ceil(self.den)
    }

    /// `self × mul ÷ div`, exactly; `None` when `div` is zero.
    pub fn scale(self, mul: u128, div: u128) -> Option<Ratio> {
        // Cancel before multiplying so intermediate products stay small.
        let g1 = gcd(self.num, div.max(1));
        let g2 = gcd(mul, self.den);
        let (num, d1) = (self.num / g1, div / g1);
        let (mul, den) = (mul / g2, self.den / g2);
        Ratio::new(num.checked_mul(mul)?, den.checked_mul(d1)?)
    }

    /// The value × 10^digits, rounded half up to a whole number: the exact input a formatter
    /// needs to print `digits` decimals.
    pub fn round_scaled(self, digits: u32) -> u128 {
        let scaled = self.num.saturating_mul(10u128.pow(digits));
        scaled.saturating_add(self.den / 2) / self.den
    }

    /// Whether the value is a whole number.
    pub fn is_integer(self) -> bool {
        self.den == 1
    }
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

    #[test]
    fn keeps_lowest_terms_and_compares_exactly() {
        let a = Ratio::new(10, 4).unwrap();
        assert_eq!((a.numerator(), a.denominator()), (5, 2));
        assert_eq!(a, Ratio::new(5, 2).unwrap());
        assert!(Ratio::new(1, 3).unwrap() < Ratio::new(34, 100).unwrap());
        assert!(Ratio::new(1, 0).is_none());
        let huge = Ratio::new(u128::MAX, u128::MAX - 1).unwrap();
        assert!(huge > Ratio::integer(1));
        assert!(Ratio::new(u128::MAX - 2, u128::MAX - 1).unwrap() < Ratio::integer(1));
        assert_eq!(huge.cmp(&huge), Ordering::Equal);
    }

    #[test]
    fn ceil_and_rounding_are_exact() {
        assert_eq!(Ratio::new(100, 1).unwrap().ceil(), 100);
        assert_eq!(Ratio::new(201, 2).unwrap().ceil(), 101);
        assert_eq!(Ratio::ZERO.ceil(), 0);
        // 2/3 to two decimals is 0.67; 1/8 to two decimals rounds half up to 0.13.
        assert_eq!(Ratio::new(2, 3).unwrap().round_scaled(2), 67);
        assert_eq!(Ratio::new(1, 8).unwrap().round_scaled(2), 13);
    }

    #[test]
    fn scale_cancels_before_multiplying() {
        let big = Ratio::integer(10u128.pow(30));
        let r = big.scale(10u128.pow(6), 10u128.pow(6)).unwrap();
        assert_eq!(r, big);
        assert!(Ratio::integer(1).scale(1, 0).is_none());
    }
}
