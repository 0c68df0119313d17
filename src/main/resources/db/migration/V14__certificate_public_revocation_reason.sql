-- Revocation says two things apart: the public reason (on /verify, in the JSON API and in the holder's e-mail)
-- and the internal note (revoked_reason, which admins and the audit log see, never the public). Rows revoked
-- before this migration had only the note, typed without knowing it could become public: their public reason
-- stays NULL ("no reason given"). A revoked certificate stays its enrollment's current one until a new one is
-- issued to the enrollment; it then gives up current_enrollment_id (the unique key still allows one current
-- certificate per enrollment), stays REVOKED and points to the new one through successor_id.
ALTER TABLE certificates ADD COLUMN revoked_public_reason VARCHAR(500) NULL;
