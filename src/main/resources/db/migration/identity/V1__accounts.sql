-- Accounts: who may sign in, from which nation, at which clearance.
-- Clearance and classification are stored as ordered levels (0 = UNCLASSIFIED … 3 = SECRET).
create schema identity;
grant usage on schema identity to ${app_role};

create table identity.account (
    id                   bigint generated always as identity primary key,
    username             text        not null,
    password_hash        text        not null,
    nation               char(3)     not null,
    clearance            smallint    not null check (clearance between 0 and 3),
    language             text        not null default 'en' check (language in ('ar', 'en', 'fr', 'he')),
    administrator        boolean     not null default false,
    auditor              boolean     not null default false,
    must_change_password boolean     not null default false,
    enabled              boolean     not null default true,
    failed_sign_ins      integer     not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz not null default now()
);
create unique index account_username_key on identity.account (lower(username));

grant select, insert, update on identity.account to ${app_role};
