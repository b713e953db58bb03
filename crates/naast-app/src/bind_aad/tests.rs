use super::*;
use crate::keys::LEGACY_AAD;
use crate::{App, Settings};
use naast_crypto::{DataKey, KeyRing, MasterKey, WrappedKey};
use naast_store::Db;
use naast_store::{cases, keys, settings};

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

/// The databases to run on: SQLite always; PostgreSQL (a fresh database) where
/// `NAAST_TEST_DATABASE_URL` names a server.
async fn databases()
-> std::result::Result<Vec<(Db, Option<tempfile::TempDir>)>, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut v = vec![(Db::connect(&Db::sqlite_url(dir.path())).await?, Some(dir))];
    match std::env::var("NAAST_TEST_DATABASE_URL") {
        Ok(base) => {
            let admin = Db::connect(&base).await?;
            let name = format!(
                "naast_t_{}",
                naast_crypto::to_hex(&naast_crypto::random_bytes::<6>())
            );
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(admin.pool())
                .await?;
            let (prefix, _) = base.rsplit_once('/').ok_or("database url")?;
            v.push((Db::connect(&format!("{prefix}/{name}")).await?, None));
        }
        Err(_) => {
            eprintln!("notice: NAAST_TEST_DATABASE_URL is not set; skipping the PostgreSQL variant")
        }
    }
    Ok(v)
}

/// How many values of each kind were put back under their old AAD.
#[derive(Debug, Default)]
struct Old {
    records: usize,
    status_tokens: usize,
    persons: usize,
    signal_tokens: usize,
    narratives: usize,
    mails: usize,
}

impl Old {
    fn total(&self) -> usize {
        self.records
            + self.status_tokens
            + self.persons
            + self.signal_tokens
            + self.narratives
            + self.mails
    }
}

/// Seals the values bound in version 2 the way version 1 did: kwestie records and status-link
/// tokens bound to the kwestie only, persons to their random id only, signal tokens and
/// narratives under one fixed AAD, outbox messages under their field and kwestie.
async fn seal_the_old_way(app: &App) -> std::result::Result<Old, Box<dyn std::error::Error>> {
    use crate::cases::{legacy_person_aad, person_aad, record_aad, status_token_aad};
    use crate::reports::narrative::{AAD_NARRATIVE, narrative_aad, sealed_blob, stored_form};
    use naast_store::{outbox, persons, rebind, reports, signals};
    let pool = app.db.pool();
    let mut old = Old::default();
    for (id, tenant, reference, key_id) in cases::keyed_after(pool, 0, 1_000).await? {
        let Some(key) = app.data_key(key_id).await? else {
            continue;
        };
        if let Some(blob) = rebind::case_sealed(pool, id).await? {
            let plain = key.open(&record_aad(tenant, &reference), &blob)?;
            let legacy = key.seal(&crate::cases::aad(&reference), &plain);
            assert!(rebind::set_case_sealed(pool, id, &blob, &legacy).await?);
            old.records += 1;
        }
        for (hash, blob) in rebind::status_tokens(pool, id).await? {
            let plain = key.open(&status_token_aad(tenant, &reference), &blob)?;
            let legacy = key.seal(format!("status:{reference}").as_bytes(), &plain);
            rebind::set_status_token(pool, &hash, &legacy).await?;
            old.status_tokens += 1;
        }
    }
    for p in persons::live_after(pool, 0, 1_000).await? {
        let (Some(key), Some(blob)) = (app.data_key(p.data_key_id).await?, p.sealed) else {
            continue;
        };
        let plain = key.open(&person_aad(p.tenant_id, &p.stat_id), &blob)?;
        let legacy = key.seal(&legacy_person_aad(&p.stat_id), &plain);
        assert!(rebind::set_person_sealed(pool, p.id, &blob, &legacy).await?);
        old.persons += 1;
    }
    let sys = app.system_key();
    for s in signals::after(pool, 0, 1_000).await? {
        if let Some(blob) = s.sealed_token {
            let plain = sys.open(&crate::signals::token_aad(s.tenant_id, s.id), &blob)?;
            rebind::set_signal_token(pool, s.id, &sys.seal(crate::signals::AAD_TOKEN, &plain))
                .await?;
            old.signal_tokens += 1;
        }
    }
    for id in rebind::report_ids_after(pool, 0, 1_000).await? {
        let r = reports::get(pool, id).await?.ok_or("report")?;
        if let Some(blob) = sealed_blob(&r.narrative) {
            let plain = sys.open(&narrative_aad(r.tenant_id, r.id), &blob)?;
            let legacy = stored_form(&sys.seal(AAD_NARRATIVE, &plain));
            reports::set_narrative(pool, id, &legacy).await?;
            old.narratives += 1;
        }
    }
    for r in outbox::after(pool, 0, 1_000).await? {
        let key = match r.case_key_id {
            Some(k) => app.data_key(k).await?.ok_or("case key")?,
            None => sys.clone(),
        };
        let tenant = r.case_tenant_id.unwrap_or(0);
        let reference = r.case_reference.as_deref();
        let mut fields = Vec::new();
        for (field, blob) in [
            (crate::mail::RECIPIENT, &r.recipient),
            (crate::mail::SUBJECT, &r.subject),
            (crate::mail::BODY, &r.body),
        ] {
            let plain = key.open(&crate::mail::aad(field.0, tenant, r.id), blob)?;
            fields.push(key.seal(&crate::mail::legacy_aad(field.1, reference), &plain));
        }
        outbox::set_sealed(pool, r.id, &fields[0], &fields[1], &fields[2]).await?;
        old.mails += 1;
    }
    Ok(old)
}

/// What the application reads of every kind, through its own readers: the kwesties' records
/// and status-link tokens, persons, signal tokens, narratives and outbox messages.
async fn read_everything(
    app: &App,
) -> std::result::Result<Vec<String>, Box<dyn std::error::Error>> {
    use naast_store::{outbox, persons, rebind, reports, signals};
    let pool = app.db.pool();
    let mut seen = Vec::new();
    for (id, _, reference, _) in cases::keyed_after(pool, 0, 1_000).await? {
        let c = app.load_any_case(&reference).await?;
        seen.push(c.sealed()?.story);
        for (_, token) in rebind::status_tokens(pool, id).await? {
            seen.push(c.status_token(&token)?);
        }
    }
    for p in persons::live_after(pool, 0, 1_000).await? {
        let (_, person) = app.person_view(p.id).await?.ok_or("person")?;
        seen.push(person.name);
    }
    for s in signals::after(pool, 0, 1_000).await? {
        if let Some(blob) = &s.sealed_token {
            seen.push(app.open_signal_value(
                &s,
                "sealed_token",
                crate::signals::AAD_TOKEN,
                blob,
            )?);
        }
    }
    for id in rebind::report_ids_after(pool, 0, 1_000).await? {
        let r = reports::get(pool, id).await?.ok_or("report")?;
        if crate::reports::narrative::sealed_blob(&r.narrative).is_some() {
            seen.push(app.open_narrative_blob(
                &r,
                &crate::reports::narrative::sealed_blob(&r.narrative).ok_or("blob")?,
            )?);
        }
    }
    for r in outbox::after(pool, 0, 1_000).await? {
        let (to, subject, body, _) = app.open_mail_fields(&r).await?.ok_or("mail")?;
        seen.extend([to, subject, body]);
    }
    Ok(seen)
}

#[tokio::test]
async fn every_value_bound_in_version_2_is_read_the_old_way_then_rebound_on_both_backends() -> R {
    for (db, _dir) in databases().await? {
        db.migrate().await?;
        let label = format!("{:?}", db.kind());
        let mut app = App::new(
            db,
            KeyRing::new(MasterKey::generate(), Vec::new()),
            Settings::default(),
        )
        .await?;
        app.load_demo(11, 12).await?;
        {
            // A message not about a kwestie (sealed under the system key) beside the demo's.
            let mut tx = app.db.begin().await?;
            app.queue_mail(&mut tx, "nieuw@gemeente.example", "Welkom", "Uw account.")
                .await?;
            tx.commit().await?;
        }
        let before = read_everything(&app).await?;
        let old = seal_the_old_way(&app).await?;
        assert!(
            old.records > 0
                && old.status_tokens > 0
                && old.persons > 0
                && old.signal_tokens > 0
                && old.narratives > 0
                && old.mails > 1,
            "{label}: the demo holds every kind: {old:?}"
        );
        settings::set(app.db.pool(), AAD_VERSION, "1").await?;
        app.legacy_aad.store(true, Ordering::Relaxed);
        // An upgraded instance reads them before the step.
        assert_eq!(read_everything(&app).await?, before, "{label}");

        let mut out = Vec::new();
        assert_eq!(app.bind_aad_to(&mut out).await?, old.total(), "{label}");
        let said = String::from_utf8(out)?;
        for part in [
            "kwesties", "persons", "signals", "reports", "outbox", "done",
        ] {
            assert!(said.contains(part), "{label}: {part}: {said}");
        }
        assert!(!app.legacy_aad());
        // After it, everything reads the same without the fallback …
        assert_eq!(read_everything(&app).await?, before, "{label}");
        // … and a second run finds nothing to do.
        let mut out = Vec::new();
        assert_eq!(app.bind_aad_to(&mut out).await?, 0);
        assert!(out.is_empty());
        // A value sealed the old way now is refused.
        seal_the_old_way(&app).await?;
        assert!(read_everything(&app).await.is_err(), "{label}");
    }
    Ok(())
}
