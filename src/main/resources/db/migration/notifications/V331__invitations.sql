-- notify18c (issue 18): session invitations. Per session, the SEQUENCE its iCalendar invitations
-- went out at and a digest of what they said (dates, place, status), so that a change sends the next
-- sequence and a write that changes none of them sends nothing again. No text of the session here
-- (the digest is a hash): the mail reads the session again as its recipient when it goes.
create table notifications.invitation (
    session_id bigint primary key,
    sequence   integer not null check (sequence >= 0),
    digest     text    not null,
    changed_at timestamptz not null default now()
);
grant select, insert, update on notifications.invitation to ${app_role};
