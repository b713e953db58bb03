-- A change counter on persons, as cases have one: every change to a person's sealed details
-- (and their destruction) counts it up, so that each instance's in-memory search cache sees a
-- change by comparing a per-tenant marker (count, highest id, sum of versions) and never keeps
-- an erased citizen findable. No personal data, no fragment of it.
ALTER TABLE persons ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- The marker and the versions are read before every search: from these indexes alone, without
-- reading the rows (and their sealed data).
CREATE INDEX cases_search_marker ON cases (tenant_id, id, version);
CREATE INDEX persons_search_marker ON persons (tenant_id, id, version);
