//! Fuzzes single fields: e-mail, phone, slug, colour, reference, Accept-Language, tokens, upload type: see `naast_fuzzing::TARGETS`. `scripts/fuzz` runs it.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| naast_fuzzing::fields::fields(data));
