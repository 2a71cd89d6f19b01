//! HTML written as text, for the parts of the page built that way (the tables, the notices,
//! the lists, the agreement's fields): the only code that sets inner HTML or adds to it, and
//! the escaping every text in it goes through.

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

/// `element` shows `text` (`""`: nothing), written only if it shows something else: a live
/// region rewritten with the same words is announced again.
pub fn show_text(element: &web_sys::Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// [`show_text`] in the element with the id `id`, if it is in the page.
pub fn show_text_in(id: &str, text: &str) {
    if let Some(element) = leptos::prelude::document().get_element_by_id(id) {
        show_text(&element, text);
    }
}

/// `element`'s attribute `name` is `value`, written only if it differs.
pub fn show_attribute(element: &web_sys::Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
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

/// [`write`] into the element with the id `id`, if it is in the page.
pub fn write_into(id: &str, html: &str) {
    if let Some(element) = leptos::prelude::document().get_element_by_id(id) {
        write(&element, html);
    }
}

/// Add `html` (built as for [`write`]) at the end of the element with the id `id`, leaving what
/// it already holds untouched.
pub fn append_into(id: &str, html: &str) {
    if let Some(element) = leptos::prelude::document().get_element_by_id(id) {
        let _ = element.insert_adjacent_html("beforeend", html);
    }
}

/// The button matching `selector` that a click landed in, for lists written as HTML text
/// that handle every button's click in one place.
pub fn clicked(ev: &web_sys::MouseEvent, selector: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok().flatten()
}
