-- Execution that tells the truth (branch execution): the day an activity is due, in one place, so
-- that "overdue", the to-do list, the execution rates and the activities API agree. Its planned
-- end; else its planned start; else the last day of its planned quarter of the plan's year
-- (quarter 4 when none is given).
create function workplans.due_on(planned_end date, planned_start date, planned_quarter smallint, plan_year integer)
    returns date
    language sql
    immutable
    parallel safe
as $$
    select coalesce(planned_end, planned_start,
                    (make_date(plan_year, coalesce(planned_quarter, 4) * 3, 1) + interval '1 month' - interval '1 day')::date)
$$;

grant execute on function workplans.due_on(date, date, smallint, integer) to ${app_role};

-- Closing the year: an activity still to be executed is carried over to next year's plan (marked
-- here at the closing, then linked to its copy once next year's plan is drafted) or cancelled.
alter table workplans.activity
    add column carry_over   boolean not null default false,
    add column carried_to   bigint references workplans.activity,
    add column carried_from bigint references workplans.activity;

-- What is still to be executed, by plan: overdue lists, the to-do list and the activities API.
create index activity_open on workplans.activity (plan_id) where status in ('PLANNED', 'POSTPONED');
