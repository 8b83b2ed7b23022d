-- A booking's check and a slot search read an agent's appointments that end after the time asked. On the index by
-- start alone, nothing bounded that read from below: it went through the agent's whole history (8,760 rows after a
-- year of 24 appointments a day, read in full for each booking). By end, it reads only what is still to come.
CREATE INDEX appointment_agent_end ON appointment (agent_account_id, ends_at) WHERE status <> 'CANCELLED';
