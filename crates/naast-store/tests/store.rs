//! Storage behaviour on both backends: migrations, the job lease across instances, the audit
//! chain. PostgreSQL runs where `NAAST_TEST_DATABASE_URL` is set.

#![expect(clippy::unwrap_used, reason = "tests fail loudly")]

use naast_store::{Db, audit, jobs};

struct TestDb {
    url: String,
    _dir: Option<tempfile::TempDir>,
}

async fn databases() -> Vec<TestDb> {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vec![TestDb {
        url: Db::sqlite_url(dir.path()),
        _dir: Some(dir),
    }];
    match std::env::var("NAAST_TEST_DATABASE_URL") {
        Ok(base) => {
            let db = Db::connect(&base).await.unwrap();
            let name = format!(
                "naast_s_{}",
                naast_crypto::to_hex(&naast_crypto::random_bytes::<6>())
            );
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(db.pool())
                .await
                .unwrap();
            let (prefix, _) = base.rsplit_once('/').unwrap();
            v.push(TestDb {
                url: format!("{prefix}/{name}"),
                _dir: None,
            });
        }
        Err(_) => {
            eprintln!("notice: NAAST_TEST_DATABASE_URL is not set; skipping the PostgreSQL variant")
        }
    }
    v
}

#[tokio::test]
async fn migrations_apply_once_and_again_change_nothing() {
    for t in databases().await {
        let db = Db::connect(&t.url).await.unwrap();
        assert_eq!(db.migrate().await.unwrap(), 37, "{}", t.url);
        assert_eq!(db.migrate().await.unwrap(), 0);
        assert!(db.ping().await);
    }
}

#[tokio::test]
async fn two_instances_run_one_job_exactly_once() {
    for t in databases().await {
        let a = Db::connect(&t.url).await.unwrap();
        a.migrate().await.unwrap();
        let b = Db::connect(&t.url).await.unwrap();
        let now = naast_store::now();
        for round in 0..20 {
            let id = jobs::enqueue(a.pool(), "test.once", &round.to_string(), now)
                .await
                .unwrap();
            let (da, db_) = (a.clone(), b.clone());
            let ta = tokio::spawn(async move { jobs::claim(&da, "a", now, 60).await });
            let tb = tokio::spawn(async move { jobs::claim(&db_, "b", now, 60).await });
            let (ra, rb) = (ta.await.unwrap().unwrap(), tb.await.unwrap().unwrap());
            let (job, worker) = match (ra, rb) {
                (Some(j), None) => (j, "a"),
                (None, Some(j)) => (j, "b"),
                (ra, rb) => panic!("{}: round {round}: claims a={ra:?} b={rb:?}", t.url),
            };
            assert_eq!(job.id, id);
            jobs::complete(&a, job.id, worker).await.unwrap();
        }
        assert!(
            jobs::claim(&b, "b", now + 10_000, 60)
                .await
                .unwrap()
                .is_none(),
            "nothing left"
        );
    }
}

#[tokio::test]
async fn a_job_whose_runner_died_is_taken_again_after_its_lease_and_failures_back_off() {
    for t in databases().await {
        let db = Db::connect(&t.url).await.unwrap();
        db.migrate().await.unwrap();
        let now = naast_store::now();
        jobs::enqueue(db.pool(), "test.retry", "", now)
            .await
            .unwrap();
        let first = jobs::claim(&db, "a", now, 60).await.unwrap().unwrap();
        assert!(
            jobs::claim(&db, "b", now + 30, 60).await.unwrap().is_none(),
            "leased"
        );
        let again = jobs::claim(&db, "b", now + 61, 60).await.unwrap().unwrap();
        assert_eq!(again.id, first.id);
        assert_eq!(again.attempts, 2);
        jobs::fail(&db, &again, "b", "smtp: connection refused")
            .await
            .unwrap();
        let rows = jobs::recent(&db, 10).await.unwrap();
        assert_eq!(rows[0].state, "queued");
        assert!(rows[0].run_at >= now + 60, "retried later, not at once");
        assert_eq!(
            rows[0].last_error.as_deref(),
            Some("smtp: connection refused")
        );
    }
}

#[tokio::test]
async fn the_audit_chain_verifies_and_refuses_changes() {
    for t in databases().await {
        let db = Db::connect(&t.url).await.unwrap();
        db.migrate().await.unwrap();
        let key = naast_crypto::DataKey::generate();
        for i in 0..5 {
            let id = i.to_string();
            let e = audit::Event {
                actor: audit::Actor::User(1),
                action: "case.read",
                object_kind: "case",
                object_id: &id,
            };
            audit::record(&db, &key, &e).await.unwrap();
        }
        let (_, head) = audit::head(&db).await.unwrap();
        assert_eq!(
            audit::verify(&db, &key).await.unwrap(),
            audit::Verdict::Ok { entries: 5, head }
        );
        assert!(
            matches!(
                audit::verify(&db, &naast_crypto::DataKey::generate())
                    .await
                    .unwrap(),
                audit::Verdict::Broken { .. }
            ),
            "another key does not verify the keyed chain"
        );
        assert!(
            sqlx::query("DELETE FROM audit_log WHERE seq = 3")
                .execute(db.pool())
                .await
                .is_err(),
            "append-only"
        );
        if db.kind() == naast_store::BackendKind::Postgres {
            assert!(
                sqlx::query("TRUNCATE audit_log")
                    .execute(db.pool())
                    .await
                    .is_err(),
                "TRUNCATE is refused on PostgreSQL"
            );
        }
    }
}

#[tokio::test]
async fn a_database_error_reads_as_a_code_and_never_quotes_a_value() {
    for t in databases().await {
        let db = Db::connect(&t.url).await.unwrap();
        db.migrate().await.unwrap();
        // Both databases quote the name back in their own message.
        let e = sqlx::query("SELECT * FROM \"jan.jansen@voorbeeld.nl\"")
            .execute(db.pool())
            .await
            .map_err(naast_store::StoreError::from)
            .unwrap_err();
        let text = e.to_string();
        assert!(text.starts_with("db.failed: "), "{}: {text}", t.url);
        assert!(!text.contains("jansen"), "{}: {text}", t.url);
        // A constraint: the code says which kind, the value stays out.
        let e = sqlx::query(
            "INSERT INTO outbox (recipient, subject, body, created_at) \
             VALUES (NULL, 'jan.jansen@voorbeeld.nl', 'x', 0)",
        )
        .execute(db.pool())
        .await
        .map_err(naast_store::StoreError::from)
        .unwrap_err();
        let text = e.to_string();
        assert_eq!(e.fault(), naast_store::DbFault::Constraint, "{text}");
        assert!(text.starts_with("db.constraint: "), "{}: {text}", t.url);
        assert!(!text.contains("jansen"), "{}: {text}", t.url);
    }
}
