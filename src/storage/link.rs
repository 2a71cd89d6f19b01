//! A plan shared in a link: the record, compressed by the browser (zlib DEFLATE, whose
//! Adler-32 checksum catches a link altered in transit), written in the URL fragment (which
//! browsers never send to a server) as `plan-v1:<base64url>`.
//!
//! This module is the pure part: the fragment's format, its version and size limits, and
//! base64url. Reading is strict, so a damaged link fails here or when it is inflated and
//! decoded, and never half-loads: the inflater stops at [`MAX_RECORD`] bytes, and the record
//! is read by the same decoder as stored records.

use super::plan_record::{self, ScenarioV3};
use super::{json, parse_name, DecodeError, PlanDoc};
use crate::format::Currency;

/// The link format this build writes; a newer one is refused with its number.
pub const LINK_VERSION: u32 = 1;

/// The longest fragment read, checked before anything is decoded (Chromium shows URLs up to
/// 32 KB and keeps up to 2 MB; a plan with two years of history needs a few KB).
pub const MAX_FRAGMENT: usize = 65_536;

/// The most bytes a shared record may inflate to, enforced while inflating.
pub const MAX_RECORD: usize = 1 << 21;

const PREFIX: &str = "plan-v";

/// Why a link's fragment could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkError {
    /// Cut short, altered, or not written by this planner.
    Damaged,
    /// Longer than [`MAX_FRAGMENT`], or inflating past [`MAX_RECORD`].
    TooLarge,
    /// Written by a newer version of the planner, in this link format.
    NewerVersion(u32),
}

/// What a link holds: the plan, the name of the scenario it was shared from, and the currency
/// its amounts are in (a person opening it may have chosen another).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub plan: PlanDoc,
    pub name: Option<String>,
    pub currency: Option<String>,
}

impl Shared {
    /// The record to compress into a link.
    pub fn encode(&self) -> String {
        let header = self
            .name
            .clone()
            .map(|name| ScenarioV3 { name, changed: 0 });
        let currency = self.currency.as_deref().unwrap_or_default();
        plan_record::encode_shared(&self.plan, header, currency)
    }

    /// A shared record read back: a name that is not a valid scenario name is left out, as is
    /// a currency this build does not know.
    pub fn decode(text: &str) -> Result<Shared, DecodeError> {
        let (stored, header) = plan_record::decode(text)?;
        let currency = json::read(text).and_then(|v| v.string("currency"));
        Ok(Shared {
            plan: stored.doc,
            name: header.and_then(|h| parse_name(&h.name).ok()),
            currency: currency.filter(|c| Currency::from_code(c).is_some()),
        })
    }
}

/// The fragment (without `#`) for a compressed record.
pub fn to_fragment(compressed: &[u8]) -> String {
    let mut fragment = format!("{PREFIX}{LINK_VERSION}:");
    encode_base64url(compressed, &mut fragment);
    fragment
}

/// The compressed record in `fragment` (without `#`); `None` when it is not a shared plan at
/// all (an empty fragment, or an anchor of the page). Anything else starting `plan-v` is a
/// link, if a damaged one; a `:` that a chat app percent-encoded is read as one.
pub fn from_fragment(fragment: &str) -> Option<Result<Vec<u8>, LinkError>> {
    // A link copied from the end of a sentence may bring the sentence's end along; none of
    // these characters is in base64url.
    let fragment = fragment.trim_end_matches(['.', ',', ';', ')', '"', '\'', ' ']);
    let fragment = fragment.strip_suffix("%20").unwrap_or(fragment);
    let rest = fragment.strip_prefix(PREFIX)?;
    let colon = rest.find(':').map(|at| (at, 1)).or_else(|| {
        let at = rest.find('%')?;
        let code = rest.get(at + 1..at + 3)?;
        code.eq_ignore_ascii_case("3a").then_some((at, 3))
    });
    let Some((at, width)) = colon else {
        return Some(Err(LinkError::Damaged));
    };
    // `get`, not indexing: a slicing panic would bring its message formatting (Unicode
    // tables, 4 KB of wasm) along.
    let (version, payload) = (rest.get(..at)?, rest.get(at + width..)?);
    if version.is_empty() || version.len() > 4 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Err(LinkError::Damaged));
    }
    Some(read(version, payload, fragment.len()))
}

fn read(version: &str, payload: &str, length: usize) -> Result<Vec<u8>, LinkError> {
    if length > MAX_FRAGMENT {
        return Err(LinkError::TooLarge);
    }
    match version.parse::<u32>() {
        Ok(LINK_VERSION) => decode_base64url(payload).ok_or(LinkError::Damaged),
        Ok(newer) if newer > LINK_VERSION => Err(LinkError::NewerVersion(newer)),
        _ => Err(LinkError::Damaged),
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5).
fn encode_base64url(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        // One byte makes two characters, two make three, three make four.
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
}

/// The bytes of unpadded base64url text; `None` for any other character, a length no
/// encoding has, or stray bits in the last character (so every text has one reading).
fn decode_base64url(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= value << (18 - 6 * i);
        }
        let count = chunk.len() - 1;
        // The bits past the last whole byte must be zero.
        if n & (0xFF_FFFF >> (8 * count)) != 0 {
            return None;
        }
        bytes.extend((0..count).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_without_padding() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (&[0xfb, 0xff, 0xbf], "-_-_"),
        ];
        for (bytes, text) in cases {
            let mut out = String::new();
            encode_base64url(bytes, &mut out);
            assert_eq!(out, text);
            assert_eq!(decode_base64url(text).as_deref(), Some(bytes));
        }
    }

    #[test]
    fn only_canonical_base64url_is_read() {
        for bad in ["Z", "Zg==", "Zh", "Zm9", "Zm+v", "Zm/v", "Zm9v Yg", "Zm9vY"] {
            assert_eq!(decode_base64url(bad), None, "{bad}");
        }
    }

    #[test]
    fn fragments_carry_their_version_and_are_read_strictly() {
        assert_eq!(to_fragment(b"foo"), "plan-v1:Zm9v");
        assert_eq!(from_fragment("plan-v1:Zm9v"), Some(Ok(b"foo".to_vec())));
        assert_eq!(from_fragment("plan-v1:Zm9"), Some(Err(LinkError::Damaged)));
        assert_eq!(from_fragment("plan-v0:Zm9v"), Some(Err(LinkError::Damaged)));
        assert_eq!(
            from_fragment("plan-v2:Zm9v"),
            Some(Err(LinkError::NewerVersion(2)))
        );
        let long = format!("plan-v1:{}", "A".repeat(MAX_FRAGMENT));
        assert_eq!(from_fragment(&long), Some(Err(LinkError::TooLarge)));
        // Not shared plans: the page's own anchors, or nothing.
        for other in ["", "results", "plan", "plans-v1:Zm9v"] {
            assert_eq!(from_fragment(other), None, "{other}");
        }
        // Links, damaged.
        for damaged in [
            "plan-v",
            "plan-v:x",
            "plan-vx:Zm9v",
            "plan-v12345:Zm9v",
            "plan-v1",
        ] {
            assert_eq!(
                from_fragment(damaged),
                Some(Err(LinkError::Damaged)),
                "{damaged}"
            );
        }
        // The end of the sentence a link was pasted from.
        for pasted in [
            "plan-v1:Zm9v.",
            "plan-v1:Zm9v).",
            "plan-v1:Zm9v%20",
            "plan-v1:Zm9v\"",
            "plan-v1:Zm9v ",
        ] {
            assert_eq!(from_fragment(pasted), Some(Ok(b"foo".to_vec())), "{pasted}");
        }
        // A colon percent-encoded on the way.
        assert_eq!(from_fragment("plan-v1%3AZm9v"), Some(Ok(b"foo".to_vec())));
        assert_eq!(from_fragment("plan-v1%3aZm9v"), Some(Ok(b"foo".to_vec())));
    }
}
