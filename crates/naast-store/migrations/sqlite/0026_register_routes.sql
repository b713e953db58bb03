-- The procedures register gets structured fields per organisation and per kind of procedure
-- (complaint, objection): addressee, postal address, designated electronic channel (Awb 2:13,
-- Wmebv), web address and notes. The free texts held so far move into the notes.
UPDATE procedure_info
SET body = json_remove(
    json_set(body,
        '$.complaint_notes', COALESCE(json_extract(body, '$.complaint'), ''),
        '$.objection_notes', COALESCE(json_extract(body, '$.objection'), '')),
    '$.complaint', '$.objection')
WHERE json_valid(body);
