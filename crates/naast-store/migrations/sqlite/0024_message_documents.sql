-- A message to the citizen can carry a document of the case: an attachment or a letter
-- drafted in Naast. Only what is listed here is downloadable through the status link.
CREATE TABLE message_documents (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id         INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    entry_id        INTEGER NOT NULL REFERENCES case_entries(id) ON DELETE CASCADE,
    attachment_id   INTEGER REFERENCES attachments(id) ON DELETE CASCADE,
    letter_entry_id INTEGER REFERENCES case_entries(id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL
);
CREATE INDEX message_documents_case ON message_documents (case_id, id);
