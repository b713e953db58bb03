//! Fuzzes the de-identifier's tokenizer and detectors on any text: see `naast_fuzzing::TARGETS`. `scripts/fuzz` runs it.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| naast_fuzzing::deid_find(data));
