-- Case imports: what was imported once is never imported twice. The key is the old system's
-- reference (`ref:…`) or a hash of the whole line (`line:…`).
CREATE TABLE import_keys (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    key       TEXT NOT NULL,
    case_id   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
