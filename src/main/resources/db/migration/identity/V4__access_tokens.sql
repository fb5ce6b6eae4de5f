-- Personal access tokens for programs calling the API (Authorization: Bearer ent_…). Only the
-- SHA-256 of a token is kept; its first characters (prefix) let its owner recognise it in lists.
create table identity.access_token (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references identity.account on delete cascade,
    name         text        not null check (length(name) between 1 and 80),
    prefix       text        not null,
    token_hash   bytea       not null unique,
    scope        text        not null check (scope in ('READ', 'WRITE')),
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_token_account on identity.access_token (account_id);

grant select, insert, update on identity.access_token to ${app_role};
