//! Fuzzes the staff forms' bodies as the web layer decodes and checks them: see `naast_fuzzing::TARGETS`. `scripts/fuzz` runs it.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| naast_fuzzing::forms::staff(data));
