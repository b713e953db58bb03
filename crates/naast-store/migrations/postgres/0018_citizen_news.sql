-- "Nieuw van inwoners" on Mijn werk: when the citizen last sent something through the status
-- link (a reply or a document) that the kwestie's owner (or anyone, when it has none) has not
-- opened yet; NULL when there is nothing unread. Seconds since the epoch.
ALTER TABLE cases ADD COLUMN citizen_news_at BIGINT;
