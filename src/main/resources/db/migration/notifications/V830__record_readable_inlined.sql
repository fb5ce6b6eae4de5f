-- collab18i (issue 18): whether a notification's record still exists for the current reader, now in
-- plain SQL that PostgreSQL inlines into the statement that asks, instead of the PL/pgSQL function of
-- V550 that ran its CASE of subqueries anew for every row (planner.mar's bell count on the 51,158-
-- activity set: 3.35 ms of the server's CPU per count, against 0.45 ms with the check written into
-- the statement). The rule is unchanged (V330, V550), and this is now its one spelling: a record
-- counts while the reader's row-level security lets its own table show it; a comment or a file when it
-- and its record do; an unknown kind never (fails closed).
--
-- How it is asked: exists (select from notifications.record_readable(n.record_type, n.record_id)).
-- A set-returning SQL function of one UNION ALL, stable, not strict, not security definer: the kind
-- PostgreSQL inlines as a subquery (a scalar SQL function is inlined only when its body has no
-- subquery, so the boolean function of V550 could not be). Each branch is one primary-key probe of its
-- kind's table under row-level security behind a one-time filter on the kind, so a row runs only its
-- own kind's probe; and the caller's EXISTS stays a correlated probe, never a hashed subplan that reads
-- a whole table (the arguments are correlated, which keeps it from being pulled up). No function
-- calls itself (PostgreSQL does not inline one that does): a comment asks its record's kinds below
-- it, and a file those and comments.
-- The arguments are named so that no column can shadow them (agreement and context_event have a
-- column 'kind', which a SQL function's body reads before an argument of that name).
-- RecordReadableIT asks it against the tables themselves for every demo persona, and checks that it
-- knows exactly the kinds of org.entente.shared.RecordType.
drop function notifications.record_readable(text, bigint);

-- The kinds that are records of their own.
create function notifications.own_record_readable(asked_kind text, asked_id bigint) returns setof boolean
    language sql stable
as $$
    select true from agreements.agreement x where asked_kind = 'agreement' and x.id = asked_id
    union all select true from agreements.context_event x where asked_kind = 'context-event' and x.id = asked_id
    union all select true from committees.committee x where asked_kind = 'committee' and x.id = asked_id
    union all select true from committees.session x where asked_kind = 'session' and x.id = asked_id
    union all select true from committees.action_item x where asked_kind = 'action-item' and x.id = asked_id
    union all select true from workplans.plan x where asked_kind = 'plan' and x.id = asked_id
    union all select true from workplans.objective x where asked_kind = 'objective' and x.id = asked_id
    union all select true from workplans.activity x where asked_kind = 'activity' and x.id = asked_id
    union all select true from workplans.amendment x where asked_kind = 'amendment' and x.id = asked_id
    union all select true from projects.project x where asked_kind = 'project' and x.id = asked_id
    union all select true from projects.milestone x where asked_kind = 'milestone' and x.id = asked_id
    union all select true from partners.organization x where asked_kind = 'organization' and x.id = asked_id
    union all select true from partners.person x where asked_kind = 'person' and x.id = asked_id
$$;

-- Those and comments: a comment when it and its record are readable.
create function notifications.commented_record_readable(asked_kind text, asked_id bigint) returns setof boolean
    language sql stable
as $$
    select true from notifications.own_record_readable(asked_kind, asked_id)
    union all select true from comments.comment x where asked_kind = 'comment' and x.id = asked_id
        and exists (select from notifications.own_record_readable(x.record_type, x.record_id))
$$;

-- Every kind of the catalogue: a file when it and its record (a comment included) are readable.
create function notifications.record_readable(asked_kind text, asked_id bigint) returns setof boolean
    language sql stable
as $$
    select true from notifications.commented_record_readable(asked_kind, asked_id)
    union all select true from attachments.attachment x where asked_kind = 'attachment' and x.id = asked_id
        and exists (select from notifications.commented_record_readable(x.record_type, x.record_id))
$$;

grant execute on function notifications.own_record_readable(text, bigint) to ${app_role};
grant execute on function notifications.commented_record_readable(text, bigint) to ${app_role};
grant execute on function notifications.record_readable(text, bigint) to ${app_role};
