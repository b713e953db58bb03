//! Fuzzes the JSON Lines readers of `naast deid` and `naast deadline`: see `naast_fuzzing::TARGETS`. `scripts/fuzz` runs it.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| naast_fuzzing::jsonl::lines(data));
