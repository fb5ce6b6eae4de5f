-- The to-do list (issue 13, tidy13b): each page's navigation count and the home panel read, per plan
-- under negotiation, the activities awaiting a nation's approval, and per signed plan the open
-- activities a nation leads. Both read only these columns, so an index that carries them lets
-- PostgreSQL answer from the index alone (on the issue-20 data set: 750 and 690 pages read per
-- query before, 260 and 160 after), and the count stops at a plan's first such activity.
create index activity_todo_approval on workplans.activity (plan_id)
    include (status, approvals, classification, owner_nation, releasable_to)
    where status <> 'CANCELLED';

create index activity_todo_overdue on workplans.activity (lead_nation, plan_id)
    include (planned_end, planned_start, planned_quarter, classification, owner_nation, releasable_to)
    where status in ('PLANNED', 'POSTPONED');
