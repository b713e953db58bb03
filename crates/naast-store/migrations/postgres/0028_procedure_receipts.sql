-- The acknowledgement of receipt (ontvangstbevestiging) of a filed procedure: the date the body
-- says it received the complaint or objection, and the uploaded acknowledgement itself (an
-- attachment of the kwestie, sealed like any). Proof that an objection was on time (Awb 6:9).
CREATE TABLE procedure_receipts (
    procedure_id  BIGINT PRIMARY KEY REFERENCES case_procedures(id) ON DELETE CASCADE,
    case_id       BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    received_on   TEXT NOT NULL,
    attachment_id BIGINT REFERENCES attachments(id) ON DELETE SET NULL,
    updated_at    BIGINT NOT NULL,
    updated_by    BIGINT REFERENCES users(id)
);
CREATE INDEX procedure_receipts_case ON procedure_receipts (case_id);
