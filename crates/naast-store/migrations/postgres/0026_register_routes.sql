-- The procedures register gets structured fields per organisation and per kind of procedure
-- (complaint, objection): addressee, postal address, designated electronic channel (Awb 2:13,
-- Wmebv), web address and notes. The free texts held so far move into the notes.
UPDATE procedure_info
SET body = ((body::jsonb - 'complaint' - 'objection')
    || jsonb_build_object(
        'complaint_notes', COALESCE(body::jsonb ->> 'complaint', ''),
        'objection_notes', COALESCE(body::jsonb ->> 'objection', '')))::text;
