-- The year dashboard's live part (million19i, issue 19): what depends on today (overdue, the next 30
-- days, the rates' "due") is counted over the open activities of the year's signed plans. On the
-- million-activity set the year being executed has 100 plans and about 9,800 open activities, and
-- reading them through activity_open fetched each row from the table (3,771 pages for planner.mar's
-- year 2025). This index carries every column that count reads, the access filter's included, so
-- PostgreSQL answers from the index alone (547 pages; EXPLAIN ANALYZE 419 -> 124 ms at load 40);
-- the dashboard fetches from the table only the 50 + 50 activities it lists.
create index activity_open_read on workplans.activity (plan_id)
    include (id, status, planned_end, planned_start, actual_start, planned_quarter, domain, lead_nation, seq,
             classification, owner_nation, releasable_to)
    where status in ('PLANNED', 'POSTPONED');
