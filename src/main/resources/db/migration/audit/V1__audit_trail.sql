-- The audit trail: append-only and hash-chained (see org.entente.audit.ChainHash for the encoding).
-- The application may add and read entries, nothing else; a trigger refuses UPDATE, DELETE and
-- TRUNCATE to everybody, the owner included, so that a rewrite needs a deliberate, visible
-- "alter table ... disable trigger" by the owner — and even then the chain and the signed
-- checkpoints outside the database show it.
create schema audit;
grant usage on schema audit to ${app_role};

create table audit.event (
    id             bigint generated always as identity primary key,
    at             timestamptz not null,
    actor          text        not null,
    actor_nation   char(3),
    action         text        not null,
    object_type    text        not null,
    object_id      text,
    -- The object's label at that moment; all three null when the event concerns no labelled record.
    classification smallint check (classification between 0 and 3),
    owner_nation   char(3),
    releasable_to  char(3)[],
    outcome        text        not null check (outcome in ('SUCCESS', 'DENIED', 'FAILURE')),
    source_address text        not null,
    details        jsonb       not null default '{}',
    prev_hash      bytea       not null check (length(prev_hash) = 32),
    hash           bytea       not null check (length(hash) = 32),
    check ((classification is null) = (owner_nation is null) and (owner_nation is null) = (releasable_to is null)),
    -- Each entry is the successor of exactly one: two entries naming the same predecessor would be
    -- a fork, so the second insert fails instead (whatever the writer's isolation level).
    constraint event_prev_hash_key unique (prev_hash),
    constraint event_hash_key unique (hash)
);

-- The auditor's filters: by actor, action, outcome and period, newest first.
create index event_at on audit.event (at);
create index event_actor on audit.event (actor, id);
create index event_action on audit.event (action, id);
create index event_outcome on audit.event (outcome, id);
-- A record's history.
create index event_object on audit.event (object_type, object_id);

create function audit.refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit.event is append-only: % is refused', tg_op
        using hint = 'The audit trail can only be added to; entries are never changed or removed.';
end
$$;

-- Statement-level, so even an UPDATE or DELETE that matches no row fails.
create trigger event_append_only
    before update or delete or truncate on audit.event
    for each statement execute function audit.refuse_change();

grant select, insert on audit.event to ${app_role};
