//! The only code that touches the browser's localStorage.
//!
//! gloo-storage throws a JS exception when storage is blocked, so access is probed first
//! through web-sys; every failure comes back as a [`StorageError`], never a panic.

use gloo_storage::{LocalStorage, Storage};

use super::{Key, StorageError};

/// Whether localStorage can be used at all (blocked site data makes the getter throw or
/// return null).
pub fn available() -> bool {
    matches!(
        web_sys::window().map(|w| w.local_storage()),
        Some(Ok(Some(_)))
    )
}

/// The raw text under `key`, or `None` when nothing is stored there.
pub fn read(key: Key) -> Result<Option<String>, StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(&key.as_str())
        .map_err(classify)
}

/// Store `text` under `key` exactly as given.
pub fn write(key: Key, text: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(&key.as_str(), text)
        .map_err(classify)
}

/// The names of every key stored for this origin (ours and any other app's).
pub fn names() -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

pub fn remove(key: Key) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .remove_item(&key.as_str())
        .map_err(classify)
}

/// Every browser's spelling of "quota exceeded": Chromium and WebKit `QuotaExceededError`
/// (code 22), Firefox `NS_ERROR_DOM_QUOTA_REACHED` (1014), old WebKit `QUOTA_EXCEEDED_ERR`.
fn classify(error: wasm_bindgen::JsValue) -> StorageError {
    let field = |name: &str| {
        js_sys::Reflect::get(&error, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let code = js_sys::Reflect::get(&error, &"code".into())
        .ok()
        .and_then(|v| v.as_f64());
    let words = format!("{} {}", field("name"), field("message")).to_ascii_lowercase();
    if words.contains("quota") || matches!(code, Some(22.0) | Some(1014.0)) {
        StorageError::QuotaExceeded
    } else {
        StorageError::Failed
    }
}
