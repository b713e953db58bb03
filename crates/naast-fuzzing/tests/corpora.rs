//! Replays every saved fuzz input (`fuzz/corpus/<target>/`) through the function its target
//! calls, as an ordinary test on stable Rust: what the fuzzer once found stays fixed.

use std::path::PathBuf;

fn corpus(target: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target)
}

#[test]
fn every_saved_input_passes_its_target() {
    let mut failed = Vec::new();
    for (name, run) in naast_fuzzing::TARGETS {
        let dir = corpus(name);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            panic!("no corpus for target {name} at {}", dir.display());
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        assert!(!files.is_empty(), "the corpus of {name} is empty");
        for file in files {
            let Ok(bytes) = std::fs::read(&file) else {
                panic!("cannot read {}", file.display());
            };
            if std::panic::catch_unwind(|| run(&bytes)).is_err() {
                failed.push(file.display().to_string());
            }
        }
    }
    assert!(failed.is_empty(), "inputs that fail: {failed:#?}");
}
