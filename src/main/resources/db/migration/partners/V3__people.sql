-- People: not accounts. Names in Latin and in their native script, rank or title and position per
-- language; labelled, with the same row-level security as organizations.
create table partners.person (
    id              bigint generated always as identity primary key,
    nation          char(3)  not null,
    organization_id bigint references partners.organization,
    name_latin      text     not null,
    name_native     text,
    rank            jsonb    not null default '{}',
    position        jsonb    not null default '{}',
    illustrative    boolean  not null default false,
    classification  smallint not null check (classification between 0 and 3),
    owner_nation    char(3)  not null,
    releasable_to   char(3)[] not null default '{}'
);
create index person_organization on partners.person (organization_id);

grant select, insert, update, delete on partners.person to ${app_role};

alter table partners.person enable row level security;
alter table partners.person force row level security;

create policy person_read on partners.person for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy person_insert on partners.person for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy person_update on partners.person for update
    using (shared.readable(classification, owner_nation, releasable_to))
    with check (shared.readable(classification, owner_nation, releasable_to));
create policy person_delete on partners.person for delete
    using (shared.owned(classification, owner_nation, releasable_to));
