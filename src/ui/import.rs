//! "Import JSON": a plan file shown in place of the page's plan, or a library file's scenarios
//! added to the library, each checked first; what became of the file is said at the top of
//! the page (or beside the library), and focus goes there.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

use super::html::focus;
use super::library::Library;
use super::storage_notice::{post, retract, Notice};
use crate::storage::{problems, read_library_file, Shared};

/// The largest file read: a plan with the longest history, or a library of many scenarios,
/// is far smaller.
const MAX_IMPORT_BYTES: f64 = 4_000_000.0;

/// The `change` handler of an "Import JSON" file picker (every picker shares it).
pub fn import_json(
    library: Library,
    notices: RwSignal<Vec<Notice>>,
) -> impl FnMut(leptos::ev::Event) + 'static {
    let text = library.state.locale.get_untracked().text();
    move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        spawn_local(async move {
            let contents = match file.size() <= MAX_IMPORT_BYTES {
                true => JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string()),
                false => None,
            };
            // Only the latest file's outcome is news.
            retract(notices, &|n| {
                matches!(
                    n,
                    Notice::Import(_) | Notice::Imported | Notice::LibraryRefused(_)
                )
            });
            let contents = contents.unwrap_or_default();
            // A library file adds its scenarios to the library; a plan file replaces the page's.
            if let Some(library_file) = read_library_file(&contents) {
                match library_file {
                    Ok(scenarios) => {
                        library.import(scenarios);
                        return focus("library-notices");
                    }
                    Err(places) => post(notices, Notice::LibraryRefused(places)),
                }
            } else {
                match Shared::decode(&contents).ok() {
                    Some(file) => {
                        let sure = window().confirm_with_message(text.import_confirm);
                        if sure.unwrap_or(false) && library.show_other(&file.plan) {
                            // Ready to be saved under the name it was exported with.
                            library.name.set(file.name.unwrap_or_default());
                            post(notices, Notice::Imported);
                        }
                    }
                    None => post(notices, Notice::Import(problems(&contents))),
                }
            }
            // The outcome is said at the top of the page: the person is taken there.
            focus("page-notices");
        });
    }
}
