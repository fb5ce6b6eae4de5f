-- The year dashboard's roll-up (issue 20, scale20g). The dashboard counted a year's activities by
-- quarter, domain and lead nation and status, by plan and by label, scanning every readable activity
-- of the year (7,339 on the 51,000-activity set; ~140,000 on the million set) with six groupings per
-- request. Those counts change only when an activity is written, so they are kept here, by trigger,
-- and the dashboard sums a few hundred rows.
--
-- One row per plan and activity label: the counts of that plan's activities that carry that label,
-- as `n`, `executed` and `counts` (a JSON object "dimension|key|status" -> count, the dimensions
-- quarter (planned quarter, else the planned start's; '' when neither), domain and lead nation).
-- Keyed by the plan, not its year or label: the dashboard joins the plan (row-level security decides
-- whether the reader reads it, and its year is read there), so a plan's year, label or parties are
-- never copied here and never go stale. Keyed by the activity's label, as the row's own label: under
-- row-level security by the one rule (shared.protect, 'joint' like the activities), a reader reads
-- only the rows of labels it may read, so no count reveals an activity it may not read; and whoever
-- writes an activity (and so reads its label) may update that label's row.
--
-- Why packed counts rather than a row per (plan, label, dimension, key, status): that was 7,452 rows
-- for 2026's 7,692 activities (the generator varies the label widely), and the row-level security
-- check per row cost as much as the old aggregate's; packed, it is 332 rows (one check each) and the
-- sums are taken over the JSON entries, which need no check.
create table workplans.activity_tally (
    plan_id        bigint    not null references workplans.plan,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    -- No check on n and executed: the trigger's upsert proposes the change itself as a row (a deletion
    -- proposes n = -1), and PostgreSQL checks a proposed row's constraints before it finds the conflict.
    n              integer   not null default 0,
    executed       integer   not null default 0,
    counts         jsonb     not null default '{}',
    primary key (plan_id, classification, owner_nation, releasable_to)
);
grant select, insert, update on workplans.activity_tally to ${app_role};
select shared.protect('workplans.activity_tally', 'joint');

-- An activity's quarter as the dashboard counts it ('' when it has neither a quarter nor a start).
create function workplans.tally_quarter(planned_quarter smallint, planned_start date) returns text
    language sql immutable parallel safe
as $$
    select coalesce(coalesce(planned_quarter::int, extract(quarter from planned_start)::int)::text, '')
$$;
grant execute on function workplans.tally_quarter(smallint, date) to ${app_role};

-- The sum of two count objects, without the keys that sum to zero.
create function workplans.tally_sum(a jsonb, b jsonb) returns jsonb
    language sql immutable parallel safe
as $$
    select coalesce(jsonb_object_agg(k, s), '{}')
      from (select k, sum(v::int) as s
              from (select * from jsonb_each_text(a) union all select * from jsonb_each_text(b)) e(k, v)
             group by k) x
     where s <> 0
$$;
grant execute on function workplans.tally_sum(jsonb, jsonb) to ${app_role};

-- The counted keys of an activity: "dimension|key|status" for its quarter, domain and lead nation.
create function workplans.tally_keys(planned_quarter smallint, planned_start date, domain text, lead_nation char(3),
                                     status text) returns text[]
    language sql immutable parallel safe
as $$
    select array['quarter|' || workplans.tally_quarter(planned_quarter, planned_start) || '|' || status,
                 'domain|' || domain || '|' || status,
                 'lead|' || lead_nation || '|' || status]
$$;
grant execute on function workplans.tally_keys(smallint, date, text, char(3), text) to ${app_role};

-- One change to a count: +1 or -1 to a key of a plan's activities of a label.
create type workplans.tally_change as (
    plan_id        bigint,
    classification smallint,
    owner_nation   char(3),
    releasable_to  char(3)[],
    k              text,
    d              integer
);

-- Applies changes to the roll-up: summed per row and key, those that cancel out dropped (an approval,
-- a report, any write that changes no counted column writes nothing), the rest applied row by row in
-- key order, so that two statements touching the same rows take their locks in the same order. Runs
-- with the writer's rights: the rows it touches carry the labels of the activities the writer just
-- wrote, which it reads. An existing row is updated (the 'joint' policy: any reader of the label, so a
-- partner's change to the owner's activity is counted); only a label's first activity in a plan
-- inserts its row, and that is its owner inserting or relabelling it (the owner's insert policy; an
-- upsert, which PostgreSQL checks against the insert policy even when it updates, would refuse the
-- partner). Static SQL in PL/pgSQL, so its plans are kept for the session (the same statement as
-- dynamic SQL, planned at every call, cost 2.5 times as much per generator statement).
create function workplans.tally_apply(changes workplans.tally_change[]) returns void
    language plpgsql
as $$
declare
    r record;
begin
    for r in
        select e.plan_id, e.classification, e.owner_nation, e.releasable_to,
               coalesce(sum(e.d) filter (where e.k like 'quarter|%'), 0)::int as n,
               coalesce(sum(e.d) filter (where e.k like 'quarter|%|EXECUTED'), 0)::int as executed,
               jsonb_object_agg(e.k, e.d) as counts
          from (select c.plan_id, c.classification, c.owner_nation, c.releasable_to, c.k, sum(c.d)::int as d
                  from unnest(changes) c
                 group by 1, 2, 3, 4, 5
                having sum(c.d) <> 0) e
         group by 1, 2, 3, 4
         order by 1, 2, 3, 4
    loop
        update workplans.activity_tally t
           set n = t.n + r.n, executed = t.executed + r.executed, counts = workplans.tally_sum(t.counts, r.counts)
         where t.plan_id = r.plan_id and t.classification = r.classification and t.owner_nation = r.owner_nation
           and t.releasable_to = r.releasable_to;
        if not found then
            -- Two owners' first activities of a label, at once: the second adds to the first's row.
            insert into workplans.activity_tally as t (plan_id, classification, owner_nation, releasable_to, n, executed, counts)
            values (r.plan_id, r.classification, r.owner_nation, r.releasable_to, r.n, r.executed, r.counts)
            on conflict (plan_id, classification, owner_nation, releasable_to) do update
               set n = t.n + excluded.n, executed = t.executed + excluded.executed,
                   counts = workplans.tally_sum(t.counts, excluded.counts);
        end if;
    end loop;
end
$$;
grant execute on function workplans.tally_apply(workplans.tally_change[]) to ${app_role};

-- Adds the rows of the statement's new transition table and subtracts those of its old one, once per
-- statement (the generator inserts a plan's activities in one statement, so it pays once per plan,
-- not per activity).
create function workplans.activity_tally_keep() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        perform workplans.tally_apply(array(
            select (r.plan_id, r.classification, r.owner_nation, r.releasable_to, k, 1)::workplans.tally_change
              from new_rows r, unnest(workplans.tally_keys(r.planned_quarter, r.planned_start, r.domain,
                                                           r.lead_nation, r.status)) k));
    elsif tg_op = 'DELETE' then
        perform workplans.tally_apply(array(
            select (r.plan_id, r.classification, r.owner_nation, r.releasable_to, k, -1)::workplans.tally_change
              from old_rows r, unnest(workplans.tally_keys(r.planned_quarter, r.planned_start, r.domain,
                                                           r.lead_nation, r.status)) k));
    else
        perform workplans.tally_apply(array(
            select (r.plan_id, r.classification, r.owner_nation, r.releasable_to, k, r.d)::workplans.tally_change
              from (select n.*, 1 as d from new_rows n union all select o.*, -1 from old_rows o) r,
                   unnest(workplans.tally_keys(r.planned_quarter, r.planned_start, r.domain,
                                               r.lead_nation, r.status)) k));
    end if;
    return null;
end
$$;

create trigger activity_tally_insert after insert on workplans.activity
    referencing new table as new_rows for each statement execute function workplans.activity_tally_keep();
create trigger activity_tally_update after update on workplans.activity
    referencing old table as old_rows new table as new_rows for each statement execute function workplans.activity_tally_keep();
create trigger activity_tally_delete after delete on workplans.activity
    referencing old table as old_rows for each statement execute function workplans.activity_tally_keep();

-- The existing activities, counted once, as the owner, who sees every row only without forced
-- row-level security (as in V560).
alter table workplans.activity no force row level security;
alter table workplans.activity_tally no force row level security;
insert into workplans.activity_tally (plan_id, classification, owner_nation, releasable_to, n, executed, counts)
select plan_id, classification, owner_nation, releasable_to,
       sum(d) filter (where k like 'quarter|%'), coalesce(sum(d) filter (where k like 'quarter|%|EXECUTED'), 0),
       jsonb_object_agg(k, d)
  from (select a.plan_id, a.classification, a.owner_nation, a.releasable_to, k, count(*)::int as d
          from workplans.activity a,
               unnest(workplans.tally_keys(a.planned_quarter, a.planned_start, a.domain, a.lead_nation, a.status)) k
         group by 1, 2, 3, 4, 5) entries
 group by 1, 2, 3, 4;
alter table workplans.activity_tally force row level security;
alter table workplans.activity force row level security;
