#![expect(clippy::unwrap_used)]

use super::*;

const AAD: &[u8] = b"case:17";

fn ring() -> KeyRing {
    KeyRing::new(MasterKey::generate(), Vec::new())
}

#[test]
fn a_master_key_roundtrips_through_base64() {
    let key = MasterKey::generate();
    let text = key.to_base64();
    assert_eq!(text.len(), 44);
    let again = MasterKey::from_base64(&format!("  {text}\n")).unwrap();
    assert_eq!(again.to_base64(), text);
    assert_eq!(again.id(), key.id());
}

#[test]
fn bad_base64_or_wrong_length_is_an_invalid_key() {
    assert_eq!(
        MasterKey::from_base64("not base64!").unwrap_err(),
        CryptoError::InvalidKey
    );
    let short = STANDARD.encode([1u8; 31]);
    let long = STANDARD.encode([1u8; 33]);
    for s in [short.as_str(), long.as_str(), ""] {
        assert_eq!(
            MasterKey::from_base64(s).unwrap_err(),
            CryptoError::InvalidKey
        );
    }
}

#[test]
fn the_key_id_is_eight_hex_chars_of_the_tagged_sha256() {
    let key = MasterKey::from_base64(&STANDARD.encode([0u8; 32])).unwrap();
    let mut input = b"naast-key-id".to_vec();
    input.extend_from_slice(&[0u8; 32]);
    let expected = to_hex(&Sha256::digest(&input)[..4]);
    assert_eq!(key.id(), expected);
    assert_eq!(key.id().len(), 8);
    assert!(
        key.id()
            .bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );
    assert_ne!(MasterKey::generate().id(), MasterKey::generate().id());
}

#[test]
fn debug_shows_only_the_key_id() {
    let key = MasterKey::from_base64(&STANDARD.encode([9u8; 32])).unwrap();
    let shown = format!("{key:?}");
    assert_eq!(shown, format!("MasterKey {{ id: {:?} }}", key.id()));
    let ring = KeyRing::new(key.clone(), vec![]);
    assert!(!format!("{ring:?}").contains(&key.to_base64()));
}

#[test]
fn a_wrapped_data_key_unwraps_to_the_same_key() {
    let ring = ring();
    let dk = DataKey::generate();
    let wk = ring.wrap(&dk, AAD);
    assert_eq!(wk.kek_id, ring.current_id());
    let back = ring.unwrap(&wk, AAD).unwrap();
    assert_eq!(back.open(AAD, &dk.seal(AAD, b"note")).unwrap(), b"note");
}

#[test]
fn unwrapping_with_the_wrong_aad_or_a_tampered_blob_fails_with_decrypt() {
    let ring = ring();
    let mut wk = ring.wrap(&DataKey::generate(), AAD);
    assert_eq!(
        ring.unwrap(&wk, b"case:18").unwrap_err(),
        CryptoError::Decrypt
    );
    let last = wk.blob.len() - 1;
    wk.blob[last] ^= 1;
    assert_eq!(ring.unwrap(&wk, AAD).unwrap_err(), CryptoError::Decrypt);
}

#[test]
fn data_wrapped_under_an_old_key_stays_readable_after_rotation() {
    let old = MasterKey::generate();
    let new = MasterKey::generate();
    let dk = DataKey::generate();
    let blob = dk.seal(AAD, b"dossier");
    let wk_old = KeyRing::new(old.clone(), vec![]).wrap(&dk, AAD);

    let rotated = KeyRing::new(new.clone(), vec![old.clone()]);
    assert_eq!(rotated.current_id(), new.id());
    let dk_back = rotated.unwrap(&wk_old, AAD).unwrap();
    assert_eq!(dk_back.open(AAD, &blob).unwrap(), b"dossier");

    let wk_new = rotated.rewrap(&wk_old, AAD).unwrap();
    assert_eq!(wk_new.kek_id, new.id());
    assert_ne!(wk_new.kek_id, wk_old.kek_id);
    // Once everything is rewrapped the old key can be dropped from the ring.
    let new_only = KeyRing::new(new, vec![]);
    let dk_new = new_only.unwrap(&wk_new, AAD).unwrap();
    assert_eq!(dk_new.open(AAD, &blob).unwrap(), b"dossier");
}

#[test]
fn a_ring_without_the_wrapping_key_reports_unknown_key_id() {
    let wk = ring().wrap(&DataKey::generate(), AAD);
    assert_eq!(
        ring().unwrap(&wk, AAD).unwrap_err(),
        CryptoError::UnknownKeyId(wk.kek_id.clone())
    );
}

#[test]
fn data_under_a_shredded_data_key_cannot_be_opened_by_any_other_key() {
    let ring = ring();
    let shredded = DataKey::generate();
    let blob = shredded.seal(AAD, b"verwijderd dossier");
    drop(ring.wrap(&shredded, AAD)); // the only wrapped copy is deleted
    drop(shredded);
    for _ in 0..20 {
        let other = ring
            .unwrap(&ring.wrap(&DataKey::generate(), AAD), AAD)
            .unwrap();
        assert_eq!(other.open(AAD, &blob).unwrap_err(), CryptoError::Decrypt);
    }
}

#[test]
fn subkeys_are_the_labelled_hmac_of_the_current_key() {
    let key = MasterKey::from_base64(&STANDARD.encode([3u8; 32])).unwrap();
    let ring = KeyRing::new(key, vec![MasterKey::generate()]);
    assert_eq!(
        ring.subkey("csrf"),
        hmac_sha256(&[3u8; 32], b"naast-subkey:csrf")
    );
    assert_ne!(ring.subkey("csrf"), ring.subkey("system-data"));
}
