-- notify18c (issue 18): a notification follows its record. When the record is relabelled (or
-- deleted) so that its recipient may no longer read it, the notification is no longer shown, counted
-- or mailed. Re-checked on read: this function asks whether the record still exists for the current
-- reader; it runs with the reader's rights (not security definer), so row-level security on the
-- record's table answers, whichever write path changed the label. A comment is readable when it and
-- its record are. An unknown record type is not readable (fails closed).
-- plpgsql, so that its body is checked when called: the other modules' tables may be created after.
create function notifications.record_readable(kind text, record bigint) returns boolean
    language plpgsql stable
as $$
begin
    return case kind
        when 'agreement' then exists (select 1 from agreements.agreement x where x.id = record)
        when 'workplan' then exists (select 1 from workplans.plan x where x.id = record)
        when 'plan' then exists (select 1 from workplans.plan x where x.id = record)
        when 'activity' then exists (select 1 from workplans.activity x where x.id = record)
        when 'amendment' then exists (select 1 from workplans.amendment x where x.id = record)
        when 'session' then exists (select 1 from committees.session x where x.id = record)
        when 'action-item' then exists (select 1 from committees.action_item x where x.id = record)
        when 'project' then exists (select 1 from projects.project x where x.id = record)
        when 'milestone' then exists (select 1 from projects.milestone x where x.id = record)
        when 'comment' then exists (select 1 from comments.comment c
                                     where c.id = record and notifications.record_readable(c.record_type, c.record_id))
        else false
    end;
end
$$;
grant execute on function notifications.record_readable(text, bigint) to ${app_role};

-- The daily reminders' and the invitations' look-ups by record.
create index notification_record on notifications.notification (record_type, record_id);
