-- A user's calendar feeds: secret addresses a calendar program subscribes to. Only the secret's
-- SHA-256 is kept: the address is shown once, when made; a lost one is revoked and made anew.
create schema calendar;
grant usage on schema calendar to ${app_role};

create table calendar.feed (
    id                 bigint generated always as identity primary key,
    username           text        not null,
    secret_hash        bytea       not null unique,
    max_classification smallint    not null check (max_classification between 0 and 3),
    created_at         timestamptz not null default now(),
    last_used_at       timestamptz,
    revoked_at         timestamptz
);
create index feed_username on calendar.feed (lower(username));

-- What the feeds last published of each event, so that its SEQUENCE grows when it changes and
-- calendar programs take the change.
create table calendar.published (
    uid          text primary key,
    content_hash bytea       not null,
    sequence     integer     not null default 0,
    changed_at   timestamptz not null default now()
);

grant select, insert, update on calendar.feed, calendar.published to ${app_role};
