-- Scheduled jobs take a lock here before each run (ShedLock's JdbcTemplateLockProvider), so that of
-- several application instances one runs each job per period. One row per job: who holds or last
-- held it, since when, and until when no other instance may run it (database time, UTC).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
