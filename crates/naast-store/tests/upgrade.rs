//! Upgrading a database made by an earlier release: `fixtures/release-0025/naast.db` was made
//! by Naast at commit 37b88fa (migrations up to 0025; no release tag existed) with a tenant,
//! staff, kwesties and their audit trail (`fixtures/release-0025/README.md`). Every migration
//! since must apply to it, each once, and the rows it held must still read.

#![expect(clippy::unwrap_used, reason = "tests fail loudly")]

use naast_store::{Db, StoreError, ops};
use std::path::Path;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/release-0025/naast.db"
);
/// Migrations the fixture holds (1–20, 23, 24, 25).
const IN_FIXTURE: usize = 23;

async fn copy_of_fixture(dir: &Path) -> Db {
    std::fs::copy(FIXTURE, dir.join("naast.db")).unwrap();
    Db::connect(&Db::sqlite_url(dir)).await.unwrap()
}

#[tokio::test]
async fn every_later_migration_applies_to_the_release_database_and_its_rows_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = copy_of_fixture(dir.path()).await;
    assert_eq!(ops::schema_version(&db).await.unwrap(), 25);
    let before = (
        ops::count_rows(&db, "cases").await.unwrap(),
        ops::count_rows(&db, "audit_log").await.unwrap(),
        ops::count_rows(&db, "persons").await.unwrap(),
        ops::key_ids(&db).await.unwrap(),
    );
    assert!(before.0 >= 3, "the fixture holds kwesties");

    let known = ops::known_versions(naast_store::BackendKind::Sqlite);
    assert_eq!(known.iter().filter(|v| **v <= 25).count(), IN_FIXTURE);
    let applied = db.migrate().await.unwrap();
    assert_eq!(applied, known.len() - IN_FIXTURE, "every later migration");
    assert_eq!(
        ops::schema_version(&db).await.unwrap(),
        ops::newest_known(naast_store::BackendKind::Sqlite)
    );
    assert_eq!(db.migrate().await.unwrap(), 0, "each migration once");

    let after = (
        ops::count_rows(&db, "cases").await.unwrap(),
        ops::count_rows(&db, "audit_log").await.unwrap(),
        ops::count_rows(&db, "persons").await.unwrap(),
        ops::key_ids(&db).await.unwrap(),
    );
    assert_eq!(before, after, "no row lost, no key id changed");
    let tenant = naast_store::tenants::by_slug(db.pool(), "maasdal")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(tenant.name, "Maasdal");
    let (entries, head) = naast_store::audit::head(&db).await.unwrap();
    assert_eq!(entries, after.1);
    assert_eq!(head.len(), 64);
}

#[tokio::test]
async fn migrations_go_forward_only_a_newer_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = copy_of_fixture(dir.path()).await;
    db.migrate().await.unwrap();
    sqlx::query(
        "INSERT INTO naast_migrations (version, name, applied_at) VALUES (9999, 'future', 0)",
    )
    .execute(db.pool())
    .await
    .unwrap();
    assert!(matches!(db.migrate().await, Err(StoreError::TooNew(9999))));
}
