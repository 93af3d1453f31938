-- A phase is a stretch of deadlines (rule D1), so with the list's deadline order a filter on a later
-- phase walks past every earlier task first (70,000 rows for "during the congress" in
-- bench/tasks-100k.sql: 220 ms). With the phase in front, the page is read in order directly.
create index ix_task_congress_phase_deadline on task (congress_id, phase, deadline, id);
