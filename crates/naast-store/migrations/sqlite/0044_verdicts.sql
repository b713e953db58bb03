-- The citizen's verdict on a closed kwestie (one per kwestie): three answer codes and an
-- optional comment sealed with the case key, which passes the personal-data check before it
-- can be quoted (`comment_review`: unchecked, cleared or refused; `sealed_quote` holds the
-- checked text). Gone with the kwestie's personal data (erasure, retention).
CREATE TABLE case_verdicts (
    case_id        INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    heard          TEXT NOT NULL,
    knows_next     TEXT NOT NULL,
    recommend      TEXT NOT NULL,
    sealed_comment BLOB,
    comment_review TEXT NOT NULL DEFAULT 'unchecked',
    sealed_quote   BLOB,
    answered_at    INTEGER NOT NULL
);
-- The answers also go into the statistical record, which outlives the personal data (the
-- upsert of a kwestie's record does not name these columns, so it keeps them).
ALTER TABLE stat_records ADD COLUMN verdict_heard TEXT;
ALTER TABLE stat_records ADD COLUMN verdict_knows_next TEXT;
ALTER TABLE stat_records ADD COLUMN verdict_recommend TEXT;
