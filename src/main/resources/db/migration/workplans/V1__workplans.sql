-- Joint work plans: a committee's plan for a year, its shared objectives and indicators, its
-- activities with each party's approval, numbered amendments after signing, and each activity's
-- history (approvals, withdrawals, holds). Every table is labelled; version columns carry the
-- optimistic locking of the pages and the API (ETag / If-Match).
create schema workplans;
grant usage on schema workplans to ${app_role};

create table workplans.plan (
    id              bigint generated always as identity primary key,
    committee_id    bigint    not null,
    -- The agreement the committee is established under, copied when the plan is created, so that a
    -- suspension reaches the plan without asking another module's tables.
    agreement_id    bigint,
    committee_code  text      not null,
    year            integer   not null check (year between 1900 and 2999),
    title           jsonb     not null,
    parties         char(3)[] not null,
    status          text      not null default 'DRAFT'
                    check (status in ('DRAFT', 'NEGOTIATION', 'SIGNED', 'IN_EXECUTION', 'CLOSED')),
    signed_session  integer,
    signed_on       date,
    signatories     jsonb     not null default '[]',
    baseline        text,
    baseline_sha256 text,
    next_seq        integer   not null default 0,
    next_amendment  integer   not null default 0,
    illustrative    boolean   not null default false,
    version         integer   not null default 0,
    classification  smallint  not null check (classification between 0 and 3),
    owner_nation    char(3)   not null,
    releasable_to   char(3)[] not null default '{}'
);
create index plan_committee on workplans.plan (committee_id, year);
create index plan_agreement on workplans.plan (agreement_id);
-- At most one signed plan per committee and year, whoever may read it.
create unique index plan_signed_once on workplans.plan (committee_id, year)
    where status in ('SIGNED', 'IN_EXECUTION', 'CLOSED');

create table workplans.objective (
    id             bigint generated always as identity primary key,
    plan_id        bigint    not null references workplans.plan,
    position       integer   not null,
    title          jsonb     not null,
    version        integer   not null default 0,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}'
);
create index objective_plan on workplans.objective (plan_id);

create table workplans.indicator (
    id             bigint generated always as identity primary key,
    objective_id   bigint    not null references workplans.objective,
    name           jsonb     not null,
    unit           text      not null,
    baseline_value numeric   not null default 0,
    target_value   numeric   not null,
    -- Actuals per quarter: {"1": 3, "2": 5}
    actuals        jsonb     not null default '{}',
    version        integer   not null default 0,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}'
);
create index indicator_objective on workplans.indicator (objective_id);

create table workplans.activity (
    id                 bigint generated always as identity primary key,
    plan_id            bigint    not null references workplans.plan,
    seq                integer   not null,
    code               text      not null,
    title              jsonb     not null,
    description        jsonb     not null default '{}',
    type               text      not null,
    domain             text      not null,
    objective_ids      bigint[]  not null default '{}',
    lead_nation        char(3)   not null,
    host_nation        char(3)   not null,
    city               jsonb     not null default '{}',
    planned_quarter    smallint  check (planned_quarter between 1 and 4),
    planned_start      date,
    planned_end        date,
    actual_start       date,
    actual_end         date,
    participants       jsonb     not null default '{}',
    cost_bearer        text      not null,
    status             text      not null default 'PLANNED'
                       check (status in ('PLANNED', 'EXECUTED', 'POSTPONED', 'CANCELLED', 'ON_HOLD')),
    status_before_hold text,
    held_since         date,
    needs_replanning   boolean   not null default false,
    reason             text,
    approvals          char(3)[] not null default '{}',
    withdrawn          char(3)[] not null default '{}',
    proposed_by        char(3)   not null,
    amendment_number   integer,
    report             jsonb,
    illustrative       boolean   not null default false,
    version            integer   not null default 0,
    classification     smallint  not null check (classification between 0 and 3),
    owner_nation       char(3)   not null,
    releasable_to      char(3)[] not null default '{}',
    unique (plan_id, seq),
    check (planned_end is null or planned_start is null or planned_end >= planned_start),
    check (actual_end is null or actual_start is null or actual_end >= actual_start),
    check (status <> 'EXECUTED' or (actual_start is not null and actual_end is not null))
);
create index activity_plan on workplans.activity (plan_id, status);

-- What happened to an activity, shown on its page: approvals, withdrawals, changes, holds.
create table workplans.activity_event (
    id             bigint generated always as identity primary key,
    activity_id    bigint      not null references workplans.activity,
    at             timestamptz not null default now(),
    kind           text        not null,
    nation         char(3),
    actor          text        not null,
    detail         text,
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}'
);
create index activity_event_activity on workplans.activity_event (activity_id, id);

-- After signing, a change is a numbered amendment: proposed by one party, approved by the other.
create table workplans.amendment (
    id             bigint generated always as identity primary key,
    plan_id        bigint      not null references workplans.plan,
    number         integer     not null,
    activity_id    bigint      references workplans.activity,
    proposed_by    char(3)     not null,
    proposed_at    timestamptz not null default now(),
    changes        jsonb       not null,
    status         text        not null default 'PROPOSED' check (status in ('PROPOSED', 'APPROVED')),
    approved_by    char(3),
    version        integer     not null default 0,
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}',
    unique (plan_id, number)
);

grant select, insert, update on workplans.plan, workplans.objective, workplans.indicator, workplans.activity,
    workplans.amendment to ${app_role};
grant select, insert on workplans.activity_event to ${app_role};
