//! Exact decimal inputs: what people type, parsed without floating point.

use std::fmt;

use super::ratio::Ratio;

/// A non-negative decimal with two fraction digits, stored as a whole number of hundredths
/// (cents of a currency, hundredths of a percent, hundredths of a month).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Decimal(u128);

/// Fraction digits a [`Decimal`] holds.
pub const DECIMAL_DIGITS: u32 = 2;
const SCALE: u128 = 100;

impl Decimal {
    pub const ZERO: Decimal = Decimal(0);

    pub const fn from_hundredths(hundredths: u128) -> Decimal {
        Decimal(hundredths)
    }

    pub const fn whole(units: u128) -> Decimal {
        Decimal(units * SCALE)
    }

    pub fn hundredths(self) -> u128 {
        self.0
    }

    /// The whole part; exact for values that passed a whole-number rule.
    pub fn whole_part(self) -> u128 {
        self.0 / SCALE
    }

    pub fn is_whole(self) -> bool {
        self.0.is_multiple_of(SCALE)
    }

    /// The exact value.
    pub fn to_ratio(self) -> Ratio {
        Ratio::over::<SCALE>(self.0)
    }

    /// The exact value of this many percent, as a fraction: 50 → 1/2.
    pub fn per_cent(self) -> Ratio {
        Ratio::over::<{ SCALE * 100 }>(self.0)
    }

    /// Locale-free text (`12500.5`), used in stored records; read back with [`Decimal::parse`]
    /// and [`NumberStyle::CANONICAL`].
    pub fn canonical(self) -> String {
        self.to_string()
    }

    /// Parse what a person typed, in the given number style.
    ///
    /// Accepts group separators in the right places (`12,500`), a leading `+`, a currency sign
    /// or `%` before or after, and surrounding spaces. More than two decimals is an error, even
    /// when they are zeros: `12.500` is most likely twelve thousand five hundred typed in
    /// another number format, and reading it as 12.5 would silently shrink the plan 1000-fold.
    pub fn parse(text: &str, style: NumberStyle) -> Result<Decimal, NumberError> {
        let text = strip_affixes(text);
        if text.is_empty() {
            return Err(NumberError::Empty);
        }
        if text.starts_with(['-', '\u{2212}']) {
            return Err(NumberError::Negative);
        }
        let text = text.strip_prefix('+').unwrap_or(text);
        let (int_text, frac_text) = match text.split_once(style.decimal) {
            Some((i, f)) => (i, f),
            None => (text, ""),
        };
        let int_digits = group_digits(int_text, style).ok_or(NumberError::NotANumber)?;
        if !frac_text.chars().all(|c| c.is_ascii_digit()) {
            return Err(NumberError::NotANumber);
        }
        if int_digits.is_empty() && frac_text.is_empty() {
            return Err(NumberError::NotANumber);
        }
        if frac_text.len() > DECIMAL_DIGITS as usize {
            return Err(NumberError::TooManyDecimals);
        }
        let frac = frac_text;
        let int_digits = int_digits.trim_start_matches('0');
        // 10^30 hundredths is far above every field's maximum and far below u128::MAX.
        if int_digits.len() > 28 {
            return Err(NumberError::TooLarge);
        }
        let whole = digits_value(int_digits);
        let frac_value = digits_value(frac) * 10u128.pow(DECIMAL_DIGITS - frac.len() as u32);
        Ok(Decimal(whole * SCALE + frac_value))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, frac) = (self.0 / SCALE, self.0 % SCALE);
        f.write_str(&decimal_digits(whole, 1))?;
        match frac {
            0 => Ok(()),
            _ if frac % 10 == 0 => write!(f, ".{}", decimal_digits(frac / 10, 1)),
            _ => write!(f, ".{}", decimal_digits(frac, 2)),
        }
    }
}

/// `n` in decimal digits, zero-padded to at least `width`. Written out here because std's
/// 128-bit integer formatting costs about 1 KB of wasm.
pub fn decimal_digits(mut n: u128, width: usize) -> String {
    let mut reversed = Vec::with_capacity(40);
    loop {
        reversed.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 && reversed.len() >= width {
            break;
        }
    }
    reversed.iter().rev().map(|&d| char::from(d)).collect()
}

/// Currency signs and codes that may stand before or after an amount (a code before the sign
/// it begins with: `US$` is tried before `$`). Typed fields and imported cells read the same.
pub(super) const CURRENCY: [&str; 10] =
    ["USD", "EUR", "GBP", "CHF", "US$", "$", "€", "£", "¥", "Fr."];

/// What the signs around a number say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Affix {
    None,
    Money,
    Percent,
}

/// The text without surrounding spaces and at most one sign at each end.
fn strip_affixes(text: &str) -> &str {
    affixes(text).0
}

/// The text without its signs (a currency or `%`, at most one at each end), and what they say
/// it is (the last one found).
pub fn affixes(text: &str) -> (&str, Affix) {
    let mut found = Affix::None;
    let mut text = text.trim();
    for end in [true, false] {
        let strip = |sign: &str| match end {
            true => text.strip_prefix(sign),
            false => text.strip_suffix(sign),
        };
        let stripped = match CURRENCY.iter().find_map(|sign| strip(sign)) {
            Some(rest) => Some((rest, Affix::Money)),
            None => strip("%").map(|rest| (rest, Affix::Percent)),
        };
        if let Some((rest, affix)) = stripped {
            found = affix;
            text = rest.trim();
        }
    }
    (text, found)
}

/// How a locale writes numbers: the decimal mark and the mark between groups of three digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    pub decimal: char,
    pub group: char,
}

impl NumberStyle {
    /// The locale-free style of stored records.
    pub const CANONICAL: NumberStyle = NumberStyle {
        decimal: '.',
        group: ',',
    };
}

/// Why typed text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing was typed.
    Empty,
    /// Not a number in the current number style.
    NotANumber,
    /// A minus sign: no input may be negative.
    Negative,
    /// More than two non-zero decimals.
    TooManyDecimals,
    /// More digits than any field could accept.
    TooLarge,
}

/// The digits of an integer part, with group separators checked (`1,234,567`, not `12,34`
/// nor `0,500`).
/// Spaces (plain, no-break, narrow no-break) and apostrophes (`250'000`) are accepted as group
/// separators in every style; with a comma for groups, so is Indian grouping (`12,50,000`).
fn group_digits(text: &str, style: NumberStyle) -> Option<String> {
    let is_group =
        |c: char| c == style.group || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '\u{2019}');
    let groups: Vec<&str> = text.split(is_group).collect();
    let digits = |g: &&str| g.chars().all(|c| c.is_ascii_digit());
    let ok = match groups.as_slice() {
        [only] => digits(only),
        [first, middle @ .., last] => {
            let thousands = middle.iter().all(|g| g.len() == 3);
            // Lakhs and crores: pairs of digits before the last three.
            let indian = style.group == ',' && middle.iter().all(|g| g.len() == 2);
            (1..=3).contains(&first.len())
                && !first.starts_with('0')
                && groups.iter().all(digits)
                && last.len() == 3
                && (thousands || (indian && first.len() <= 2))
        }
        [] => false,
    };
    ok.then(|| groups.concat())
}

fn digits_value(digits: &str) -> u128 {
    digits
        .bytes()
        .fold(0u128, |acc, b| acc * 10 + u128::from(b - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: NumberStyle = NumberStyle::CANONICAL;
    const IT: NumberStyle = NumberStyle {
        decimal: ',',
        group: '.',
    };

    fn parse(text: &str, style: NumberStyle) -> Result<u128, NumberError> {
        Decimal::parse(text, style).map(Decimal::hundredths)
    }

    #[test]
    fn accepts_grouped_and_plain_numbers() {
        assert_eq!(parse("12,500", EN), Ok(1_250_000));
        assert_eq!(parse("12500", EN), Ok(1_250_000));
        assert_eq!(parse(" $12,500.50 ", EN), Ok(1_250_050));
        assert_eq!(parse("12.500,00 €", IT), Ok(1_250_000));
        assert_eq!(parse("12 500,5", IT), Ok(1_250_050));
        assert_eq!(parse("0.5", EN), Ok(50));
        assert_eq!(parse(".5", EN), Ok(50));
        assert_eq!(parse("+7", EN), Ok(700));
        assert_eq!(parse("50%", EN), Ok(5_000));
        assert_eq!(parse("CHF 12,500.00", EN), Ok(1_250_000));
        assert_eq!(parse("12.50", EN), Ok(1_250));
    }

    #[test]
    fn rejects_what_is_not_a_plain_number() {
        assert_eq!(parse("", EN), Err(NumberError::Empty));
        assert_eq!(parse("  $ ", EN), Err(NumberError::Empty));
        assert_eq!(parse("-5", EN), Err(NumberError::Negative));
        assert_eq!(parse("abc", EN), Err(NumberError::NotANumber));
        assert_eq!(parse("12,50", EN), Err(NumberError::NotANumber));
        assert_eq!(parse("1.2.3", EN), Err(NumberError::NotANumber));
        assert_eq!(parse("12.500,00", EN), Err(NumberError::NotANumber));
        assert_eq!(parse("1e5", EN), Err(NumberError::NotANumber));
        assert_eq!(parse("NaN", EN), Err(NumberError::NotANumber));
        assert_eq!(parse(".", EN), Err(NumberError::NotANumber));
        assert_eq!(parse("1.234", EN), Err(NumberError::TooManyDecimals));
        // Another format's grouping is refused, never read as a small number.
        assert_eq!(parse("12.500", EN), Err(NumberError::TooManyDecimals));
        assert_eq!(parse("12,500", IT), Err(NumberError::TooManyDecimals));
        assert_eq!(parse("0,500", EN), Err(NumberError::NotANumber));
        assert_eq!(parse("$$5", EN), Err(NumberError::NotANumber));
        assert_eq!(parse(&"9".repeat(40), EN), Err(NumberError::TooLarge));
    }

    #[test]
    fn canonical_text_round_trips() {
        for h in [0, 1, 10, 99, 100, 1_250_050, 123_456_789_012_345] {
            let d = Decimal::from_hundredths(h);
            assert_eq!(
                Decimal::parse(&d.canonical(), NumberStyle::CANONICAL),
                Ok(d)
            );
        }
        assert_eq!(Decimal::from_hundredths(1_250_050).canonical(), "12500.5");
        assert_eq!(Decimal::from_hundredths(1_250_005).canonical(), "12500.05");
    }

    // proptest is a dev-dependency of native builds only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn digits_are_std_formatting(n in proptest::prop_oneof![0..1000u128, proptest::prelude::any::<u128>()], width in 0usize..45) {
            proptest::prop_assert_eq!(decimal_digits(n, width), format!("{n:0width$}"));
            proptest::prop_assert_eq!(decimal_digits(n, 1), n.to_string());
        }
    }
}
