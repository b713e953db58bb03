-- The open kwesties of a tenant (and their owners), without reading the closed ones: the count
-- beside "Mijn werk" (every page), the coordinator's open kwesties per person and the web
-- intakes still waiting ask for `status <> 'closed'`, which the other indexes can only filter.
-- Measured on 1,000,000 kwesties (docs/SCALE.md): a scan of every case row per page without it.
CREATE INDEX IF NOT EXISTS cases_open ON cases (tenant_id, owner_user_id) WHERE status <> 'closed';
