-- A planned activity (a mediation, home visit or accompanying visit on a day ahead) lapses when
-- its kwestie is closed before that day: the task is done and `lapsed_on` holds the day it
-- lapsed, so the kwestie shows it as lapsed rather than held. NULL for every other task.
ALTER TABLE tasks ADD COLUMN lapsed_on TEXT;
