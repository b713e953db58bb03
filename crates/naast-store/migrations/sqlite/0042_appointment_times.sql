-- An appointment's time and length (issue 28): a planned task (`planned` set) may start at a
-- time of day (`starts_at`, `HH:MM`, Europe/Amsterdam) and last `minutes`; without a time it is
-- for the whole day. The agenda reads a person's appointments by day.
ALTER TABLE tasks ADD COLUMN starts_at TEXT;
ALTER TABLE tasks ADD COLUMN minutes INTEGER;
CREATE INDEX IF NOT EXISTS tasks_agenda ON tasks (owner_user_id, due_on) WHERE planned IS NOT NULL;
