-- Notifications (issue 18): what each account is told, stored per recipient under the label of the
-- record it is about (row-level security by the one rule, shared.protect), so that a notification
-- is never more readable than its record. The queries add "recipient = me".
create schema notifications;
grant usage on schema notifications to ${app_role};

create table notifications.notification (
    id             bigint generated always as identity primary key,
    recipient      text        not null check (recipient = lower(recipient)),
    kind           text        not null,
    record_type    text        not null,
    record_id      bigint      not null,
    href           text        not null,
    title          jsonb       not null,
    excerpt        jsonb,
    -- What makes it the same notification: a daily reminder or a re-delivered event never adds a second one.
    dedupe_key     text        not null,
    created_at     timestamptz not null default now(),
    read_at        timestamptz,
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}',
    unique (recipient, dedupe_key)
);
create index notification_unread on notifications.notification (recipient) where read_at is null;
create index notification_recent on notifications.notification (recipient, created_at desc);
grant select, insert, update on notifications.notification to ${app_role};

-- The system writes a notification as the record's owner nation; its recipient, who may read the
-- record, marks it read (the label stays the owner's).
select shared.protect('notifications.notification', 'joint');

-- Each account's e-mail: its address, and its choice of every notification at once, one digest a
-- day, or none. No label: it says nothing about any record.
create table notifications.mail_setting (
    username text primary key check (username = lower(username)),
    address  text check (address ~ '^[^@\s]+@[^@\s]+$' and length(address) <= 254),
    choice   text not null default 'IMMEDIATE' check (choice in ('IMMEDIATE', 'DAILY', 'NONE'))
);
grant select, insert, update on notifications.mail_setting to ${app_role};

-- Mails waiting for the SMTP server: one row per notification to send (or per digest), holding no
-- content (the sender reads the notification again as its recipient when it sends), so that an SMTP
-- server that is down delays the mail and never the write. Retried with a growing wait.
create table notifications.mail (
    id              bigint generated always as identity primary key,
    recipient       text        not null,
    notification_id bigint      references notifications.notification (id),
    kind            text        not null check (kind in ('NOTICE', 'DIGEST', 'INVITATION')),
    -- An invitation's session and sequence; a digest's day.
    detail          text,
    status          text        not null default 'WAITING' check (status in ('WAITING', 'SENT', 'DROPPED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index mail_waiting on notifications.mail (next_attempt_at) where status = 'WAITING';
create unique index mail_once on notifications.mail (recipient, kind, coalesce(notification_id, 0), coalesce(detail, ''));
grant select, insert, update on notifications.mail to ${app_role};

-- The outbox: Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc
-- 2.0.3, created here rather than by Modulith, spring.modulith.events.jdbc.schema=notifications).
-- A domain event is stored in the transaction of the write that publishes it and completed when
-- its listener succeeds; incomplete ones are delivered again at restart and retried with backoff.
create table notifications.event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on notifications.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on notifications.event_publication (completion_date);
grant select, insert, update, delete on notifications.event_publication to ${app_role};
