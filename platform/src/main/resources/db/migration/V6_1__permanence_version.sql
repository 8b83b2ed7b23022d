-- Permanences are edited by their correspondent: a form carries the version it was opened at, and a stale save
-- is refused instead of overwriting someone else's change.
ALTER TABLE permanence ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
