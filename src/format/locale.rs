//! A person's formatting settings: their currency and how they write numbers.

use super::text::{Language, Text};
use crate::engine::NumberStyle;

/// The currency plans are written in. Amounts are never converted, only labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Currency {
    #[default]
    Usd,
    Eur,
    Gbp,
    Chf,
}

impl Currency {
    pub const ALL: [Currency; 4] = [Currency::Usd, Currency::Eur, Currency::Gbp, Currency::Chf];

    /// ISO 4217 code; also the stored form.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Chf => "CHF",
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Eur => "€",
            Currency::Gbp => "£",
            Currency::Chf => "CHF",
        }
    }
}

/// How numbers are written: `1,234.56`, `1.234,56` or `1 234,56`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum NumberFormat {
    #[default]
    CommaDot,
    DotComma,
    SpaceComma,
}

impl NumberFormat {
    pub const ALL: [NumberFormat; 3] = [
        NumberFormat::CommaDot,
        NumberFormat::DotComma,
        NumberFormat::SpaceComma,
    ];

    /// A stable id for stored records and form values; never shown (see [`Self::sample`]).
    pub fn code(self) -> &'static str {
        match self {
            NumberFormat::CommaDot => "comma-dot",
            NumberFormat::DotComma => "dot-comma",
            NumberFormat::SpaceComma => "space-comma",
        }
    }

    /// The format shown by example, as people pick it: `1,234.56`.
    pub fn sample(self) -> &'static str {
        match self {
            NumberFormat::CommaDot => "1,234.56",
            NumberFormat::DotComma => "1.234,56",
            NumberFormat::SpaceComma => "1 234,56",
        }
    }

    pub fn from_code(code: &str) -> Option<NumberFormat> {
        NumberFormat::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The separators people type in this format; what the engine parses with.
    pub fn style(self) -> NumberStyle {
        match self {
            NumberFormat::CommaDot => NumberStyle::CANONICAL,
            NumberFormat::DotComma => NumberStyle {
                decimal: ',',
                group: '.',
            },
            // A no-break space between groups keeps a number on one line.
            NumberFormat::SpaceComma => NumberStyle {
                decimal: ',',
                group: '\u{a0}',
            },
        }
    }

    /// Whether the currency sign follows the amount (`12.500,00 €`) or leads it (`$12,500.00`).
    pub fn currency_after(self) -> bool {
        self != NumberFormat::CommaDot
    }
}

/// Everything that decides how the app writes for one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Locale {
    pub currency: Currency,
    pub number_format: NumberFormat,
    pub language: Language,
}

impl Locale {
    pub fn style(&self) -> NumberStyle {
        self.number_format.style()
    }

    /// The fixed labels of the interface in this locale's language.
    pub fn text(&self) -> &'static Text {
        self.language.text()
    }

    /// `"1"` when the currency sign follows amounts, `""` when it leads them: for markup that
    /// places the sign beside a field.
    pub fn sign_after(&self) -> &'static str {
        match self.number_format.currency_after() {
            true => "1",
            false => "",
        }
    }
}
