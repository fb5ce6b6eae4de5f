-- collab18i (issue 18): whether a notification's record still exists for the current reader, in plain
-- SQL that PostgreSQL inlines into the statement that asks it, instead of the PL/pgSQL function of V550
-- that ran its CASE of subqueries anew for every row (planner.mar's bell count on the 51,158-activity
-- set: about 3 ms of the server's CPU per count). The rule is unchanged (V330, V550), and this is now
-- its one spelling (the Java copy in NotificationStore is gone): a record counts while the reader's
-- row-level security lets its own table show it; a comment or a file when it and its record do; an
-- unknown kind never (fails closed).
--
-- Asked as: exists (select from notifications.record_readable(n.record_type, n.record_id)).
-- A set-returning SQL function, stable, not strict, not security definer: the kind PostgreSQL inlines
-- as a subquery (a scalar SQL function is inlined only when its body holds no subquery, so the boolean
-- function of V550 could not be). For each row the CASE runs its own kind's primary-key probe under
-- row-level security, and only that one. Each probe ends in offset 0: without it the planner may turn
-- the exists into a hashed subplan that reads a whole table to answer a handful of rows (it did for
-- the plans of the 51,158-activity set).
--
-- Comments and files are asked through notifications.part_readable, in PL/pgSQL so that it is not
-- inlined: it asks record_readable again for their record, and an inlined function that calls itself
-- would never end; inlined, its probes would also be planned into every row's check (measured: a
-- count twice as dear with them in the tree). Only a comment's or a file's notification calls it.
--
-- The arguments are named so that no column shadows them (agreement and context_event have a column
-- 'kind', which a SQL function's body reads before an argument of that name: RecordReadableIT found
-- it). RecordReadableIT checks the function against every demo persona's own reads of the tables, and
-- that it knows exactly the kinds of org.entente.shared.RecordType.
drop function notifications.record_readable(text, bigint);

create function notifications.part_readable(asked_kind text, asked_id bigint) returns boolean
    language plpgsql stable
as $$
begin
    return case asked_kind
        when 'comment' then exists (select from comments.comment x where x.id = asked_id
                                       and exists (select from notifications.record_readable(x.record_type, x.record_id)))
        when 'attachment' then exists (select from attachments.attachment x where x.id = asked_id
                                          and exists (select from notifications.record_readable(x.record_type, x.record_id)))
        else false
    end;
end
$$;

create function notifications.record_readable(asked_kind text, asked_id bigint) returns setof boolean
    language sql stable
as $$
    select true where case asked_kind
        when 'agreement' then exists (select from agreements.agreement x where x.id = asked_id offset 0)
        when 'context-event' then exists (select from agreements.context_event x where x.id = asked_id offset 0)
        when 'committee' then exists (select from committees.committee x where x.id = asked_id offset 0)
        when 'session' then exists (select from committees.session x where x.id = asked_id offset 0)
        when 'action-item' then exists (select from committees.action_item x where x.id = asked_id offset 0)
        when 'plan' then exists (select from workplans.plan x where x.id = asked_id offset 0)
        when 'objective' then exists (select from workplans.objective x where x.id = asked_id offset 0)
        when 'activity' then exists (select from workplans.activity x where x.id = asked_id offset 0)
        when 'amendment' then exists (select from workplans.amendment x where x.id = asked_id offset 0)
        when 'project' then exists (select from projects.project x where x.id = asked_id offset 0)
        when 'milestone' then exists (select from projects.milestone x where x.id = asked_id offset 0)
        when 'organization' then exists (select from partners.organization x where x.id = asked_id offset 0)
        when 'person' then exists (select from partners.person x where x.id = asked_id offset 0)
        when 'comment' then notifications.part_readable(asked_kind, asked_id)
        when 'attachment' then notifications.part_readable(asked_kind, asked_id)
        else false
    end
$$;

grant execute on function notifications.part_readable(text, bigint) to ${app_role};
grant execute on function notifications.record_readable(text, bigint) to ${app_role};
