//! Every decoder of outside text never panics, on arbitrary text and on mangled copies of real
//! records and files: 10^5 cases each in CI. A longer run: `FUZZ_CASES=10000000 cargo test
//! --release --test decoders_fuzz`. (Share links: `tests/share_link.rs`.) An input that ever
//! makes one panic is to be kept here as a plain test (none has yet).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sla_planner::engine::{detect_delimiter, import_history, read_records, NumberStyle, YearMonth};
use sla_planner::format::Locale;
use sla_planner::storage::{read_library_file, PlanDoc, Record, Scenario};

mod support;

const RECORDS: [&str; 7] = [
    include_str!("fixtures/plan-v1.json"),
    include_str!("fixtures/plan-v2.json"),
    include_str!("fixtures/plan-v3.json"),
    include_str!("fixtures/settings-v2.json"),
    include_str!("fixtures/scenario-v2.json"),
    include_str!("fixtures/scenario-v3.json"),
    include_str!("fixtures/library-v1.json"),
];

const HISTORY_CSV: &str = "\u{feff}Month;Qualified leads;Customers;Revenue;MQLs\r\n\
    2025-01;120;30;\"3.012,50\";400\r\n\
    Feb 2025;0;0;0;\r\n\
    2025-03;=1+1;-3;12,5;x\r\n";

fn decode_every_record(text: &str) {
    let _ = PlanDoc::decode(text);
    let _ = Scenario::decode(text);
    let _ = Locale::decode(text);
    let _ = read_library_file(text);
}

fn read_every_table(text: &str) {
    let delimiter = detect_delimiter(text);
    let _ = read_records(text, delimiter, 10_000);
    for style in [
        NumberStyle::CANONICAL,
        NumberStyle {
            decimal: ',',
            group: '.',
        },
    ] {
        let _ = import_history(text, style, YearMonth::new(2026, 11).unwrap());
    }
}

/// `text` with the byte at `at` set to `byte` and cut to `keep` bytes, read leniently.
fn mangled(text: &str, at: usize, byte: u8, keep: usize) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let at = at % bytes.len();
    bytes[at] = byte;
    bytes.truncate(keep);
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(support::fuzz_cases()))]

    #[test]
    fn stored_records_decode_without_panicking(text in ".{0,120}|[{}\\[\\]\":,0-9a-z._ -]{0,120}") {
        decode_every_record(&text);
    }

    #[test]
    fn mangled_records_decode_without_panicking(which in 0..RECORDS.len(), at in 0usize..2000, byte in any::<u8>(), keep in 0usize..2000) {
        decode_every_record(&mangled(RECORDS[which], at, byte, keep));
    }

    #[test]
    fn tables_read_without_panicking(text in ".{0,120}|[;,\\t\"\\r\\n0-9A-Za-z. =+-]{0,120}") {
        read_every_table(&text);
    }

    #[test]
    fn mangled_tables_read_without_panicking(at in 0usize..200, byte in any::<u8>(), keep in 0usize..200) {
        read_every_table(&mangled(HISTORY_CSV, at, byte, keep));
    }
}
