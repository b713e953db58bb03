-- A person's private calendar feed (issue 28): the secret in the feed's address is kept only as
-- its SHA-256 hash; renewing replaces it, revoking deletes the row.
CREATE TABLE calendar_feeds (
    user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
