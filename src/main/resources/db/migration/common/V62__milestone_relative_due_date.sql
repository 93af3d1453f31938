-- Rule D13 for milestones: a due date fixed (a date) or relative to the congress (D-N before the
-- opening, C+N after the closing). As for tasks (V60), the effective date stays in
-- milestone.due_date, so that the lists, D2, D7 and D8 keep reading one stored column; the anchor
-- and the offset say how to recompute it when the congress dates move.
alter table milestone add column due_anchor varchar(10) default 'FIXED' not null;
alter table milestone add column due_offset_days integer;
alter table milestone add constraint ck_milestone_due_anchor check (
    (due_anchor = 'FIXED' and due_offset_days is null)
    or (due_anchor in ('OPENING', 'CLOSING') and due_offset_days between 0 and 3650));
