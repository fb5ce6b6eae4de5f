-- What awaits a nation (issue 15, nego15f): the to-do list asks, per plan under negotiation, for the
-- activities still awaiting the reader's nation's approval. It used to read every activity of those
-- plans (on the 51,000-activity set 7,700 index entries to keep 1,155). Each activity now carries
-- the parties whose approval it still lacks, `awaiting` (sorted; empty once every party approved,
-- and for a cancelled activity), kept by a trigger from the plan's parties and the activity's
-- approvals and status, so that every write path (proposals, approvals, amendments, the generator)
-- keeps it true. A partial index holds only the activities awaiting someone: the to-do list reads
-- those of each plan, from the index alone.
--
-- Why not a GIN index on the array: under row-level security PostgreSQL uses an index for a
-- condition only when its operator is leakproof, and the array operators (@>, &&) are not; the
-- btree on plan_id with the partial condition is usable as entente_app.
alter table workplans.activity add column awaiting char(3)[] not null default '{}';

-- The plan's parties never change after the plan is created (nothing in Entente updates them); the
-- activities' `awaiting` relies on it, so the database refuses such a change rather than let it go stale.
create function workplans.plan_keeps_parties() returns trigger
    language plpgsql
as $$
begin
    if new.parties is distinct from old.parties then
        raise exception 'the parties of work plan % do not change once it is created', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger plan_keeps_parties before update of parties on workplans.plan
    for each row execute function workplans.plan_keeps_parties();

-- Runs with the writer's rights: the plan is read under row-level security like every other read of
-- the writer, who can only be writing an activity of a plan it reads (else it fails, loudly).
create function workplans.activity_awaiting() returns trigger
    language plpgsql
as $$
declare
    plan_parties char(3)[];
begin
    select p.parties into plan_parties from workplans.plan p where p.id = new.plan_id;
    if plan_parties is null then
        raise exception 'work plan % of an activity is not readable by the writer', new.plan_id
            using errcode = 'insufficient_privilege';
    end if;
    new.awaiting := case when new.status = 'CANCELLED' then '{}'
                         else array(select party from unnest(plan_parties) party
                                     where not (party = any(new.approvals)) order by party) end;
    return new;
end
$$;

-- Backfill as the owner, who sees every row only without forced row-level security (as in V130).
alter table workplans.activity no force row level security;
alter table workplans.plan no force row level security;
update workplans.activity a
   set awaiting = array(select party from unnest(p.parties) party where not (party = any(a.approvals)) order by party)
  from workplans.plan p
 where p.id = a.plan_id and a.status <> 'CANCELLED' and not (a.approvals @> p.parties);
alter table workplans.plan force row level security;
alter table workplans.activity force row level security;

create trigger activity_awaiting before insert or update of plan_id, status, approvals, awaiting on workplans.activity
    for each row execute function workplans.activity_awaiting();

create index activity_awaiting on workplans.activity (plan_id)
    include (awaiting, classification, owner_nation, releasable_to)
    where awaiting <> '{}';
