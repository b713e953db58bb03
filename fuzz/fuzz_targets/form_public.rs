//! Fuzzes the public intake, as a web form and as the public API's JSON: see `naast_fuzzing::TARGETS`. `scripts/fuzz` runs it.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| naast_fuzzing::forms::public(data));
