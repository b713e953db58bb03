-- What may hold a name is sealed with the system data key: a signal's addressee address and
-- the answerer's name, an outreach activity's place, audience and note, and a report's
-- correction note and what was agreed. The sealed values name their table, field, tenant and
-- row (AAD), so that a value copied elsewhere does not open. Rows written before this version
-- are sealed once at start-up (in Rust: the key is needed) and their plain columns blanked.
ALTER TABLE signals ADD COLUMN addressee_email_sealed BYTEA;
ALTER TABLE signals ADD COLUMN answered_by_sealed BYTEA;
ALTER TABLE outreach ADD COLUMN sealed BYTEA;
ALTER TABLE reports ADD COLUMN correction_sealed BYTEA;
ALTER TABLE reports ADD COLUMN agreed_sealed BYTEA;
