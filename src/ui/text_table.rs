//! Every table of figures on the page: column headers, rows of text whose first cell names
//! the row, and an optional totals row.
//!
//! The table is written as HTML text (escaped) into one element. Built from Leptos views, each
//! table would compile its own build and rebuild code, several KB of wasm apiece; as text,
//! every table shares this one function, and a redraw is a single DOM write.

use leptos::prelude::*;

/// A table's content: headers, body rows and an optional totals row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableText {
    pub caption: String,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    pub footer: Option<Vec<String>>,
}

impl TableText {
    /// The table as HTML: each row's first cell is its header.
    fn html(&self) -> String {
        let mut html = String::with_capacity(64 * (self.rows.len() + 2));
        html.push_str("<caption>");
        escape_into(&mut html, &self.caption);
        html.push_str("</caption><thead><tr>");
        for h in &self.headers {
            html.push_str("<th scope=\"col\">");
            escape_into(&mut html, h);
            html.push_str("</th>");
        }
        html.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            row_into(&mut html, row);
        }
        html.push_str("</tbody>");
        if let Some(footer) = &self.footer {
            html.push_str("<tfoot>");
            row_into(&mut html, footer);
            html.push_str("</tfoot>");
        }
        html
    }
}

fn row_into(html: &mut String, cells: &[String]) {
    html.push_str("<tr>");
    for (i, cell) in cells.iter().enumerate() {
        html.push_str(if i == 0 { "<th scope=\"row\">" } else { "<td>" });
        escape_into(html, cell);
        html.push_str(if i == 0 { "</th>" } else { "</td>" });
    }
    html.push_str("</tr>");
}

/// Text as HTML text: the five characters that could start markup are escaped.
fn escape_into(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            c => html.push(c),
        }
    }
}

/// A scrollable table, rewritten whenever `table` changes.
#[component]
pub fn TextTable(#[prop(into)] table: Signal<TableText>, label: &'static str) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">
            <table inner_html=move || table.with(TableText::html)></table>
        </div>
    }
}
