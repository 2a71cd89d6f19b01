//! JSON text to and from the stored records' serde types: our own small reader and writer
//! (`json_read`, `json_write`), the same on every target, so the native record tests read and
//! write exactly as the app does.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The JSON text of a record; `None` if it holds a value no record may (it never does).
pub fn to_text<T: Serialize>(value: &T) -> Option<String> {
    super::json_write::to_string(value).ok()
}

/// The record a JSON text holds; `None` for text that is not JSON or not that record.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Option<T> {
    super::json_read::from_str(text).ok()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::Deserialize;

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Sample {
        text: String,
        count: u64,
        flag: bool,
        maybe: Option<u32>,
        list: Vec<Inner>,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Inner {
        month: String,
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
        assert_eq!(from_text::<Sample>(&text), Some(value));
    }

    #[test]
    fn standard_json_is_read_as_written_by_browsers() {
        let text = r#" { "count" : 7 , "flag":false, "maybe": 3, "extra": [1, {"a": null}, -2.5e3],
            "list": [], "text": "\u00e9\ud83d\ude00\/" } "#;
        let value: Sample = from_text(text).unwrap();
        assert_eq!(value.text, "é😀/");
        assert_eq!((value.count, value.flag, value.maybe), (7, false, Some(3)));
    }

    #[test]
    fn what_browsers_accept_is_read_as_they_read_it() {
        // Lone surrogates become U+FFFD; a pair is one character.
        let text =
            r#"{"text":"a\ud800b\udc00c\ud83d\ude00\ud800\u0041","count":1,"flag":true,"list":[]}"#;
        assert_eq!(
            from_text::<Sample>(text).unwrap().text,
            "a\u{fffd}b\u{fffd}c😀\u{fffd}A"
        );
        // A record nested far deeper than ours, with fractions, still gives its schema.
        let deep = format!(
            r#"{{"schema":9,"x":{}1.5e3{}}}"#,
            "[".repeat(100),
            "]".repeat(100)
        );
        #[derive(Deserialize)]
        struct Header {
            schema: u32,
        }
        assert_eq!(from_text::<Header>(&deep).map(|h| h.schema), Some(9));
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
        ] {
            assert_eq!(from_text::<Sample>(text), None, "{text}");
        }
        let deep = "[".repeat(100_000);
        assert_eq!(from_text::<Vec<u32>>(&deep), None);
    }

    proptest! {
        #[test]
        fn any_text_round_trips(text in "\\PC*", count in any::<u64>()) {
            let value = Sample { count, ..sample(&text) };
            prop_assert_eq!(from_text::<Sample>(&to_text(&value).unwrap()), Some(value));
        }

        #[test]
        fn no_text_makes_the_reader_panic(text in "[\\[\\]{}\":,0-9a-z\\\\ .-]{0,200}") {
            let _ = from_text::<Sample>(&text);
        }
    }
}
