-- Four eyes on a report: who last changed its text and who submitted it for review (neither
-- may publish it), and which rule applied when it was published: 1 checked by a second
-- person, 0 published alone (a one-person practice), NULL before this was recorded.
ALTER TABLE reports ADD COLUMN edited_by INTEGER;
ALTER TABLE reports ADD COLUMN submitted_by INTEGER;
ALTER TABLE reports ADD COLUMN second_check INTEGER;
