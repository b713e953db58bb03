-- Anonymized reports. A year's plan (which categories are shown) is fixed before its first
-- report; a report is a version of one period (quarter 1-4, or 0 for the year). Published
-- versions are frozen: their numbers (`content`), which numbers were hidden and the statistical
-- records they counted (`units`) never change; a correction is a new version with a note.
-- No personal data: counts, codes and the confidant's de-identified narrative.
CREATE TABLE report_plans (
    tenant_id   INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL,
    plan        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, year)
);
CREATE TABLE reports (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    year          INTEGER NOT NULL,
    quarter       INTEGER NOT NULL CHECK (quarter BETWEEN 0 AND 4),
    version       INTEGER NOT NULL,
    status        TEXT NOT NULL,
    narrative     TEXT NOT NULL DEFAULT '{}',
    correction    TEXT NOT NULL DEFAULT '',
    content       TEXT,
    hidden        TEXT,
    units         TEXT,
    discussed_on  TEXT,
    agreed        TEXT NOT NULL DEFAULT '',
    created_by    INTEGER REFERENCES users(id),
    reviewed_by   INTEGER REFERENCES users(id),
    published_by  INTEGER REFERENCES users(id),
    published_at  INTEGER,
    updated_at    INTEGER NOT NULL,
    UNIQUE (tenant_id, year, quarter, version)
);
CREATE INDEX reports_tenant ON reports (tenant_id, year, quarter);
