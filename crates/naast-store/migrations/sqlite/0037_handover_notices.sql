-- Kwesties handed to a colleague when their holder was disabled: one notice per receiver, shown
-- under the receiver's "Mijn werk" until they mark it seen. Staff names and kwestie references
-- only (`refs`: the references, one per line), nothing of a citizen.
CREATE TABLE handover_notices (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    from_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    from_name    TEXT NOT NULL,
    refs         TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    seen_at      INTEGER
);
CREATE INDEX handover_notices_user ON handover_notices (user_id, seen_at);
CREATE INDEX handover_notices_from ON handover_notices (from_user_id, created_at);
