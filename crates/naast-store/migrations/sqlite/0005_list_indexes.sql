-- The case list sorts by opening date within a tenant, often filtered by area or owner.
CREATE INDEX cases_opened ON cases (tenant_id, opened_on);
CREATE INDEX cases_area_opened ON cases (tenant_id, area, opened_on);
CREATE INDEX cases_org_opened ON cases (tenant_id, organisation, opened_on);
