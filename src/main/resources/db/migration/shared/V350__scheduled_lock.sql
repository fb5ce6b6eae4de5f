-- ha19a (issue 19): scheduled work once per cluster (shared.OncePerCluster): one row per job, taken by
-- the node that runs it until locked_until, by the database's clock.
create table shared.scheduled_lock (
    name         text        primary key,
    locked_at    timestamptz not null,
    locked_until timestamptz not null,
    locked_by    text        not null
);
grant select, insert, update on shared.scheduled_lock to ${app_role};
