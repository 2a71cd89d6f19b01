//! The one place where numbers, money, months and user-visible text are written for people.
//! A new currency, number format or language is a change here and nowhere else.

mod agreement;
mod compare;
mod csv;
mod glossary;
mod locale;
mod messages;
mod numbers;
mod text;

pub use compare::{Column, Row};
pub use locale::{Currency, Locale, NumberFormat};
pub use messages::RecordOf;
pub use text::{Language, Text};
