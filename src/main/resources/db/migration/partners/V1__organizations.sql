-- Organizations: a tree per nation (ministry, general staff, directorate, division, …).
create schema partners;
grant usage on schema partners to ${app_role};

create table partners.organization (
    id             bigint generated always as identity primary key,
    nation         char(3)  not null,
    parent_id      bigint references partners.organization,
    kind           text     not null check (kind in ('MINISTRY', 'GENERAL_STAFF', 'DIRECTORATE', 'DIVISION',
                                                     'SERVICE', 'UNIT', 'DEFENCE_COMPANY', 'ACADEMY')),
    name           jsonb    not null,
    abbreviation   text,
    illustrative   boolean  not null default false,
    classification smallint not null check (classification between 0 and 3),
    owner_nation   char(3)  not null,
    releasable_to  char(3)[] not null default '{}'
);
create index organization_parent on partners.organization (parent_id);

grant select, insert, update, delete on partners.organization to ${app_role};
