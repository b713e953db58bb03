//! Word lists fail loudly: a configured `NAAST_DEID_LISTS` that cannot be read stops start-up and
//! `naast deid` with a clear message; without one, start-up says that the personal-data check
//! runs on patterns and context alone.

use crate::harness::*;
use std::io::BufRead;
use std::time::{Duration, Instant};

/// Starts `naast serve` with `env`; returns whether it came up (then stopped) and its stderr.
fn serve(store: &Store, env: &[(&str, &str)]) -> (bool, String) {
    let log = store
        .dir
        .path()
        .join(format!("serve-{}.log", random_hex(4)));
    let mut cmd = store.command(&["serve", "--addr", "127.0.0.1:0"]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut first = String::new();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let _ = out.read_line(&mut first);
    let up = first.starts_with("Naast listening on ");
    if up {
        let _ = child.kill();
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    (up, std::fs::read_to_string(&log).unwrap())
}

#[tokio::test]
async fn a_word_list_that_cannot_be_read_stops_start_up_and_none_is_said_out_loud() {
    let store = Store::sqlite();
    let (code, _, err) = store.run(&["migrate"]);
    assert_eq!(code, 0, "{err}");

    // Named but missing: no start, and the message names the variable and the path.
    let missing = store.dir.path().join("geen-lijsten.fst");
    let (up, err) = serve(&store, &[("NAAST_DEID_LISTS", missing.to_str().unwrap())]);
    assert!(!up, "{err}");
    assert!(
        err.contains("NAAST_DEID_LISTS names") && err.contains("geen-lijsten.fst"),
        "{err}"
    );
    // A file that is not a word-list file: likewise.
    let junk = store.dir.path().join("junk.fst");
    std::fs::write(&junk, b"not a list").unwrap();
    let (up, err) = serve(&store, &[("NAAST_DEID_LISTS", junk.to_str().unwrap())]);
    assert!(!up, "{err}");
    assert!(err.contains("not a word-list file"), "{err}");
    // `naast deid` refuses it too.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_naast"))
        .args(["deid", "--jsonl"])
        .env("NAAST_DEID_LISTS", &junk)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("junk.fst"));

    // None configured: it starts, and says that the check runs without word lists.
    let (up, err) = serve(&store, &[]);
    assert!(up, "{err}");
    assert!(err.contains("without word lists"), "{err}");

    // A real list file (tiny, made here): it starts and says nothing about lists.
    let src = store.dir.path().join("lists");
    for (dir, words) in [
        ("names/lst_first_name", "henk\nanouk\n"),
        ("names/lst_surname", "de boer\nvisser\n"),
        ("locations/lst_placename", "maasdal\n"),
        ("whitelist/lst_common_word", "taxi\n"),
    ] {
        std::fs::create_dir_all(src.join(dir)).unwrap();
        std::fs::write(src.join(dir).join("items.txt"), words).unwrap();
    }
    let file = store.dir.path().join("lijsten.fst");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_naast"))
        .args(["deid", "--build-lists"])
        .arg(&src)
        .arg("--out")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (up, err) = serve(&store, &[("NAAST_DEID_LISTS", file.to_str().unwrap())]);
    assert!(up, "{err}");
    assert!(!err.contains("without word lists"), "{err}");
}
