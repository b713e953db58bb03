use super::*;
use crate::keys::LEGACY_AAD;
use crate::{App, Settings};
use naast_crypto::{DataKey, KeyRing, MasterKey, WrappedKey};
use naast_store::Db;

type R = std::result::Result<(), Box<dyn std::error::Error>>;

/// A data key stored the way versions before `aad.version` 1 stored it.
async fn legacy_key(app: &App) -> std::result::Result<(i64, DataKey), Box<dyn std::error::Error>> {
    let key = DataKey::generate();
    let w = app.keys.wrap(&key, LEGACY_AAD);
    let id = keys::insert(app.db.pool(), &w.kek_id, &w.blob).await?;
    Ok((id, key))
}

#[tokio::test]
async fn old_data_keys_are_rewrapped_once_with_their_row_and_progress_goes_to_the_writer() -> R {
    let dir = tempfile::tempdir()?;
    let db = Db::connect(&Db::sqlite_url(dir.path())).await?;
    db.migrate().await?;
    let app = App::new(
        db,
        KeyRing::new(MasterKey::generate(), Vec::new()),
        Settings::default(),
    )
    .await?;
    assert!(!app.legacy_aad(), "a new database starts bound");
    // A database from before: keys under the old AAD and no `aad.version`.
    let (a, key_a) = legacy_key(&app).await?;
    let (b, _) = legacy_key(&app).await?;
    settings::set(app.db.pool(), AAD_VERSION, "0").await?;
    app.legacy_aad.store(true, Ordering::Relaxed);
    let blob = key_a.seal(b"x", b"dossier");
    // Before the step an upgraded instance still reads them.
    let opened = app.data_key(a).await?.ok_or("shredded")?;
    assert_eq!(opened.open(b"x", &blob)?, b"dossier");

    let mut out = Vec::new();
    assert_eq!(app.bind_aad_to(&mut out).await?, 2);
    let said = String::from_utf8(out)?;
    assert!(
        said.contains("data keys") && said.contains("2 re-wrapped"),
        "{said}"
    );
    assert!(said.contains("upgrade all of them together"), "{said}");
    assert!(!app.legacy_aad());

    // Now each is wrapped for its own row only.
    for id in [a, b] {
        let row = keys::get(app.db.pool(), id).await?.ok_or("row")?;
        let wk = WrappedKey {
            kek_id: row.kek_id.clone(),
            blob: row.wrapped.clone().ok_or("wrapped")?,
        };
        assert!(app.keys.unwrap(&wk, LEGACY_AAD).is_err());
        assert!(app.keys.unwrap(&wk, &key_aad(id)).is_ok());
    }
    let opened = app.data_key(a).await?.ok_or("shredded")?;
    assert_eq!(opened.open(b"x", &blob)?, b"dossier");

    // A second run does nothing and says nothing.
    let mut out = Vec::new();
    assert_eq!(app.bind_aad_to(&mut out).await?, 0);
    assert!(out.is_empty());
    // And after it, the old AAD is no longer accepted.
    let (c, _) = legacy_key(&app).await?;
    assert!(app.data_key(c).await.is_err());
    Ok(())
}
