//! History import: delimiters, quoting, number and month forms, problems by line and column,
//! and a fuzz-style check that no text makes it panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sla_planner::engine::{
    detect_delimiter, import_history, loose_month, loose_number, read_records, Column, Decimal,
    ImportError, NumberError, NumberStyle, RowError, RowProblem, YearMonth, MAX_ROWS,
};

const US: NumberStyle = NumberStyle {
    decimal: '.',
    group: ',',
};
const EU: NumberStyle = NumberStyle {
    decimal: ',',
    group: '.',
};

fn ym(y: i32, m: u8) -> YearMonth {
    YearMonth::new(y, m).unwrap()
}

fn cents(c: u128) -> Decimal {
    Decimal::from_hundredths(c)
}

#[test]
fn the_delimiter_is_the_one_that_splits_the_header() {
    assert_eq!(detect_delimiter("month,leads,customers,revenue\n"), b',');
    assert_eq!(detect_delimiter("month;leads;customers;revenue\r\n"), b';');
    assert_eq!(detect_delimiter("month\tleads\tcustomers\trevenue"), b'\t');
    // Commas inside quotes do not count.
    assert_eq!(detect_delimiter("\"a,b,c\";x;y\n"), b';');
    assert_eq!(detect_delimiter("\n\nmonth;leads\n"), b';');
}

#[test]
fn records_keep_quoted_fields_and_their_line_numbers() {
    let text = "month,revenue\r\n\r\n2025-01,\"$1,234.50\"\r\n2025-02,\"say \"\"hi\"\"\"\r\n2025-03,\"two\nlines\"\n2025-04,5";
    let records = read_records(text, b',', 100);
    let lines: Vec<usize> = records.iter().map(|r| r.line).collect();
    assert_eq!(lines, [1, 3, 4, 5, 7]);
    assert_eq!(records[1].fields, ["2025-01", "$1,234.50"]);
    assert_eq!(records[2].fields[1], "say \"hi\"");
    assert_eq!(records[3].fields[1], "two\nlines");
    assert_eq!(records[4].fields, ["2025-04", "5"]);
}

#[test]
fn lines_end_in_every_way_and_reading_stops_at_the_limit() {
    let text = "a\rb\r\nc\n\rd\r\re";
    let lines: Vec<usize> = read_records(text, b',', 100)
        .iter()
        .map(|r| r.line)
        .collect();
    assert_eq!(lines, [1, 2, 3, 5, 7]);
    assert_eq!(read_records(text, b',', 2).len(), 2);
}

#[test]
fn long_fields_and_many_fields_survive_small_buffers() {
    let long = "9".repeat(10_000);
    let many: Vec<String> = (0..200).map(|i| i.to_string()).collect();
    let text = format!("{long}\n{}\n", many.join(","));
    let records = read_records(&text, b',', 100);
    assert_eq!(records[0].fields, [long]);
    assert_eq!(records[1].fields, many);
}

#[test]
fn numbers_are_read_in_every_pasted_form() {
    let cases: [(&str, NumberStyle, u128); 15] = [
        ("1,250.00", US, 125_000),
        ("1.250,00", US, 125_000),
        ("1 250,00", US, 125_000),
        ("1\u{a0}250,00", US, 125_000),
        ("1\u{202f}250,00", EU, 125_000),
        ("$1,234.50", US, 123_450),
        ("€ 1.234,50", US, 123_450),
        ("1.234,50 €", EU, 123_450),
        ("USD 12,500", US, 1_250_000),
        ("250'000", US, 25_000_000),
        ("CHF 250’000.50", US, 25_000_050),
        ("1,250", US, 125_000),
        ("1.250", EU, 125_000),
        ("12,5", US, 1_250),
        ("42", EU, 4_200),
    ];
    for (text, style, hundredths) in cases {
        assert_eq!(loose_number(text, style), Ok(cents(hundredths)), "{text}");
    }
}

#[test]
fn bad_numbers_are_refused_with_a_reason() {
    assert_eq!(loose_number("-5", US), Err(NumberError::Negative));
    assert_eq!(loose_number("(5)", US), Err(NumberError::Negative));
    assert_eq!(loose_number("12,34,5", US), Err(NumberError::NotANumber));
    assert_eq!(loose_number("1.2.3", US), Err(NumberError::NotANumber));
    assert_eq!(loose_number("abc", US), Err(NumberError::NotANumber));
    assert_eq!(
        loose_number("1.2345", US),
        Err(NumberError::TooManyDecimals)
    );
    assert_eq!(loose_number("", US), Err(NumberError::Empty));
    // Three decimals in the person's own format: ambiguous, so refused, never shrunk.
    assert_eq!(loose_number("1,250", EU), Err(NumberError::TooManyDecimals));
}

#[test]
fn months_are_read_in_every_pasted_form() {
    for text in [
        "2025-02",
        "2025-02-01",
        "2025-02-28",
        "2025/02",
        "02/2025",
        "2/2025",
        "Feb 2025",
        "feb 2025",
        "February 2025",
        "Feb-2025",
        "Feb. 2025",
        " FEBRUARY  2025 ",
    ] {
        assert_eq!(loose_month(text), Some(ym(2025, 2)), "{text}");
    }
    assert_eq!(loose_month("Sept 2024"), Some(ym(2024, 9)));
    for text in [
        "2025-13",
        "13/2025",
        "Fe 2025",
        "Febx 2025",
        "2025",
        "",
        "1969-12",
    ] {
        assert_eq!(loose_month(text), None, "{text}");
    }
}

fn may_2026() -> YearMonth {
    ym(2026, 5)
}

#[test]
fn a_clean_file_gives_sorted_rows() {
    let text = "Month,Leads,Customers,Revenue ($)\n2025-03,100,10,\"$12,000.00\"\n2025-01,80,8,9600\n2025-02,90,9,10800.50\n";
    let import = import_history(text, US, may_2026()).unwrap();
    let months: Vec<YearMonth> = import.rows.iter().map(|r| r.month).collect();
    assert_eq!(months, [ym(2025, 1), ym(2025, 2), ym(2025, 3)]);
    assert_eq!(import.rows[2].revenue, cents(1_200_000));
    assert_eq!(import.rows[1].revenue, cents(1_080_050));
    assert!(import.problems.is_empty());
    assert!(import.gaps.is_empty());
    assert!(!import.has_stages);
}

#[test]
fn headers_match_loosely_and_stage_columns_are_read() {
    let text = "REVENUE [EUR];Month;Customers;Qualified_Leads;leads;MQLs;SQLs;Opportunities\n\
                1.234,50;02/2025;3;x;40;90;60;20\n";
    let import = import_history(text, EU, may_2026()).unwrap();
    let row = import.rows[0];
    assert_eq!((row.leads, row.customers), (40, 3));
    assert_eq!(row.revenue, cents(123_450));
    assert_eq!(
        (row.mqls, row.sqls, row.opportunities),
        (Some(90), Some(60), Some(20))
    );
    assert!(import.has_stages);
    assert_eq!(Column::from_header(" Sales cycle "), None);
}

#[test]
fn bad_rows_are_reported_by_line_and_column_and_good_rows_kept() {
    let text = "month\tleads\tcustomers\trevenue\n\
                2025-01\t10\t1\t100\n\
                2025-02\tten\t1\t100\n\
                2025-02\t10\t1.5\t100\n\
                not a month\t10\t1\t100\n\
                2025-01\t11\t1\t100\n\
                2027-01\t10\t1\t100\n\
                2025-04\t10\t1\n\
                2025-05\t10\t1\t-3\n\
                2025-06\t10\t\t100\n";
    let import = import_history(text, US, may_2026()).unwrap();
    let problem = |line, column, error| RowProblem {
        line,
        column,
        error,
    };
    assert_eq!(
        import.problems,
        [
            problem(3, Column::Leads, RowError::NotANumber),
            problem(4, Column::Customers, RowError::NotWhole),
            problem(5, Column::Month, RowError::NotAMonth),
            problem(6, Column::Month, RowError::Duplicate { first_line: 2 }),
            problem(7, Column::Month, RowError::Future),
            problem(8, Column::Revenue, RowError::MissingCells),
            problem(9, Column::Revenue, RowError::Negative),
            problem(10, Column::Customers, RowError::Empty),
        ]
    );
    assert_eq!(import.rows.len(), 1);
}

#[test]
fn gaps_between_the_first_and_last_month_are_listed() {
    let text = "month,leads,customers,revenue\n2024-11,1,1,1\n2025-02,1,1,1\n";
    let import = import_history(text, US, may_2026()).unwrap();
    assert_eq!(import.gaps, [ym(2024, 12), ym(2025, 1)]);
}

#[test]
fn empty_and_headless_tables_are_refused_clearly() {
    assert_eq!(import_history("", US, may_2026()), Err(ImportError::Empty));
    assert_eq!(
        import_history(" \r\n\n", US, may_2026()),
        Err(ImportError::Empty)
    );
    assert_eq!(
        import_history("month,leads,customers,revenue\n", US, may_2026()),
        Err(ImportError::HeaderOnly)
    );
    assert_eq!(
        import_history("month,leads\n2025-01,3\n", US, may_2026()),
        Err(ImportError::MissingColumns(vec![
            Column::Customers,
            Column::Revenue
        ]))
    );
    let junk = "\u{0}\u{1}PK\u{3}\u{4}\u{fffd}\u{fffd}";
    assert!(matches!(
        import_history(junk, US, may_2026()),
        Err(ImportError::MissingColumns(_))
    ));
}

#[test]
fn ten_thousand_rows_are_read_and_too_many_refused() {
    let mut text = String::from("month,leads,customers,revenue\n");
    for i in 0..10_000u32 {
        let month = ym(1980, 1).plus_months(i % 500).unwrap();
        text.push_str(&format!("{month},{i},{},\"1,000.00\"\n", i / 10));
    }
    let import = import_history(&text, US, may_2026()).unwrap();
    assert_eq!(import.rows.len(), 500);
    assert_eq!(import.problems.len(), 9_500);
    for _ in 10_000..=MAX_ROWS {
        text.push_str("2025-01,1,1,1\n");
    }
    assert!(matches!(
        import_history(&text, US, may_2026()),
        Err(ImportError::TooManyRows)
    ));
}

proptest! {
    #[test]
    fn no_text_makes_the_import_panic(text in "\\PC{0,400}") {
        let _ = import_history(&text, US, may_2026());
        let _ = import_history(&text, EU, may_2026());
    }

    #[test]
    fn csv_like_text_never_panics(text in "[0-9a-zA-Z,;\t\"\r\n .$€'-]{0,400}") {
        let _ = import_history(&format!("month,leads,customers,revenue\n{text}"), US, may_2026());
    }

    #[test]
    fn an_exported_history_reads_back(rows in prop::collection::vec((0u32..400, 0u64..1_000_000, 0u64..1_000, 0u128..10_000_000_000), 1..40)) {
        let mut text = String::from("month;leads;customers;revenue\n");
        let mut expected = std::collections::BTreeMap::new();
        for (offset, leads, customers, revenue) in rows {
            let month = ym(1990, 1).plus_months(offset).unwrap();
            if expected.contains_key(&month) {
                continue;
            }
            expected.insert(month, (leads, customers, cents(revenue)));
            let shown = format!("{},{:02}", revenue / 100, revenue % 100);
            text.push_str(&format!("{month};{leads};{customers};\"{shown}\"\n"));
        }
        let import = import_history(&text, EU, may_2026()).unwrap();
        let got: Vec<_> = import.rows.iter().map(|r| (r.month, (r.leads, r.customers, r.revenue))).collect();
        let want: Vec<_> = expected.into_iter().collect();
        prop_assert_eq!(got, want);
    }
}
