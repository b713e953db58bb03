-- A report draft whose publication the audit gate refuses (the quarters already published
-- would let a reader work out small numbers) may have more hidden in its own period: a
-- coordinator agrees to that on the report's page. 1 once agreed; a new version starts at 0.
ALTER TABLE reports ADD COLUMN extra_protection INTEGER NOT NULL DEFAULT 0;
