-- Committees (a tree: joint committee, working group, sub-group) and their numbered sessions.
create schema committees;
grant usage on schema committees to ${app_role};

create table committees.committee (
    id             bigint generated always as identity primary key,
    code           text      not null unique,
    kind           text      not null check (kind in ('JOINT_MILITARY_COMMITTEE', 'CONSULTATIVE_COMMITTEE',
                                                      'WORKING_GROUP', 'SUB_GROUP')),
    parent_id      bigint references committees.committee,
    name           jsonb     not null,
    parties        char(3)[] not null,
    illustrative   boolean   not null default false,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}'
);

create table committees.session (
    id             bigint generated always as identity primary key,
    committee_id   bigint    not null references committees.committee,
    number         integer   not null check (number > 0),
    start_date     date      not null,
    end_date       date      not null,
    host_nation    char(3)   not null,
    city           jsonb     not null,
    status         text      not null check (status in ('PLANNED', 'HELD', 'POSTPONED', 'CANCELLED')),
    illustrative   boolean   not null default false,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    unique (committee_id, number),
    check (end_date >= start_date)
);

grant select, insert, update, delete on committees.committee, committees.session to ${app_role};
