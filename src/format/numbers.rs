//! Numbers, money, percentages and months, written in a [`Locale`]'s style, from exact values.

use super::locale::Locale;
use crate::engine::{decimal_digits, Decimal, Ratio, Unit, YearMonth, DECIMAL_DIGITS};

impl Locale {
    /// A whole count with group separators: `1,234`.
    pub fn count(&self, n: u128) -> String {
        let digits = decimal_digits(n, 1);
        let group = self.style().group;
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(group);
            }
            out.push(c);
        }
        out
    }

    /// `value` rounded half up to exactly `digits` decimals: `12.50`. A value too large to
    /// carry that many decimals (beyond 10^34) is written as the nearest whole number.
    pub fn fixed(&self, value: Ratio, digits: u32) -> String {
        match value.round_scaled(digits) {
            Ok(scaled) => self.scaled(scaled, digits),
            Err(_) => self.count(value.round()),
        }
    }

    /// A whole number of 10^-digits units, written with `digits` decimals: 1250, 2 → `12.50`.
    fn scaled(&self, scaled: u128, digits: u32) -> String {
        let unit = 10u128.pow(digits);
        let whole = self.count(scaled / unit);
        if digits == 0 {
            return whole;
        }
        let mut out = whole;
        out.push(self.style().decimal);
        out.push_str(&decimal_digits(scaled % unit, digits as usize));
        out
    }

    /// `value` with at most `digits` decimals and no trailing zeros: `12.5`, `50`.
    pub fn number(&self, value: Ratio, digits: u32) -> String {
        self.trim_zeros(self.fixed(value, digits))
    }

    /// A count that need not be whole (customers needed): two decimals, or four when two would
    /// show a count above zero as 0 (`0.0025` customers, not `0`).
    pub fn fraction(&self, value: Ratio) -> String {
        let hidden = !value.is_zero() && value.rounded_to(2) == Ok(Ratio::ZERO);
        self.number(value, if hidden { 4 } else { 2 })
    }

    /// `12.50` → `12.5`, `50.00` → `50`; text without a decimal mark is left alone.
    fn trim_zeros(&self, text: String) -> String {
        let decimal = self.style().decimal;
        if !text.contains(decimal) {
            return text;
        }
        text.trim_end_matches('0')
            .trim_end_matches(decimal)
            .to_string()
    }

    /// An amount of money with its currency sign and two decimals: `$5,000.00`, `5.000,00 €`.
    pub fn money(&self, value: Ratio) -> String {
        // An amount under half a cent is not nothing: "less than $0.01", never "$0.00".
        if !value.is_zero() && value.rounded_to(2) == Ok(Ratio::ZERO) {
            return self.language.less_than(&self.money(Ratio::over::<100>(1)));
        }
        let amount = self.fixed(value, DECIMAL_DIGITS);
        let sign = self.currency.symbol();
        match (
            self.number_format.currency_after(),
            sign.chars().count() > 1,
        ) {
            (true, _) => format!("{amount}\u{a0}{sign}"),
            (false, true) => format!("{sign}\u{a0}{amount}"),
            (false, false) => format!("{sign}{amount}"),
        }
    }

    /// A fraction written as a percentage with at most two decimals: 1/2 → `50 %`.
    pub fn percent(&self, fraction: Ratio) -> String {
        format!("{}\u{a0}%", self.percent_number(fraction))
    }

    /// The number of a percentage, at most two decimals: 1/2 → `50`.
    pub fn percent_number(&self, fraction: Ratio) -> String {
        // The fraction × 10^4 is the percentage in hundredths.
        let hundredths = fraction.round_scaled(DECIMAL_DIGITS + 2);
        let text = match hundredths {
            Ok(h) => self.scaled(h, DECIMAL_DIGITS),
            Err(_) => self.count(fraction.round()),
        };
        self.trim_zeros(text)
    }

    /// A value of the given unit, written for reading: `$5,000.00`, `50 %`, `3 months`.
    pub fn quantity(&self, value: Decimal, unit: Unit) -> String {
        match unit {
            Unit::Money => self.money(value.to_ratio()),
            Unit::Percent => self.percent(value.per_cent()),
            Unit::Months => self.language.months(value.whole_part()),
        }
    }

    /// A field's text for a value, as a person would type it: `5,000`, `12.5`.
    pub fn input_text(&self, value: Decimal) -> String {
        self.number(value.to_ratio(), DECIMAL_DIGITS)
    }

    /// `March 2026`.
    pub fn month(&self, month: YearMonth) -> String {
        format!(
            "{} {}",
            self.language.month_name(month.month()),
            month.year()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{Currency, NumberFormat};

    fn locale(currency: Currency, number_format: NumberFormat) -> Locale {
        Locale {
            currency,
            number_format,
            ..Locale::default()
        }
    }

    #[test]
    fn amounts_under_half_a_cent_never_show_as_zero() {
        let l = Locale::default();
        let r = |n, d| Ratio::new(n, d).unwrap();
        assert_eq!(l.money(r(1, 1_000_000)), "less than $0.01");
        assert_eq!(l.money(r(1, 200)), "$0.01");
        assert_eq!(l.money(Ratio::ZERO), "$0.00");
    }

    #[test]
    fn fractions_of_a_customer_never_show_as_zero() {
        let l = Locale::default();
        let r = |n, d| Ratio::new(n, d).unwrap();
        assert_eq!(l.fraction(r(1, 400)), "0.0025");
        assert_eq!(l.fraction(r(1, 40)), "0.03");
        assert_eq!(l.fraction(Ratio::integer(50)), "50");
        assert_eq!(l.fraction(Ratio::ZERO), "0");
    }

    #[test]
    fn writes_money_in_each_style() {
        let value = Ratio::new(1_250_000, 100).unwrap();
        let us = locale(Currency::Usd, NumberFormat::CommaDot);
        let it = locale(Currency::Eur, NumberFormat::DotComma);
        let fr = locale(Currency::Eur, NumberFormat::SpaceComma);
        let ch = locale(Currency::Chf, NumberFormat::CommaDot);
        assert_eq!(us.money(value), "$12,500.00");
        assert_eq!(it.money(value), "12.500,00\u{a0}€");
        assert_eq!(fr.money(value), "12\u{a0}500,00\u{a0}€");
        assert_eq!(ch.money(value), "CHF\u{a0}12,500.00");
        assert_eq!(
            locale(Currency::Gbp, NumberFormat::CommaDot).money(value),
            "£12,500.00"
        );
        assert_eq!(
            locale(Currency::Eur, NumberFormat::CommaDot).money(value),
            "€12,500.00"
        );
        assert_eq!(us.money(Ratio::new(2, 3).unwrap()), "$0.67");
    }

    #[test]
    fn groups_and_trims_numbers() {
        let us = Locale::default();
        assert_eq!(us.count(0), "0");
        assert_eq!(us.count(999), "999");
        assert_eq!(us.count(1_000), "1,000");
        assert_eq!(us.count(1_234_567), "1,234,567");
        assert_eq!(us.number(Ratio::new(25, 2).unwrap(), 2), "12.5");
        assert_eq!(us.number(Ratio::integer(50), 2), "50");
        assert_eq!(us.number(Ratio::new(100, 3).unwrap(), 1), "33.3");
        assert_eq!(us.input_text(Decimal::whole(5_000)), "5,000");
        assert_eq!(us.percent(Decimal::whole(50).per_cent()), "50\u{a0}%");
        assert_eq!(us.percent(Ratio::new(1, 3).unwrap()), "33.33\u{a0}%");
        assert_eq!(us.percent(Ratio::new(1, 8).unwrap()), "12.5\u{a0}%");
    }

    #[test]
    fn input_text_parses_back_in_every_format() {
        for number_format in NumberFormat::ALL {
            let l = locale(Currency::Eur, number_format);
            for h in [0, 5, 50, 123_456, 123_456_789_012] {
                let d = Decimal::from_hundredths(h);
                assert_eq!(Decimal::parse(&l.input_text(d), l.style()), Ok(d));
            }
        }
    }

    #[test]
    fn names_months() {
        let us = Locale::default();
        assert_eq!(us.month(YearMonth::new(2026, 3).unwrap()), "March 2026");
    }
}
