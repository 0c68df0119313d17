-- Each outbox message keeps one Message-ID for every attempt: a mail sent again after a sender died mid-send
-- is recognisably the same mail. Messages queued before this have one made from their id.
ALTER TABLE mail_outbox ADD COLUMN message_id VARCHAR(250);
UPDATE mail_outbox SET message_id = CONCAT('<outbox.', id, '@course.aum>') WHERE message_id IS NULL;
