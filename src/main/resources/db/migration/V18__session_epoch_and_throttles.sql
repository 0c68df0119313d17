-- Every sign-in copies the account's session epoch into its session; a password change or reset, an
-- e-mail change and a deactivation raise it, so that every other session of the account ends at its
-- next request, on every instance.
ALTER TABLE users ADD COLUMN session_epoch BIGINT NOT NULL DEFAULT 0;

-- The sign-in counters become the throttles of everything counted per subject in the database (password
-- guesses per account and address, per address; mails per recipient and per address). Keys are new, so the
-- old rows are dropped; locks counts the locks in a row, for locks that grow.
ALTER TABLE login_throttles RENAME TO throttles;
DELETE FROM throttles;
ALTER TABLE throttles ADD COLUMN locks INT NOT NULL DEFAULT 0;
