-- At most one waiting job of each kind that runs for everybody (retention, the backup, the
-- audit head, the purges, the reminders): instances that start together each check "none
-- waiting" and queue one, and without this index all of them would run. A job about one thing
-- (`email.send`, its payload an outbox id) is not limited.
-- Waiting duplicates from before are closed as failed with a code (the oldest one stays).
UPDATE jobs SET failed_at = created_at, locked_until = NULL,
       last_error = 'job.duplicate: another job of this kind was already waiting'
 WHERE done_at IS NULL AND failed_at IS NULL
   AND kind IN ('sessions.purge', 'outbox.purge', 'retention.run', 'audit.head', 'backup.run',
                'intakes.notify', 'signals.remind')
   AND id NOT IN (SELECT MIN(id) FROM jobs WHERE done_at IS NULL AND failed_at IS NULL GROUP BY kind);
CREATE UNIQUE INDEX jobs_one_waiting ON jobs (kind)
 WHERE done_at IS NULL AND failed_at IS NULL
   AND kind IN ('sessions.purge', 'outbox.purge', 'retention.run', 'audit.head', 'backup.run',
                'intakes.notify', 'signals.remind');
