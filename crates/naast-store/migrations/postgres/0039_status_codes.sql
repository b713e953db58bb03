-- The citizen's short way back: a six-digit code that opens the status page together with the
-- kwestie's reference. Only a keyed hash (HMAC under the system key's blind-index key, bound
-- to the reference) checks it; a copy sealed with the case's key lets the slip and the first
-- e-mail show it again, and dies with that key. Wrong tries are counted in `throttle`, under
-- a keyed hash of the reference. One code per kwestie: a new one replaces the old.
CREATE TABLE status_codes (
    case_id     BIGINT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    code_hash   TEXT NOT NULL,
    sealed_code BYTEA,
    created_at  BIGINT NOT NULL
);
