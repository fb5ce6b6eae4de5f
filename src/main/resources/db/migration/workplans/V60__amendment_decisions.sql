-- An amendment is decided once: approved, or rejected with a reason, by another party; or withdrawn
-- by the party that proposed it. Who proposed it (the person) and who decided, and when, are kept for
-- the amendment's page and the activity's history.
alter table workplans.amendment drop constraint amendment_status_check;
alter table workplans.amendment
    add constraint amendment_status_check check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
alter table workplans.amendment rename column approved_by to decided_by;
alter table workplans.amendment
    add column proposer   text,
    add column decider    text,
    add column decided_at timestamptz,
    add column reason     text check (reason is null or char_length(reason) <= 2000);
alter table workplans.amendment
    add constraint amendment_rejected_with_reason check (status <> 'REJECTED' or reason is not null);
create index amendment_pending on workplans.amendment (plan_id) where status = 'PROPOSED';
