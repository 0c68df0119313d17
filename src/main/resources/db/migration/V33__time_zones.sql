-- Each person's time zone (a tz database id such as America/New_York), asked at registration and changeable under
-- "My account"; every time on their pages and in their mails is shown in it. None: the course's zone (DISPLAY_ZONE).
-- Times themselves are stored as instants (DATETIME(6) in UTC) and need no change.
ALTER TABLE users ADD COLUMN time_zone VARCHAR(64) NULL;
