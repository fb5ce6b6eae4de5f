-- A committee's make-up (co-chairs per nation, secretariat, cadence) and everything a session
-- holds: delegations, agenda, programme, minutes per language, numbered decisions, signatures,
-- corrigenda, and the action items followed up between sessions. Every table carries a label
-- (a session's parts are labelled as their session when recorded) under row-level security.
alter table committees.committee
    add column co_chairs   jsonb not null default '[]',
    add column secretariat jsonb not null default '{}',
    add column cadence     text check (cadence in ('ANNUAL', 'SEMIANNUAL', 'BIENNIAL', 'AS_NEEDED')),
    add column alternating boolean not null default true;

alter table committees.session add column venue jsonb not null default '{}';

create table committees.member (
    id             bigint generated always as identity primary key,
    committee_id   bigint    not null references committees.committee,
    person_id      bigint    not null,
    nation         char(3)   not null,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    unique (committee_id, person_id)
);

create table committees.delegate (
    id             bigint generated always as identity primary key,
    session_id     bigint    not null references committees.session,
    nation         char(3)   not null,
    person_id      bigint,
    name           text      not null,
    role           text      not null check (role in ('HEAD', 'MEMBER', 'EXPERT', 'OBSERVER')),
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}'
);

create table committees.agenda_item (
    id             bigint generated always as identity primary key,
    session_id     bigint    not null references committees.session,
    position       integer   not null,
    title          jsonb     not null,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    unique (session_id, position)
);

create table committees.programme_item (
    id             bigint generated always as identity primary key,
    session_id     bigint    not null references committees.session,
    day            date      not null,
    kind           text      not null check (kind in ('WORKING_MEETING', 'FIELD_VISIT', 'SPECIAL_SESSION', 'CEREMONY')),
    title          jsonb     not null,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}'
);

create table committees.minutes (
    id             bigint generated always as identity primary key,
    session_id     bigint    not null references committees.session,
    language       text      not null,
    body           text      not null,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    unique (session_id, language)
);

create table committees.decision (
    id             bigint generated always as identity primary key,
    session_id     bigint    not null references committees.session,
    number         integer   not null check (number > 0),
    text           jsonb     not null,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    unique (session_id, number)
);

create table committees.signature (
    id             bigint generated always as identity primary key,
    session_id     bigint      not null references committees.session,
    nation         char(3)     not null,
    signed_by      text        not null,
    signed_at      timestamptz not null,
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}',
    unique (session_id, nation)
);

create table committees.corrigendum (
    id             bigint generated always as identity primary key,
    session_id     bigint    not null references committees.session,
    number         integer   not null check (number > 0),
    dated          date      not null,
    text           jsonb     not null,
    recorded_by    text      not null,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    unique (session_id, number)
);

create table committees.action_item (
    id             bigint generated always as identity primary key,
    committee_id   bigint    not null references committees.committee,
    session_id     bigint references committees.session,
    decision_id    bigint references committees.decision,
    title          jsonb     not null,
    party          char(3)   not null,
    responsible    text      not null default '',
    due_date       date      not null,
    status         text      not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    illustrative   boolean   not null default false,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}'
);
create index action_item_committee on committees.action_item (committee_id, due_date);

create table committees.action_note (
    id             bigint generated always as identity primary key,
    action_item_id bigint      not null references committees.action_item,
    noted_at       timestamptz not null,
    noted_by       text        not null,
    status         text        not null,
    text           text        not null,
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}'
);

do $$
declare
    t text;
begin
    foreach t in array array['member', 'delegate', 'agenda_item', 'programme_item', 'minutes', 'decision',
                             'signature', 'corrigendum', 'action_item', 'action_note'] loop
        execute format('grant select, insert, update, delete on committees.%I to ${app_role}', t);
        execute format('alter table committees.%I enable row level security', t);
        execute format('alter table committees.%I force row level security', t);
        execute format('create policy %I on committees.%I for select using (shared.readable(classification, owner_nation, releasable_to))', t || '_read', t);
        execute format('create policy %I on committees.%I for insert with check (shared.readable(classification, owner_nation, releasable_to))', t || '_insert', t);
        execute format('create policy %I on committees.%I for update using (shared.readable(classification, owner_nation, releasable_to)) with check (shared.readable(classification, owner_nation, releasable_to))', t || '_update', t);
        execute format('create policy %I on committees.%I for delete using (shared.readable(classification, owner_nation, releasable_to))', t || '_delete', t);
    end loop;
end
$$;
