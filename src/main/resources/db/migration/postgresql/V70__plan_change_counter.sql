-- The plan's change stamp (issue 11, two instances on one database). The task list's total and the
-- dashboard's counts are cached per instance while this stamp stays the same. It was the latest
-- task.updated_at, taken from the clock of whichever instance wrote: a write by an instance whose
-- clock is behind another's, or a transaction that commits after a later-stamped one, did not move
-- it, and the other instances showed old numbers until their TTL ran out. Now the database itself
-- counts: every transaction that writes tasks adds one at its commit, whatever instance it came from
-- and whatever that instance's clock says.
create table plan_change (
    id      smallint primary key check (id = 1),
    changes bigint   not null
);
insert into plan_change (id, changes) values (1, 0);

create function plan_change_count() returns trigger language plpgsql as $$
begin
    -- Once per transaction, however many rows it wrote (a transaction-local flag).
    if coalesce(current_setting('planner.plan_changed', true), '') <> 'on' then
        perform set_config('planner.plan_changed', 'on', true);
        update plan_change set changes = changes + 1 where id = 1;
    end if;
    return null;
end
$$;

-- Deferred to the commit: the counter's row is locked last and only while the transaction commits,
-- so a writer never waits for it while holding a task row (no deadlock between a bulk change and a
-- single edit). Cost: one more row update per task-writing transaction, and such commits queue
-- one after another on that row.
create constraint trigger task_plan_change
    after insert or update or delete on task
    deferrable initially deferred
    for each row execute function plan_change_count();

create constraint trigger task_cooperation_plan_change
    after insert or update or delete on task_cooperating_department
    deferrable initially deferred
    for each row execute function plan_change_count();
