-- Tasks that Naast made from a statutory term (e.g. the objection term of a decision): the
-- rule id, so the task follows when the dates on the case change.
ALTER TABLE tasks ADD COLUMN rule TEXT;
