-- The acknowledgement of receipt (ontvangstbevestiging) of a filed procedure: the date the body
-- says it received the complaint or objection, and the uploaded acknowledgement itself (an
-- attachment of the kwestie, sealed like any). Proof that an objection was on time (Awb 6:9).
CREATE TABLE procedure_receipts (
    procedure_id  INTEGER PRIMARY KEY REFERENCES case_procedures(id) ON DELETE CASCADE,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    received_on   TEXT NOT NULL,
    attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    INTEGER REFERENCES users(id)
);
CREATE INDEX procedure_receipts_case ON procedure_receipts (case_id);
