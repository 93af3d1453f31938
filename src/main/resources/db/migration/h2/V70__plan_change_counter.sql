-- The plan's change stamp on the embedded H2 database (see the PostgreSQL V70): H2 has no SQL
-- triggers, and the embedded database serves one instance, so the stamp is computed from the tasks
-- themselves. Every insert adds at least one and every update bumps a version (the entity's
-- optimistic lock, and the progress report's own update), so the sum moves with every change. A
-- scan of the tasks, which is fine at the sizes an embedded database holds.
create view plan_change as
    select cast(1 as smallint) as id,
           coalesce(sum(version + 1), 0) as changes
    from task;
