//! A plan shared in a link, and a link opened: the plan record, compressed by the browser
//! (zlib DEFLATE, checksummed) into the URL fragment, which browsers never send to a server.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::erased::effect;
use super::erased::handler;
use super::library::Library;
use super::storage_notice::{post, retract, Notice};
use crate::storage::MAX_RECORD;
use crate::storage::{from_fragment, to_fragment, DecodeError, LinkError, Shared};

#[wasm_bindgen(module = "/src/ui/deflate.js")]
extern "C" {
    fn deflate(text: &str) -> js_sys::Promise;
    fn inflate(bytes: &[u8], limit: u32) -> js_sys::Promise;
}

/// Open the shared plan in the page's fragment, if there is one: at start-up, and when a link
/// is pasted into a tab already showing the planner. The fragment is cleared at once (a reload
/// shows the person's own plan again); a link that cannot be read changes nothing and says
/// why. `holding` turns true once a shared plan is shown: nothing is saved while it is.
// Called at start-up and on `hashchange`: compiled once, not into both places.
#[inline(never)]
pub fn open_link(library: Library, notices: RwSignal<Vec<Notice>>) {
    let (state, holding) = (library.state, library.holding);
    let href = window().location().href().unwrap_or_default();
    let Some((page, fragment)) = href.split_once('#') else {
        return;
    };
    let Some(read) = from_fragment(fragment) else {
        return;
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(page));
    }
    spawn_local(async move {
        let opened = match read {
            Ok(compressed) => read_record(&compressed).await,
            Err(e) => Err(e),
        };
        match opened {
            // Held first, so the shared plan is never saved; the person's own plan is only
            // replaced on screen (what they typed meanwhile included).
            Ok(shared) => {
                if !library.before_link() {
                    return;
                }
                holding.set(true);
                state.replace(&shared.plan);
                library.forget_open();
                // Ready to be saved under the name it was shared with.
                library.name.set(shared.name.unwrap_or_default());
                retract(notices, &Notice::is_shared);
                post(notices, Notice::Shared);
                // Amounts are numbers in the sender's currency: say so if it is not ours.
                let ours = state.locale.get_untracked().currency.code();
                if let Some(theirs) = shared.currency.filter(|c| c != ours) {
                    post(notices, Notice::SharedCurrency(theirs));
                }
            }
            Err(e) => post(notices, Notice::Link(e)),
        }
    });
}

/// The shared plan in a compressed record, read as a stored one is.
async fn read_record(compressed: &[u8]) -> Result<Shared, LinkError> {
    let inflated = JsFuture::from(inflate(compressed, MAX_RECORD as u32)).await;
    // Null: the record would pass the limit.
    let text = inflated.map_err(|_| LinkError::Damaged)?;
    let text = text.as_string().ok_or(LinkError::TooLarge)?;
    match Shared::decode(&text) {
        Ok(shared) => Ok(shared),
        Err(DecodeError::NewerSchema(schema)) => Err(LinkError::NewerVersion(schema)),
        Err(DecodeError::Unreadable) => Err(LinkError::Damaged),
    }
}

/// "Copy share link", the link in a read-only field, and what became of the copy.
#[component]
pub fn SharePanel(library: Library) -> impl IntoView {
    let state = library.state;
    let text = state.locale.get_untracked().text();
    // What became of the last "Copy share link", said under it.
    let note = |said: Option<&str>| {
        if let Some(status) = document().get_element_by_id("share-status") {
            status.set_text_content(said);
        }
    };
    // The field, found by its id: a `NodeRef` costs more wasm.
    let field = || {
        document()
            .get_element_by_id("share-link")
            .map(|e| e.unchecked_into::<web_sys::HtmlInputElement>())
    };
    let share = move |_: leptos::ev::MouseEvent| {
        // The page's plan, named as the scenario it was opened from, if any.
        let record = library.shared().encode();
        spawn_local(async move {
            let Ok(bytes) = JsFuture::from(deflate(&record)).await else {
                note(Some(text.share_failed));
                return;
            };
            let href = window().location().href().unwrap_or_default();
            let page = href.split('#').next().unwrap_or_default();
            let fragment = to_fragment(&js_sys::Uint8Array::new(&bytes).to_vec());
            let url = format!("{page}#{fragment}");
            // Shown before the clipboard answers, which it may never do.
            let input = field();
            if let Some(input) = &input {
                input.set_value(&url);
            }
            let clipboard = window().navigator().clipboard();
            let copied = !clipboard.is_undefined()
                && JsFuture::from(clipboard.write_text(&url)).await.is_ok();
            if let Some(input) = input.filter(|_| !copied) {
                // Selected, ready for the person to copy themselves.
                let _ = input.focus();
                input.select();
            }
            note(Some(if copied {
                text.link_copied
            } else {
                text.link_selected
            }));
        });
    };
    // A link is of the plan as it was: once the plan changes, it is taken away.
    effect(move |first| {
        state.doc();
        if !first {
            if let Some(input) = field() {
                input.set_value("");
            }
            note(None);
        }
    });
    view! {
        <div class="share">
            <button type="button" on:click=handler(share)>{text.copy_share_link}</button>
            <div class="field">
                <label for="share-link">{text.share_link}</label>
                <input id="share-link" type="text" readonly />
            </div>
            <p class="hint" role="status" id="share-status"></p>
        </div>
    }
}
