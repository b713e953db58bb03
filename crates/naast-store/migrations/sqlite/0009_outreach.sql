-- The outreach register: walk-in hours held, information sessions and presentations, so that
-- the annual report can show whether the service is known. No personal data.
CREATE TABLE outreach (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    held_on     TEXT NOT NULL,
    place       TEXT NOT NULL,
    audience    TEXT NOT NULL,
    attendance  INTEGER NOT NULL,
    minutes     INTEGER NOT NULL,
    note        TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL
);
CREATE INDEX outreach_tenant_day ON outreach (tenant_id, held_on);
