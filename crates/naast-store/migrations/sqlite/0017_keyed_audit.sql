-- A keyed audit chain: entries from now on are chained with HMAC-SHA256 under a key derived
-- from the installation's system data key; older entries keep their SHA-256 links. The anchor
-- (sealed, written with the first keyed entry) says where the keyed chain begins.
-- SQLite cannot refuse a statement on the whole file: whoever holds the file can change it;
-- the keyed chain and a head kept elsewhere (`naast audit verify --expect N:H`) notice it.
ALTER TABLE audit_log ADD COLUMN hash_alg TEXT NOT NULL DEFAULT 'sha256';
INSERT INTO settings (key, value) VALUES ('audit.anchor', 'pending');
