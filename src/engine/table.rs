//! Delimited text as people export or copy it: CSV from a CRM, semicolons from a European
//! Excel, tabs from cells copied out of a spreadsheet. Read with csv-core's state machine, so
//! quoted fields (`"$1,234.50"`, a quote doubled inside) and CRLF are handled as CSV means them.

use csv_core::{ReadRecordResult, ReaderBuilder};

/// One record and the line it starts on (1-based, as an editor counts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// The delimiter of a table: the one of tab, semicolon and comma that splits its first
/// non-blank line into the most fields outside quotes (tab first on ties: copied cells hold
/// commas inside numbers, a tab never is one).
pub fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b'\t', 0usize), (b';', 0), (b',', 0)];
    let mut quoted = false;
    for byte in first.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        }
        for (delimiter, count) in counts.iter_mut() {
            *count += usize::from(!quoted && byte == *delimiter);
        }
    }
    // The first of the most frequent: ties go to tab, then semicolon.
    let top = counts.iter().map(|(_, count)| *count).max().unwrap_or(0);
    counts
        .iter()
        .find(|(_, count)| *count == top)
        .map_or(b',', |(delimiter, _)| *delimiter)
}

/// Line ends in `bytes`: `\n`, `\r\n`, or a lone `\r` (old Mac files).
fn line_ends(bytes: &[u8]) -> usize {
    let lone_cr = bytes
        .windows(2)
        .filter(|w| w[0] == b'\r' && w[1] != b'\n')
        .count();
    let last_cr = usize::from(bytes.last() == Some(&b'\r'));
    bytes.iter().filter(|&&b| b == b'\n').count() + lone_cr + last_cr
}

/// The records of `text` with the line each starts on, at most `limit` of them; blank lines
/// are skipped and fields trimmed of the spaces around them.
pub fn read_records(text: &str, delimiter: u8, limit: usize) -> Vec<Record> {
    let mut reader = ReaderBuilder::new().delimiter(delimiter).build();
    let bytes = text.as_bytes();
    let (mut at, mut line, mut counted) = (0, 1, 0);
    let mut records = Vec::new();
    // csv-core gives a record's bytes in pieces, with field ends counted from its start.
    let (mut row, mut row_ends) = (Vec::new(), Vec::new());
    let (mut out, mut ends) = ([0u8; 4096], [0usize; 64]);
    let mut record_start = None;
    loop {
        if record_start.is_none() {
            let skipped = bytes[at..]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'));
            record_start = Some(at + skipped.count());
        }
        let (result, read, written, ended) = reader.read_record(&bytes[at..], &mut out, &mut ends);
        at += read;
        row.extend_from_slice(&out[..written]);
        row_ends.extend_from_slice(&ends[..ended]);
        match result {
            ReadRecordResult::Record => {
                let start = record_start.take().unwrap_or(at).min(bytes.len());
                line += line_ends(&bytes[counted..start]);
                counted = start;
                let mut from = 0;
                let fields: Vec<String> = row_ends
                    .iter()
                    .map(|&end| {
                        let field = String::from_utf8_lossy(&row[from..end]).trim().to_string();
                        from = end;
                        field
                    })
                    .collect();
                if fields.iter().any(|f| !f.is_empty()) {
                    records.push(Record { line, fields });
                    if records.len() >= limit {
                        break;
                    }
                }
                row.clear();
                row_ends.clear();
            }
            ReadRecordResult::End => break,
            _ => {}
        }
    }
    records
}
