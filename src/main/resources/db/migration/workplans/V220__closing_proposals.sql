-- Closing a plan is decided by both parties: one proposes the year-end decisions (per activity still
-- to be executed: carry over or cancel with a reason), the other approves or rejects them with a
-- reason, or the proposer withdraws them. The decisions are kept as proposed, with the version of
-- each activity the proposer decided on: a later change to one makes the proposal stale. The rows
-- are the plan's closing history.
create table workplans.closing (
    id             bigint generated always as identity primary key,
    plan_id        bigint      not null references workplans.plan,
    number         integer     not null,
    proposed_by    char(3)     not null,
    proposer       text        not null,
    proposed_at    timestamptz not null default now(),
    decisions      jsonb       not null,
    status         text        not null default 'PROPOSED'
                   check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    decided_by     char(3),
    decider        text,
    decided_at     timestamptz,
    reason         jsonb,
    version        integer     not null default 0,
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}',
    unique (plan_id, number),
    constraint closing_rejected_with_reason check (status <> 'REJECTED' or reason is not null)
);
-- At most one proposal awaiting a decision per plan.
create unique index closing_pending on workplans.closing (plan_id) where status = 'PROPOSED';

grant select, insert, update on workplans.closing to ${app_role};
alter table workplans.closing enable row level security;
alter table workplans.closing force row level security;
create policy closing_read on workplans.closing for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy closing_insert on workplans.closing for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy closing_update on workplans.closing for update
    using (shared.readable(classification, owner_nation, releasable_to))
    with check (shared.readable(classification, owner_nation, releasable_to));
