-- Trust: a citizen's file stays theirs. A public intake is a person of its own; a possible
-- match with a known person (same e-mail, phone number or normalised name, through keyed blind
-- indexes) is only suggested, and the confidant links or keeps them apart. Limits on what a
-- status link can write, and web intakes nobody opened.
ALTER TABLE persons ADD COLUMN phone_index TEXT;
CREATE INDEX persons_phone ON persons (tenant_id, phone_index);

-- A suggested match the confidant decided is someone else: not suggested again for this case.
CREATE TABLE person_kept_apart (
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    decided_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    decided_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, person_id)
);

-- When a confidant first opened the kwestie (existing ones count as opened).
ALTER TABLE cases ADD COLUMN first_opened_at INTEGER;
UPDATE cases SET first_opened_at = updated_at;

-- Days after which a web intake nobody opened is destroyed, and how many were, per year.
ALTER TABLE tenants ADD COLUMN unopened_days INTEGER NOT NULL DEFAULT 90;
CREATE TABLE unopened_destroyed (
    tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    year      INTEGER NOT NULL,
    destroyed INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, year)
);

-- Reading a status page is audited at most once an hour per link.
ALTER TABLE status_links ADD COLUMN audited_at INTEGER;
