-- Outgoing mail belongs to its kwestie: a message about a case carries it, is sealed under the
-- case's own data key and goes with the case on erasure and retention (mail not about a case,
-- such as a staff invitation, has none). Old messages are purged by created_at.
ALTER TABLE outbox ADD COLUMN case_id BIGINT REFERENCES cases(id) ON DELETE CASCADE;
CREATE INDEX outbox_case ON outbox (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX outbox_created ON outbox (created_at);
-- A message's send job is found by its outbox id (the payload).
CREATE INDEX jobs_kind_payload ON jobs (kind, payload);
-- Sign-in throttling now keys on a keyed hash, never an e-mail or IP address; the counts kept
-- under plain keys so far (recent failures only) are dropped.
DELETE FROM throttle;
-- Errors stored until now could hold a mail server's or a database's own words, which may quote
-- an address; from now on only a code and fixed words are stored.
UPDATE outbox SET last_error = 'legacy.removed: an error stored before error codes (its text could hold personal data)'
WHERE last_error IS NOT NULL;
UPDATE jobs SET last_error = 'legacy.removed: an error stored before error codes (its text could hold personal data)'
WHERE last_error IS NOT NULL;
