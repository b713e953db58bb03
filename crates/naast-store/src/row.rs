//! Small helpers to read columns from `AnyRow`.

use sqlx::Row;
use sqlx::any::AnyRow;

pub(crate) fn i(row: &AnyRow, col: &str) -> Result<i64, sqlx::Error> {
    row.try_get::<i64, _>(col)
}

pub(crate) fn oi(row: &AnyRow, col: &str) -> Result<Option<i64>, sqlx::Error> {
    row.try_get::<Option<i64>, _>(col)
}

pub(crate) fn s(row: &AnyRow, col: &str) -> Result<String, sqlx::Error> {
    row.try_get::<String, _>(col)
}

pub(crate) fn os(row: &AnyRow, col: &str) -> Result<Option<String>, sqlx::Error> {
    row.try_get::<Option<String>, _>(col)
}

pub(crate) fn ob(row: &AnyRow, col: &str) -> Result<Option<Vec<u8>>, sqlx::Error> {
    row.try_get::<Option<Vec<u8>>, _>(col)
}

pub(crate) fn b(row: &AnyRow, col: &str) -> Result<Vec<u8>, sqlx::Error> {
    row.try_get::<Vec<u8>, _>(col)
}
