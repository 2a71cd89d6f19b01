//! The plan by month as a CSV file for spreadsheets, in the person's number format.
//!
//! Numbers carry the chosen decimal mark and no grouping, so a spreadsheet in the same locale
//! reads them as numbers; the delimiter is a semicolon where the decimal mark is a comma (as
//! European spreadsheets expect). A cell that a spreadsheet would run as a formula is written
//! as text.

use super::locale::Locale;
use crate::engine::{totals, MonthPlan, Ratio, DECIMAL_DIGITS};

impl Locale {
    /// The plan by revenue month with a totals row: UTF-8 with a byte-order mark (so Excel
    /// reads it as UTF-8), CRLF line ends.
    pub fn plan_csv(&self, months: &[MonthPlan]) -> String {
        let text = self.text();
        let code = self.currency.code();
        let money = |label: &str| format!("{label} ({code})");
        let mut csv = Csv::new(self);
        csv.row([
            text.revenue_month.to_string(),
            money(text.revenue_goal),
            money(text.marketing_revenue),
            money(text.deal_size),
            format!("{} (%)", text.win_rate),
            text.customers.to_string(),
            text.leads_owed.to_string(),
            text.delivery_month.to_string(),
        ]);
        let amount = |value: Ratio| self.plain(self.fixed(value, DECIMAL_DIGITS));
        for m in months {
            let p = &m.plan;
            csv.row([
                p.inputs.plan_month.to_string(),
                amount(p.inputs.monthly_goal),
                amount(p.marketing_revenue),
                amount(p.inputs.deal_size),
                self.plain(self.percent_number(p.inputs.win_rate)),
                self.plain(self.fraction(p.customers)),
                p.leads_per_month.to_string(),
                p.delivery_month.to_string(),
            ]);
        }
        if let Some(t) = totals(months).ok().filter(|_| !months.is_empty()) {
            csv.row([
                text.total.to_string(),
                amount(t.goal),
                amount(t.marketing_revenue),
                String::new(),
                String::new(),
                self.plain(self.fraction(t.customers)),
                t.leads.to_string(),
                String::new(),
            ]);
        }
        csv.text
    }

    /// A number as written for this locale, without group separators: `12500,50`.
    fn plain(&self, written: String) -> String {
        let group = self.style().group;
        written.chars().filter(|&c| c != group).collect()
    }
}

/// CSV text being written.
struct Csv {
    text: String,
    delimiter: char,
    decimal: char,
}

impl Csv {
    fn new(locale: &Locale) -> Csv {
        let decimal = locale.style().decimal;
        Csv {
            text: "\u{feff}".to_string(),
            delimiter: if decimal == ',' { ';' } else { ',' },
            decimal,
        }
    }

    fn row<const N: usize>(&mut self, cells: [String; N]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.text.push(self.delimiter);
            }
            self.cell(cell);
        }
        self.text.push_str("\r\n");
    }

    /// One cell: one a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab or CR
    /// first) is prefixed with `'` so it shows as text. One holding our delimiter, a tab, a
    /// quote or a line break is quoted, its quotes doubled; so is text (not a number) holding
    /// the other common delimiter, which a spreadsheet set to split on it would otherwise cut
    /// into cells, the second perhaps a formula.
    fn cell(&mut self, cell: &str) {
        let guard = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let number = cell
            .chars()
            .all(|c| c.is_ascii_digit() || c == self.decimal);
        let quote = cell.contains([self.delimiter, '\t', '"', '\n', '\r'])
            || (!number && cell.contains([',', ';']));
        if quote {
            self.text.push('"');
        }
        if guard {
            self.text.push('\'');
        }
        for c in cell.chars() {
            if c == '"' {
                self.text.push('"');
            }
            self.text.push(c);
        }
        if quote {
            self.text.push('"');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::NumberFormat;

    fn cells(locale: &Locale, cells: &[&str]) -> String {
        let mut csv = Csv::new(locale);
        csv.text.clear();
        for cell in cells {
            csv.cell(cell);
            csv.text.push('|');
        }
        csv.text
    }

    /// A quarter from March 2027 on the worked example, its second month's goal 7,500.5 and
    /// the win rate 30 %.
    fn quarter() -> Vec<MonthPlan> {
        use crate::engine::{
            plan_schedule, worked_example, Decimal, FromHistory, NumericInput, PlanInputs,
            YearMonth,
        };
        let mut values = worked_example();
        values[NumericInput::WinRate] = Decimal::whole(30);
        let march = YearMonth::new(2027, 3).unwrap();
        let inputs = PlanInputs::from_typed(&values, march);
        let goal = |m: YearMonth| match m.month() {
            4 => Decimal::from_hundredths(750_050).to_ratio(),
            _ => Ratio::integer(5_000),
        };
        plan_schedule(&inputs, 3, goal, &[], FromHistory::default()).unwrap()
    }

    #[test]
    fn the_plan_as_csv_in_each_number_format() {
        let us = Locale::default();
        assert_eq!(
            us.plan_csv(&quarter()),
            "\u{feff}Revenue month,Revenue goal (USD),Marketing revenue (USD),Deal size (USD),\
             Win rate (%),Customers needed,Qualified leads owed,Delivery month\r\n\
             2027-03,5000.00,5000.00,100.00,30,50,167,2026-12\r\n\
             2027-04,7500.50,7500.50,100.00,30,75.01,251,2027-01\r\n\
             2027-05,5000.00,5000.00,100.00,30,50,167,2027-02\r\n\
             Total,17500.50,17500.50,,,175.01,585,\r\n"
        );
        let eu = Locale {
            currency: crate::format::Currency::Eur,
            number_format: NumberFormat::DotComma,
            ..Locale::default()
        };
        let csv = eu.plan_csv(&quarter());
        assert!(csv.contains("Revenue goal (EUR);"));
        assert!(csv.contains("\r\n2027-04;7500,50;7500,50;100,00;30;75,01;251;2027-01\r\n"));
        assert!(csv.ends_with("\r\nTotal;17500,50;17500,50;;;175,01;585;\r\n"));
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_written_as_text() {
        let l = Locale::default();
        assert_eq!(
            cells(
                &l,
                &["=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx", "a=b", "12.50"]
            ),
            "'=SUM(A1)|'+1|'-2|'@x|\"'\tx\"|\"'\rx\"|a=b|12.50|"
        );
    }

    #[test]
    fn cells_with_the_delimiter_quotes_or_line_breaks_are_quoted() {
        let comma = Locale::default();
        let semicolon = Locale {
            number_format: NumberFormat::DotComma,
            ..Locale::default()
        };
        for locale in [comma, semicolon] {
            assert_eq!(
                cells(
                    &locale,
                    &["a,b", "a;=X()", "a\tb", "say \"hi\"", "two\nlines"]
                ),
                "\"a,b\"|\"a;=X()\"|\"a\tb\"|\"say \"\"hi\"\"\"|\"two\nlines\"|"
            );
        }
        // Numbers in the chosen format stay bare.
        assert_eq!(cells(&semicolon, &["7500,50", "12"]), "7500,50|12|");
        assert_eq!(cells(&comma, &["7500.50"]), "7500.50|");
    }

    // proptest is a dev-dependency of native builds only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any row reads back cell for cell (a formula-like cell as text) with the project's
        /// own CSV reader, in both delimiters.
        #[test]
        fn rows_read_back_cell_for_cell(
            cells in proptest::collection::vec("[a-z0-9 =+@;,\"\t\r\n.-]{0,8}", 1..6),
            european in proptest::bool::ANY,
        ) {
            let locale = Locale {
                number_format: if european { NumberFormat::DotComma } else { NumberFormat::CommaDot },
                ..Locale::default()
            };
            let mut csv = Csv::new(&locale);
            let row: Vec<String> = std::iter::once("row".to_string()).chain(cells.clone()).collect();
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    csv.text.push(csv.delimiter);
                }
                csv.cell(cell);
            }
            let records = crate::engine::read_records(&csv.text[3..], csv.delimiter as u8, 10);
            let expected: Vec<String> = row
                .iter()
                .map(|c| {
                    let guarded = c.starts_with(['=', '+', '-', '@', '\t', '\r']);
                    let text = if guarded { format!("'{c}") } else { c.clone() };
                    text.trim().to_string()
                })
                .collect();
            proptest::prop_assert_eq!(records.len(), 1);
            proptest::prop_assert_eq!(&records[0].fields, &expected);
        }
    }
}
