-- Whether the municipality's public page lists its published reports for residents, as PDF and
-- as open data: 'off' (the default: nothing listed), 'annual' (annual reports) or 'quarterly'
-- (annual and quarterly reports). Set by a coordinator; only the latest published version of
-- each period is shown.
ALTER TABLE tenants ADD COLUMN open_reports TEXT NOT NULL DEFAULT 'off';
