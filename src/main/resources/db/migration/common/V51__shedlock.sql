-- ShedLock's lock table (its documented schema): one row per scheduled job, so that a single
-- instance at a time runs the daily reminders and the e-mail outbox.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
