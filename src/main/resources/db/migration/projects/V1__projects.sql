-- Industrial cooperation and technology-transfer projects, their milestones and the values of their
-- commitments (people trained, local content, operation & maintenance capability) over time.
-- Milestones and values carry their project's label. No foreign keys to other modules' schemas
-- (agreements, partners): each module keeps its own history.
create schema projects;
grant usage on schema projects to ${app_role};

create table projects.project (
    id              bigint generated always as identity primary key,
    title           jsonb     not null,
    description     jsonb     not null default '{}',
    host_nation     char(3)   not null,
    partner_nation  char(3)   not null,
    companies       bigint[]  not null default '{}',
    site            jsonb     not null default '{}',
    agreement_id    bigint,
    domain          text,
    start_date      date      not null,
    planned_end     date      not null,
    status          text      not null check (status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'SUSPENDED', 'CANCELLED')),
    responsible     jsonb     not null default '{}',
    illustrative    boolean   not null default false,
    classification  smallint  not null check (classification between 0 and 3),
    owner_nation    char(3)   not null,
    releasable_to   char(3)[] not null default '{}',
    check (planned_end >= start_date),
    check (host_nation <> partner_nation)
);

create table projects.milestone (
    id              bigint generated always as identity primary key,
    project_id      bigint    not null references projects.project,
    title           jsonb     not null,
    planned_date    date      not null,
    actual_date     date,
    -- LATE is never stored: it is told against today (see MilestoneStatus).
    status          text      not null check (status in ('PLANNED', 'ACHIEVED', 'AT_RISK', 'DROPPED')),
    note            text,
    illustrative    boolean   not null default false,
    classification  smallint  not null check (classification between 0 and 3),
    owner_nation    char(3)   not null,
    releasable_to   char(3)[] not null default '{}',
    check (status <> 'ACHIEVED' or actual_date is not null)
);
create index milestone_project on projects.milestone (project_id, planned_date);

create table projects.kpi_value (
    id              bigint generated always as identity primary key,
    project_id      bigint        not null references projects.project,
    kpi             text          not null check (kpi in ('ENGINEERS', 'TECHNICIANS', 'OPERATORS',
                                                          'LOCAL_CONTENT', 'CAPABILITY')),
    on_date         date          not null,
    target          numeric(9, 1) not null check (target >= 0),
    actual          numeric(9, 1) not null check (actual >= 0),
    note            text,
    illustrative    boolean       not null default false,
    classification  smallint      not null check (classification between 0 and 3),
    owner_nation    char(3)       not null,
    releasable_to   char(3)[]     not null default '{}'
);
create index kpi_value_project on projects.kpi_value (project_id, kpi, on_date);

grant select, insert, update on projects.project, projects.milestone, projects.kpi_value to ${app_role};

-- Second wall behind the access policy, as for every labelled table.
alter table projects.project enable row level security;
alter table projects.project force row level security;
alter table projects.milestone enable row level security;
alter table projects.milestone force row level security;
alter table projects.kpi_value enable row level security;
alter table projects.kpi_value force row level security;

create policy project_read on projects.project for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy project_insert on projects.project for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy project_update on projects.project for update
    using (shared.owned(classification, owner_nation, releasable_to))
    with check (shared.owned(classification, owner_nation, releasable_to));

create policy milestone_read on projects.milestone for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy milestone_insert on projects.milestone for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy milestone_update on projects.milestone for update
    using (shared.owned(classification, owner_nation, releasable_to))
    with check (shared.owned(classification, owner_nation, releasable_to));

create policy kpi_value_read on projects.kpi_value for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy kpi_value_insert on projects.kpi_value for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy kpi_value_update on projects.kpi_value for update
    using (shared.owned(classification, owner_nation, releasable_to))
    with check (shared.owned(classification, owner_nation, releasable_to));
