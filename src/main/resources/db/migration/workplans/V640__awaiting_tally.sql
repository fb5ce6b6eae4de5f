-- What awaits a nation, counted ahead (issue 15, nego15g). The to-do list asks, per plan under
-- negotiation, how many activities await the reader's nation's approval, under the reader's access
-- filter. V560 gave each activity its `awaiting` parties and a partial index, but the list still read
-- and filtered every awaiting activity (on the 51,000-activity set 3,066 index entries, 1,155 kept
-- for planner.mar, each through row-level security, then grouped by plan and label): most of the
-- to-do API's time in PostgreSQL.
--
-- Here the count is kept by the database: one row per plan, party of the plan and label of its
-- activities, with how many of the plan's activities of that label await that party. A row carries
-- the label of the activities it counts and is protected by the same rule ('joint'), so a reader
-- sums only rows whose activities it may read: the same need-to-know as counting the activities
-- (planner.mar reads 122 rows instead of 1,155 activities). The nation is the key of a partial index
-- holding only rows that count something.
--
-- Kept by triggers on the activity, with the writer's rights. A row is inserted only by the nation
-- that owns its label (row-level security requires it, as of the activity itself): when an activity
-- is inserted or relabelled, rows for every party of its plan exist from then on, counting 0 where
-- the party does not await it. An approval, a change, a cancellation, a hold or a deletion then only
-- updates counts, which any writer of the activity may do. A plan's parties never change (V560), nor
-- does an activity's plan (refused below), so the rows stay the right ones.
create table workplans.awaiting_tally (
    plan_id        bigint    not null references workplans.plan on delete cascade,
    nation         char(3)   not null,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    activities     integer   not null check (activities >= 0),
    primary key (plan_id, nation, classification, owner_nation, releasable_to)
);
create index awaiting_tally_nation on workplans.awaiting_tally (nation, plan_id)
    include (classification, owner_nation, releasable_to, activities)
    where activities > 0;

grant select, insert, update on workplans.awaiting_tally to ${app_role};
select shared.protect('workplans.awaiting_tally', 'joint');

-- The rows of every party of the activity's plan under its label exist, counting it where awaited.
create function workplans.awaiting_tally_add(activity workplans.activity) returns void
    language sql
as $$
    insert into workplans.awaiting_tally as t (plan_id, nation, classification, owner_nation, releasable_to, activities)
    select activity.plan_id, party, activity.classification, activity.owner_nation, activity.releasable_to,
           (party = any(activity.awaiting))::integer
      from workplans.plan p, unnest(p.parties) party
     where p.id = activity.plan_id
        on conflict (plan_id, nation, classification, owner_nation, releasable_to)
        do update set activities = t.activities + excluded.activities
     where excluded.activities <> 0;
$$;

-- The activity no longer counted where it was awaited (its rows stay, counting the others).
create function workplans.awaiting_tally_remove(activity workplans.activity) returns void
    language sql
as $$
    update workplans.awaiting_tally t
       set activities = t.activities - 1
     where t.plan_id = activity.plan_id and t.nation = any(activity.awaiting)
       and (t.classification, t.owner_nation, t.releasable_to)
           = (activity.classification, activity.owner_nation, activity.releasable_to);
$$;

create function workplans.awaiting_tally_kept() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        perform workplans.awaiting_tally_add(new);
    elsif tg_op = 'DELETE' then
        perform workplans.awaiting_tally_remove(old);
    elsif new.plan_id <> old.plan_id then
        raise exception 'activity % does not move from work plan % to another', old.id, old.plan_id
            using errcode = 'check_violation';
    elsif (new.classification, new.owner_nation, new.releasable_to)
              is distinct from (old.classification, old.owner_nation, old.releasable_to) then
        -- A relabel, which only the owner nation makes (the activity's keeps_label trigger).
        perform workplans.awaiting_tally_remove(old);
        perform workplans.awaiting_tally_add(new);
    else
        update workplans.awaiting_tally t
           set activities = t.activities + case when t.nation = any(new.awaiting) then 1 else -1 end
         where t.plan_id = new.plan_id
           and (t.classification, t.owner_nation, t.releasable_to)
               = (new.classification, new.owner_nation, new.releasable_to)
           and (t.nation = any(new.awaiting)) <> (t.nation = any(old.awaiting));
    end if;
    return null;
end
$$;

-- Backfill as the owner, who sees every row only without forced row-level security (as in V560).
alter table workplans.activity no force row level security;
alter table workplans.plan no force row level security;
alter table workplans.awaiting_tally no force row level security;
insert into workplans.awaiting_tally (plan_id, nation, classification, owner_nation, releasable_to, activities)
select a.plan_id, party, a.classification, a.owner_nation, a.releasable_to, count(*) filter (where party = any(a.awaiting))
  from workplans.activity a join workplans.plan p on p.id = a.plan_id, unnest(p.parties) party
 group by a.plan_id, party, a.classification, a.owner_nation, a.releasable_to;
alter table workplans.awaiting_tally force row level security;
alter table workplans.plan force row level security;
alter table workplans.activity force row level security;

-- After the row is written, so that V560's trigger has set `awaiting` (an update of the approvals
-- changes it there, which an `update of` column list would not see), and only when what the tally
-- counts changed.
create trigger awaiting_tally_written after insert or delete on workplans.activity
    for each row execute function workplans.awaiting_tally_kept();
create trigger awaiting_tally_updated after update on workplans.activity
    for each row
    when (old.awaiting is distinct from new.awaiting
          or old.plan_id is distinct from new.plan_id
          or (old.classification, old.owner_nation, old.releasable_to)
                 is distinct from (new.classification, new.owner_nation, new.releasable_to))
    execute function workplans.awaiting_tally_kept();

analyze workplans.awaiting_tally;
