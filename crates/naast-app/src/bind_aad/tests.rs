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

#[tokio::test]
async fn timeline_entries_bound_to_their_kwestie_only_are_resealed_for_their_row() -> R {
    let dir = tempfile::tempdir()?;
    let db = Db::connect(&Db::sqlite_url(dir.path())).await?;
    db.migrate().await?;
    let mut app = App::new(
        db,
        KeyRing::new(MasterKey::generate(), Vec::new()),
        Settings::default(),
    )
    .await?;
    app.load_demo(7, 3).await?;
    // Seal every entry of the first kwesties the old way: bound to the kwestie only.
    let mut old = Vec::new();
    for (id, _, reference, key_id) in cases::keyed_after(app.db.pool(), 0, 5).await? {
        let key = app.data_key(key_id).await?.ok_or("shredded")?;
        let row = cases::by_id(app.db.pool(), id).await?.ok_or("case")?;
        for e in cases::entries(app.db.pool(), id).await? {
            let Some(blob) = e.sealed else { continue };
            let aad = crate::at_rest::aad("case_entries", "sealed", row.tenant_id, e.id);
            let plain = key.open(&aad, &blob)?;
            let legacy = key.seal(&crate::cases::aad(&reference), &plain);
            cases::set_entry_sealed(app.db.pool(), e.id, Some(&legacy)).await?;
            old.push((id, e.id, plain));
        }
    }
    assert!(!old.is_empty(), "the demo has timeline entries");
    settings::set(app.db.pool(), AAD_VERSION, "0").await?;
    app.legacy_aad.store(true, Ordering::Relaxed);
    // Before the step they are read through the fallback.
    let (case_id, entry_id, plain) = &old[0];
    let row = cases::by_id(app.db.pool(), *case_id).await?.ok_or("case")?;
    let key = app.data_key(row.data_key_id).await?;
    let blob = cases::entries(app.db.pool(), *case_id)
        .await?
        .into_iter()
        .find(|e| e.id == *entry_id)
        .and_then(|e| e.sealed);
    let c = crate::cases::Loaded {
        row: row.clone(),
        key: key.clone(),
        legacy: true,
    };
    assert_eq!(
        c.open_at("case_entries", "sealed", *entry_id, &blob)
            .as_bytes(),
        plain.as_slice()
    );

    let mut out = Vec::new();
    assert_eq!(app.bind_aad_to(&mut out).await?, old.len());
    let said = String::from_utf8(out)?;
    assert!(said.contains("kwestie values re-sealed"), "{said}");
    for (case_id, entry_id, plain) in &old {
        let row = cases::by_id(app.db.pool(), *case_id).await?.ok_or("case")?;
        let c = crate::cases::Loaded {
            key: app.data_key(row.data_key_id).await?,
            row,
            legacy: false,
        };
        let blob = cases::entries(app.db.pool(), *case_id)
            .await?
            .into_iter()
            .find(|e| e.id == *entry_id)
            .and_then(|e| e.sealed)
            .ok_or("entry")?;
        let key = c.key.as_ref().ok_or("key")?;
        assert!(
            key.open(&crate::cases::aad(&c.row.reference), &blob)
                .is_err()
        );
        assert_eq!(
            c.open_at("case_entries", "sealed", *entry_id, &Some(blob))
                .as_bytes(),
            plain.as_slice()
        );
    }
    let mut out = Vec::new();
    assert_eq!(app.bind_aad_to(&mut out).await?, 0);
    assert!(out.is_empty());
    Ok(())
}
