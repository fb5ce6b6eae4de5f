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

-- Adds the rows of the statement's new transition table and subtracts those of its old one, once per
-- statement (the generator inserts a plan's activities in one statement, so it pays once per plan,
-- not per activity). Runs with the writer's rights: the rows it touches carry the labels of the
-- activities the writer just wrote, which it reads. Entries that cancel out (an approval, a report,
-- any write that changes no counted column) write nothing. Rows are upserted in key order, so two
-- statements touching the same rows take their locks in the same order.
create function workplans.activity_tally_keep() returns trigger
    language plpgsql
as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select r.*, 1 as d from new_rows r'
        when 'DELETE' then 'select r.*, -1 as d from old_rows r'
        else 'select r.*, 1 as d from new_rows r union all select r.*, -1 as d from old_rows r' end;
begin
    execute format($sql$
        with changed as (%s),
        entries as (
            select c.plan_id, c.classification, c.owner_nation, c.releasable_to, e.k, sum(c.d)::int as d
              from changed c
             cross join lateral (values
                 ('quarter|' || workplans.tally_quarter(c.planned_quarter, c.planned_start) || '|' || c.status),
                 ('domain|' || c.domain || '|' || c.status),
                 ('lead|' || c.lead_nation || '|' || c.status)) e(k)
             group by 1, 2, 3, 4, 5
            having sum(c.d) <> 0),
        delta as (
            select plan_id, classification, owner_nation, releasable_to,
                   coalesce(sum(d) filter (where k like 'quarter|%%'), 0) as n,
                   coalesce(sum(d) filter (where k like 'quarter|%%|EXECUTED'), 0) as executed,
                   jsonb_object_agg(k, d) as counts
              from entries
             group by 1, 2, 3, 4)
        insert into workplans.activity_tally as t (plan_id, classification, owner_nation, releasable_to, n, executed, counts)
        select * from delta order by plan_id, classification, owner_nation, releasable_to
        on conflict (plan_id, classification, owner_nation, releasable_to) do update
           set n = t.n + excluded.n, executed = t.executed + excluded.executed,
               counts = workplans.tally_sum(t.counts, excluded.counts)
        $sql$, changed);
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
  from (select a.plan_id, a.classification, a.owner_nation, a.releasable_to, e.k, count(*)::int as d
          from workplans.activity a
         cross join lateral (values
             ('quarter|' || workplans.tally_quarter(a.planned_quarter, a.planned_start) || '|' || a.status),
             ('domain|' || a.domain || '|' || a.status),
             ('lead|' || a.lead_nation || '|' || a.status)) e(k)
         group by 1, 2, 3, 4, 5) entries
 group by 1, 2, 3, 4;
alter table workplans.activity_tally force row level security;
alter table workplans.activity force row level security;
