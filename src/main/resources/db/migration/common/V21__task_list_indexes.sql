-- Indexes the task list needs at 100,000 tasks (measured with bench/tasks-100k.sql):
-- * the default order is deadline then id (the id makes pages stable): one index gives the first
--   page without sorting and walks deep pages without a sort per deadline; it replaces the index on
--   (congress_id, deadline) that it covers;
-- * "recently updated" first;
-- * the page's total count over everything the user may see is an index-only scan instead of
--   reading the whole table.
create index ix_task_congress_deadline_id on task (congress_id, deadline, id);
drop index ix_task_congress_deadline;
create index ix_task_congress_updated on task (congress_id, updated_at, id);
create index ix_task_congress_confidentiality on task (congress_id, confidentiality, id);
