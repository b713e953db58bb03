-- What a task is for, when the application made it for a purpose: `contact` is the contact a
-- web intake with contact details was promised ("binnen drie werkdagen"); it is completed when a
-- contact moment is recorded. NULL: a task someone added, or a statutory term (`rule`).
ALTER TABLE tasks ADD COLUMN purpose TEXT;
CREATE INDEX tasks_purpose ON tasks (purpose, done_at, case_id);
