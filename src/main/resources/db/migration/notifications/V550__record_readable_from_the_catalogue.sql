-- tidy13f (issue 13): notifications spell their record's kind as the one catalogue does
-- (org.entente.shared.RecordType): a work plan is 'plan', as comments, watching and search spell it,
-- no longer 'workplan'. The rows and keys stored before are renamed with it, so that a plan's
-- notice re-delivered after this is still the same notice (its key).
update notifications.notification
   set record_type = 'plan', dedupe_key = replace(dedupe_key, ':workplan:', ':plan:')
 where record_type = 'workplan';

-- Whether the record still exists for the current reader (V330): one branch per kind of the
-- catalogue, each asking the kind's own table (RecordType.table()) under the reader's row-level
-- security. A comment or a file is readable when it and its record are. An unknown kind is not
-- readable (fails closed). RecordReadableIT fails when the catalogue gains a kind this does not know.
create or replace function notifications.record_readable(kind text, record bigint) returns boolean
    language plpgsql stable
as $$
begin
    return case kind
        when 'agreement' then exists (select 1 from agreements.agreement x where x.id = record)
        when 'context-event' then exists (select 1 from agreements.context_event x where x.id = record)
        when 'committee' then exists (select 1 from committees.committee x where x.id = record)
        when 'session' then exists (select 1 from committees.session x where x.id = record)
        when 'action-item' then exists (select 1 from committees.action_item x where x.id = record)
        when 'plan' then exists (select 1 from workplans.plan x where x.id = record)
        when 'objective' then exists (select 1 from workplans.objective x where x.id = record)
        when 'activity' then exists (select 1 from workplans.activity x where x.id = record)
        when 'amendment' then exists (select 1 from workplans.amendment x where x.id = record)
        when 'project' then exists (select 1 from projects.project x where x.id = record)
        when 'milestone' then exists (select 1 from projects.milestone x where x.id = record)
        when 'organization' then exists (select 1 from partners.organization x where x.id = record)
        when 'person' then exists (select 1 from partners.person x where x.id = record)
        when 'comment' then exists (select 1 from comments.comment x where x.id = record
                                       and notifications.record_readable(x.record_type, x.record_id))
        when 'attachment' then exists (select 1 from attachments.attachment x where x.id = record
                                          and notifications.record_readable(x.record_type, x.record_id))
        else false
    end;
end
$$;
