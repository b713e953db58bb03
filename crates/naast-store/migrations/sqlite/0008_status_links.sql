-- The citizen's private status link. Only the token's hash finds a kwestie; the token itself is
-- kept sealed with the case's key, so that a "there is news" e-mail can carry the link again
-- (and crypto-shredding the case key makes it unreadable with the rest).
CREATE TABLE status_links (
    token_hash   TEXT PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sealed_token BLOB,
    lang         TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX status_links_case ON status_links (case_id);
