-- A keyed audit chain: entries from now on are chained with HMAC-SHA256 under a key derived
-- from the installation's system data key; older entries keep their SHA-256 links. The anchor
-- (sealed, written with the first keyed entry) says where the keyed chain begins. TRUNCATE,
-- which row triggers do not see, is refused by a statement trigger.
ALTER TABLE audit_log ADD COLUMN hash_alg TEXT NOT NULL DEFAULT 'sha256';
INSERT INTO settings (key, value) VALUES ('audit.anchor', 'pending');
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
