//! Single fields from outside, each parsed the same way wherever it arrives: an e-mail
//! address, a phone number, a tenant's address (slug), a colour, a kwestie's reference as
//! typed in the search, the `Accept-Language` header, a language or role code, an API token's
//! scope and expiry, a handover choice, a list's sort, a status-link token (only ever hashed),
//! and an uploaded file's type from its contents. The whole input is tried with every parser,
//! and, for the upload, its first line is the file name and the rest the contents.

use crate::text;
use naast_core::case::{attachment_type, normalise_reference, phone};
use naast_core::{EmailAddress, Lang, Role, TenantSlug};

/// Any bytes as each single field.
pub fn fields(data: &[u8]) {
    let s = text(data);
    if let Ok(e) = EmailAddress::parse("email", &s) {
        // An address, once accepted, is accepted again as itself.
        assert_eq!(EmailAddress::parse("email", e.as_str()).as_ref(), Ok(&e));
        assert!(e.as_str().contains('@'));
    }
    if let Ok(p) = phone("phone", &s) {
        assert_eq!(phone("phone", &p).as_deref(), Ok(p.as_str()));
    }
    if let Ok(slug) = TenantSlug::parse(&s) {
        assert_eq!(TenantSlug::parse(slug.as_str()).as_ref(), Ok(&slug));
    }
    if let Some(rgb) = naast_core::colour::parse_hex(&s) {
        let hex = naast_core::colour::to_hex(rgb);
        assert_eq!(naast_core::colour::parse_hex(&hex), Some(rgb));
    }
    if let Some(r) = normalise_reference(&s) {
        assert_eq!(normalise_reference(&r).as_deref(), Some(r.as_str()));
    }
    let _ = Lang::from_accept_language(&s);
    let offered = ["nl", "en", "pl", "ar"];
    if let Some(code) = naast_core::lang::preferred(&s, &offered) {
        assert!(offered.contains(&code));
    }
    let _ = Lang::parse(&s);
    let _ = Role::parse(&s);
    let _ = naast_app::tokens::TokenScope::parse("scope", &s);
    let _ = naast_app::tokens::page_expiry(&s);
    let _ = naast_app::users::parse_handover(&s);
    let _ = naast_app::cases::parse_sort(&s);
    let hash = naast_crypto::token::hash_token(&s);
    assert_eq!(
        naast_crypto::token::from_hex(&hash).map(|b| b.len()),
        Some(32)
    );
    let _ = naast_crypto::token::from_hex(&s);
    let (name, contents) = match data.iter().position(|b| *b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (&data[..0], data),
    };
    let _ = attachment_type(&text(name), contents);
}
