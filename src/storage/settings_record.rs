//! The stored settings record, schema 2: the person's currency, number format and language,
//! kept apart from the plan so that opening another plan never changes how numbers look.

use serde::Serialize;

use super::document::{pick, schema_of, DecodeError, Document, Record, Stored};
use super::{json, v1};
use crate::format::{Currency, Language, Locale, NumberFormat};

/// The schema this build writes for settings (the plan's has its own number).
const SCHEMA: u32 = 2;

#[derive(Serialize)]
struct SettingsV2 {
    schema: u32,
    revision: u64,
    currency: String,
    number_format: String,
    language: String,
}

impl Record for Locale {
    fn encode(&self, revision: u64) -> String {
        let record = SettingsV2 {
            schema: SCHEMA,
            revision,
            currency: self.currency.code().into(),
            number_format: self.number_format.code().into(),
            language: self.language.code().into(),
        };
        json::to_text(&record).unwrap_or_default()
    }

    fn decode(text: &str) -> Result<Stored<Locale>, DecodeError> {
        match schema_of(text) {
            Some(SCHEMA) => (|| {
                let r = json::read(text)?;
                let code = |name: &str| r.field(name)?.text();
                let doc = Locale {
                    currency: Currency::from_code(code("currency")?)?,
                    number_format: NumberFormat::from_code(code("number_format")?)?,
                    language: Language::from_code(code("language")?)?,
                };
                Some(Stored {
                    doc,
                    revision: r.field("revision")?.whole()?,
                })
            })()
            .ok_or(DecodeError::Unreadable),
            Some(newer) if newer > SCHEMA => Err(DecodeError::NewerSchema(newer)),
            _ => Err(DecodeError::Unreadable),
        }
    }

    fn from_legacy(text: &str) -> Option<Locale> {
        v1::settings(text)
    }
}

impl Document for Locale {
    fn merge(base: &Locale, ours: &Locale, theirs: &Locale) -> Locale {
        Locale {
            currency: pick(&base.currency, &ours.currency, &theirs.currency),
            number_format: pick(
                &base.number_format,
                &ours.number_format,
                &theirs.number_format,
            ),
            language: pick(&base.language, &ours.language, &theirs.language),
        }
    }
}
