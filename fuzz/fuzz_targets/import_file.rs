//! Fuzzes `naast case import`'s file reader (JSON Lines, CSV, XLSX) and row checks: see `naast_fuzzing::TARGETS`. `scripts/fuzz` runs it.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| naast_fuzzing::import::file(data));
