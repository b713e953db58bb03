-- Planned activities: a mediation, home visit or accompanying visit planned for a date is a
-- task on that date; `planned` holds which activity (a vocabulary code, no personal data).
-- Marking it held records the contact moment and completes the task.
ALTER TABLE tasks ADD COLUMN planned TEXT;
