-- The journal is filtered by type of subject and by actor, newest first.
CREATE INDEX audit_entry_subject_time ON audit_entry (subject_type, occurred_at DESC);
CREATE INDEX audit_entry_actor_time ON audit_entry (actor, occurred_at DESC);
