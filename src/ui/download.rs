//! Files the person downloads, made in the browser: nothing is sent anywhere.

use std::time::Duration;

use leptos::prelude::{document, set_timeout};
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offer `text` as a file named `name` of type `mime`. The browser's own download bar is the
/// feedback: a page cannot tell whether the person kept the file. (Making a Blob from text
/// fails only when memory runs out.)
pub fn download(name: &str, mime: &str, text: &str) {
    let _ = save(name, mime, text);
}

fn save(name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let link: HtmlAnchorElement = document().create_element("a").ok()?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Firefox and Safari read the URL after `click` returns: free it a little later.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(10),
    );
    Some(())
}
