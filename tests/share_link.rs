//! Plans shared in links, natively: the browser's zlib DEFLATE is stood in for by miniz_oxide.
//! A link read back is the plan that was shared; a damaged, oversized or newer link is an
//! error, never a panic, and never another plan.
#![cfg(not(target_arch = "wasm32"))]

use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};
use proptest::prelude::*;
use sla_planner::storage::{
    from_fragment, to_fragment, DecodeError, LinkError, PlanDoc, Record, MAX_RECORD,
};
use support::full_plan;

mod support;

/// What opening a link does with its fragment: read it, inflate at most `MAX_RECORD` bytes,
/// and decode the record as a stored one.
fn open(fragment: &str) -> Option<Result<PlanDoc, LinkError>> {
    let compressed = match from_fragment(fragment)? {
        Ok(bytes) => bytes,
        Err(e) => return Some(Err(e)),
    };
    let record = match decompress_to_vec_zlib_with_limit(&compressed, MAX_RECORD) {
        Ok(record) => record,
        Err(e) if e.status == TINFLStatus::HasMoreOutput => return Some(Err(LinkError::TooLarge)),
        Err(_) => return Some(Err(LinkError::Damaged)),
    };
    let text = String::from_utf8(record).map_err(|_| LinkError::Damaged);
    Some(text.and_then(|t| match PlanDoc::decode(&t) {
        Ok(stored) => Ok(stored.doc),
        Err(DecodeError::NewerSchema(_) | DecodeError::Unreadable) => Err(LinkError::Damaged),
    }))
}

fn share(doc: &PlanDoc) -> String {
    to_fragment(&compress_to_vec_zlib(doc.encode(0).as_bytes(), 9))
}

#[test]
fn a_shared_plan_opens_as_it_was_typed() {
    let doc = full_plan();
    let fragment = share(&doc);
    assert!(fragment.starts_with("plan-v1:"));
    assert!(
        fragment.len() < 1_000,
        "a plan fits a short link: {}",
        fragment.len()
    );
    assert_eq!(open(&fragment), Some(Ok(doc)));
}

#[test]
fn a_link_inflating_past_the_limit_is_refused_while_inflating() {
    // 3 MB of spaces compress to a few KB: a small link, a large record.
    let bomb = compress_to_vec_zlib(&vec![b' '; 3 << 20], 9);
    let fragment = to_fragment(&bomb);
    assert!(fragment.len() < 10_000);
    assert_eq!(open(&fragment), Some(Err(LinkError::TooLarge)));
}

#[test]
fn a_cut_link_is_damaged() {
    let fragment = share(&full_plan());
    for keep in [8, 9, fragment.len() / 2, fragment.len() - 1] {
        assert!(
            matches!(open(&fragment[..keep]), Some(Err(_))),
            "cut at {keep}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(support::fuzz_cases()))]

    #[test]
    fn any_fragment_reads_without_panicking(text in "(plan-v1:)?[A-Za-z0-9_=-]{0,40}|.{0,40}") {
        let _ = open(&text);
    }

    #[test]
    fn a_mangled_link_is_an_error_never_another_plan(cut in 8usize..400, at in 8usize..400, with in 0usize..64) {
        let original = full_plan();
        let fragment = share(&original);
        let mut mangled = fragment.clone().into_bytes();
        let at = at % mangled.len();
        mangled[at] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[with];
        mangled.truncate(cut.max(8));
        let mangled = String::from_utf8(mangled).unwrap();
        // zlib's checksum: whatever still opens is the plan that was shared.
        if let Some(Ok(doc)) = open(&mangled) {
            prop_assert_eq!(doc, original);
        }
    }

    #[test]
    fn no_single_bit_flip_opens_another_plan(bit in 0usize..10_000) {
        let original = full_plan();
        let mut compressed = compress_to_vec_zlib(original.encode(0).as_bytes(), 9);
        let bit = bit % (compressed.len() * 8);
        compressed[bit / 8] ^= 1 << (bit % 8);
        // A flip in bits DEFLATE ignores (the padding after the last block) changes nothing.
        if let Some(Ok(doc)) = open(&to_fragment(&compressed)) {
            prop_assert_eq!(doc, original);
        }
    }
}

mod what_a_link_holds {
    use super::*;
    use sla_planner::storage::Shared;

    fn shared(name: Option<&str>, currency: Option<&str>) -> Shared {
        Shared {
            plan: support::agreed_plan(),
            name: name.map(String::from),
            currency: currency.map(String::from),
        }
    }

    #[test]
    fn the_plan_its_scenario_name_and_currency_come_back() {
        for link in [
            shared(Some("Q3 <b>agreed</b>"), Some("EUR")),
            shared(None, Some("CHF")),
        ] {
            assert_eq!(Shared::decode(&link.encode()), Ok(link.clone()));
        }
        // An older link (a plain plan record) opens with neither.
        let plain = support::agreed_plan().encode(0);
        assert_eq!(Shared::decode(&plain), Ok(shared(None, None)));
    }

    #[test]
    fn an_unknown_currency_or_a_name_that_is_no_name_is_left_out() {
        let text = shared(Some("Q3"), Some("EUR")).encode();
        let odd = text
            .replacen(r#""EUR""#, r#""XYZ""#, 1)
            .replacen(r#""Q3""#, r#"" ""#, 1);
        assert_eq!(Shared::decode(&odd), Ok(shared(None, None)));
    }
}
