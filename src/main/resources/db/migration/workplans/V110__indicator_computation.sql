-- An indicator's actual values are typed by a planner (NONE) or computed from the plan's activities
-- (issue 15, item 6): the share of due activities executed, or the people trained by executed
-- training courses. Chosen when the indicator is created; existing indicators stay typed.
alter table workplans.indicator
    add column computation text not null default 'NONE'
        constraint indicator_computation_known check (computation in ('NONE', 'EXECUTED_PERCENT', 'PEOPLE_TRAINED'));
