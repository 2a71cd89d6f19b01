//! JSON text for the stored records: written from their serde types by our own small writer
//! (`json_write`), read into a tree of values by our own small parser (`json_read`) that each
//! record's reader walks. The same on every target, so the native record tests read and write
//! exactly as the app does.

use serde::Serialize;

pub use super::json_read::Value;

/// The JSON text of a record; `None` if it holds a value no record may (it never does).
pub fn to_text<T: Serialize>(value: &T) -> Option<String> {
    super::json_write::to_string(value).ok()
}

/// The JSON value in `text`; `None` for text that is not JSON.
pub fn read(text: &str) -> Option<Value> {
    super::json_read::parse(text).ok()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Serialize, Debug, PartialEq)]
    struct Sample {
        text: String,
        count: u64,
        flag: bool,
        maybe: Option<u32>,
        list: Vec<Inner>,
    }

    #[derive(Serialize, Debug, PartialEq)]
    struct Inner {
        month: String,
    }

    /// A sample read the way the records are read.
    fn from_text(text: &str) -> Option<Sample> {
        let v = read(text)?;
        Some(Sample {
            text: v.string("text")?,
            count: v.field("count")?.whole()?,
            flag: v.field("flag")?.flag()?,
            maybe: v.optional("maybe", Value::whole_u32)?,
            list: v
                .field("list")?
                .items()?
                .iter()
                .map(|i| {
                    Some(Inner {
                        month: i.string("month")?,
                    })
                })
                .collect::<Option<_>>()?,
        })
    }

    fn sample(text: &str) -> Sample {
        Sample {
            text: text.into(),
            count: u64::MAX,
            flag: true,
            maybe: None,
            list: vec![Inner {
                month: "2026-02".into(),
            }],
        }
    }

    #[test]
    fn records_round_trip_with_every_escape() {
        let value = sample("quote \" backslash \\ tab \t line \n nul \u{0} é € 😀");
        let text = to_text(&value).unwrap();
        assert_eq!(from_text(&text), Some(value));
    }

    #[test]
    fn standard_json_is_read_as_written_by_browsers() {
        let text = r#" { "count" : 7 , "flag":false, "maybe": 3, "extra": [1, {"a": null}, -2.5e3],
            "list": [], "text": "\u00e9\ud83d\ude00\/" } "#;
        let value = from_text(text).unwrap();
        assert_eq!(value.text, "é😀/");
        assert_eq!((value.count, value.flag, value.maybe), (7, false, Some(3)));
    }

    #[test]
    fn what_browsers_accept_is_read_as_they_read_it() {
        // Lone surrogates become U+FFFD; a pair is one character.
        let text =
            r#"{"text":"a\ud800b\udc00c\ud83d\ude00\ud800\u0041","count":1,"flag":true,"list":[]}"#;
        assert_eq!(
            from_text(text).unwrap().text,
            "a\u{fffd}b\u{fffd}c😀\u{fffd}A"
        );
        // A record nested far deeper than ours, with fractions, still gives its schema.
        let deep = format!(
            r#"{{"schema":9,"x":{}1.5e3{}}}"#,
            "[".repeat(100),
            "]".repeat(100)
        );
        assert_eq!(
            read(&deep).and_then(|v| v.field("schema")?.whole()),
            Some(9)
        );
    }

    #[test]
    fn bad_text_is_unreadable_not_a_panic() {
        for text in [
            "",
            "{",
            r#"{"text":"a""#,
            r#"{"text": 1}"#,
            r#"{"text":"a","count":-1,"flag":true,"list":[]}"#,
            r#"{"text":"a","count":1.5,"flag":true,"list":[]}"#,
            r#"{"text":"a","count":1,"flag":true,"list":[]} x"#,
            // A field given twice has no one value, as serde's readers had it.
            r#"{"text":"a","text":"b","count":1,"flag":true,"list":[]}"#,
            r#"{"text":"a","count":1,"flag":true,"maybe":1,"maybe":null,"list":[]}"#,
        ] {
            assert_eq!(from_text(text), None, "{text}");
        }
        // Fields no reader asks for are ignored, given twice or not.
        let extra = r#"{"x":1,"x":2,"text":"a","count":1,"flag":true,"list":[]}"#;
        assert_eq!(from_text(extra).map(|s| s.text), Some("a".to_string()));
        let deep = "[".repeat(100_000);
        assert_eq!(read(&deep), None);
    }

    proptest! {
        #[test]
        fn any_text_round_trips(text in "\\PC*", count in any::<u64>()) {
            let value = Sample { count, ..sample(&text) };
            prop_assert_eq!(from_text(&to_text(&value).unwrap()), Some(value));
        }

        #[test]
        fn no_text_makes_the_reader_panic(text in "[\\[\\]{}\":,0-9a-z\\\\ .-]{0,200}") {
            let _ = from_text(&text);
        }
    }
}
