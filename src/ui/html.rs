//! HTML written as text, for the parts of the page built that way (the tables, the notices,
//! the scenario list): the only code that sets inner HTML, and the escaping every text in it
//! goes through.

/// Text as HTML text: the five characters that could start markup are escaped.
pub fn escape_into(html: &mut String, text: &str) {
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

/// Move focus to the element with the id `id` (a container whose content was written anew).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = leptos::prelude::document().get_element_by_id(id) {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Replace `element`'s content with `html`, built with [`escape_into`] around every text.
pub fn write(element: &web_sys::Element, html: &str) {
    element.set_inner_html(html);
}
