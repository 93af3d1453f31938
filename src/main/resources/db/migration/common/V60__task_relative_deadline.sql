-- Rule D13: a deadline fixed (a date) or relative to the congress (D-N before the opening, C+N
-- after the closing). The effective date stays in task.deadline, so that deadline statuses, the
-- dashboard and the list's indexes keep reading one stored column; the anchor and the offset say
-- how to recompute it when the congress dates move.
alter table task add column deadline_anchor varchar(10) default 'FIXED' not null;
alter table task add column deadline_offset_days integer;
alter table task add constraint ck_task_deadline_anchor check (
    (deadline_anchor = 'FIXED' and deadline_offset_days is null)
    or (deadline_anchor in ('OPENING', 'CLOSING') and deadline_offset_days between 0 and 3650));
