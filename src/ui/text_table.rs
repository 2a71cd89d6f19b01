//! Every table of figures on the page: column headers, rows of text whose first cell names
//! the row, and an optional totals row.
//!
//! The table is written as HTML text (escaped) into one element, and afterwards only the cells
//! whose text changed are rewritten. Built from Leptos views, each table would compile its own
//! build and rebuild code, several KB of wasm apiece; as text, every table shares this code.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlTableElement, HtmlTableRowElement, HtmlTableSectionElement};

use super::erased::effect;
use super::html::{escape_into, write};

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

impl TableText {
    /// Whether `other` has the same caption, headers and number of rows and cells, so moving
    /// from one to the other only changes cell text.
    fn same_shape(&self, other: &TableText) -> bool {
        let lengths = |t: &TableText| {
            let rows = t.rows.iter().chain(&t.footer);
            rows.map(Vec::len).collect::<Vec<_>>()
        };
        self.caption == other.caption
            && self.headers == other.headers
            && self.footer.is_some() == other.footer.is_some()
            && lengths(self) == lengths(other)
    }
}

/// Write the text of every cell of `rows` that differs from `old`.
fn patch_rows(section: Option<HtmlTableSectionElement>, rows: &[Vec<String>], old: &[Vec<String>]) {
    let Some(section) = section else { return };
    let dom_rows = section.rows();
    for (i, (row, old_row)) in rows.iter().zip(old).enumerate() {
        let Some(dom_row) = dom_rows.item(i as u32) else {
            continue;
        };
        let cells = dom_row.unchecked_into::<HtmlTableRowElement>().cells();
        for (j, (text, old_text)) in row.iter().zip(old_row).enumerate() {
            if text != old_text {
                if let Some(cell) = cells.item(j as u32) {
                    cell.set_text_content(Some(text));
                }
            }
        }
    }
}

/// A scrollable table. A change of shape rewrites it as HTML text; a change of figures only
/// rewrites the cells that changed, so dragging a slider over a long plan stays cheap.
#[component]
pub fn TextTable(
    #[prop(into)] table: Signal<TableText>,
    label: &'static str,
    /// The table element's id (found by it: a `NodeRef` costs more wasm).
    id: &'static str,
) -> impl IntoView {
    // What the DOM shows now (the effect's own: it alone writes the table); `None` before the
    // first write.
    let mut shown = None::<TableText>;
    effect(move |_| {
        let Some(element) = document().get_element_by_id(id) else {
            return;
        };
        let element: HtmlTableElement = element.unchecked_into();
        table.with(|next| {
            match shown.as_ref().filter(|old| old.same_shape(next)) {
                Some(old) => {
                    patch_rows(
                        element.t_bodies().item(0).map(|b| b.unchecked_into()),
                        &next.rows,
                        &old.rows,
                    );
                    let footer = (next.footer.as_ref(), old.footer.as_ref());
                    if let (Some(new), Some(old)) = footer {
                        patch_rows(
                            element.t_foot(),
                            std::slice::from_ref(new),
                            std::slice::from_ref(old),
                        );
                    }
                }
                None => write(&element, &next.html()),
            }
            shown = Some(next.clone());
        });
    });
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">
            <table id=id></table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_header_and_caption_is_escaped() {
        let table = TableText {
            caption: "a <b> & \"c\"".into(),
            headers: vec!["<h>", "x'y"],
            rows: vec![vec!["<script>".into(), "1 & 2".into()]],
            footer: Some(vec!["Total".into(), "</td><td>".into()]),
        };
        assert_eq!(
            table.html(),
            "<caption>a &lt;b&gt; &amp; &quot;c&quot;</caption><thead><tr>\
             <th scope=\"col\">&lt;h&gt;</th><th scope=\"col\">x&#39;y</th></tr></thead>\
             <tbody><tr><th scope=\"row\">&lt;script&gt;</th><td>1 &amp; 2</td></tr></tbody>\
             <tfoot><tr><th scope=\"row\">Total</th><td>&lt;/td&gt;&lt;td&gt;</td></tr></tfoot>"
        );
    }
}
