//! JSON text to and from the stored records' serde types.
//!
//! In the browser this is the browser's own `JSON` with serde-wasm-bindgen, which ships no
//! JSON parser in the wasm (about 14 KB gzipped less than serde_json). Natively, where the
//! record tests run, it is serde_json. Both read and write the same plain JSON; the browser
//! path is exercised by the wasm-bindgen tests over the same fixtures.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The JSON text of a record; `None` only if the browser refuses to serialise it.
#[cfg(target_arch = "wasm32")]
pub fn to_text<T: Serialize>(value: &T) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value.serialize(&serializer).ok()?;
    js_sys::JSON::stringify(&js).ok()?.as_string()
}

/// The record a JSON text holds; `None` for text that is not JSON or not that record.
#[cfg(target_arch = "wasm32")]
pub fn from_text<T: DeserializeOwned>(text: &str) -> Option<T> {
    let js = js_sys::JSON::parse(text).ok()?;
    serde_wasm_bindgen::from_value(js).ok()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn to_text<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn from_text<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}
