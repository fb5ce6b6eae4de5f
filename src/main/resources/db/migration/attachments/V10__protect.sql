-- Row-level security by one rule (shared.protect). An attachment carries its record's label, whose
-- owner may be another nation (a partner's planner attaching to the host's committee): mode
-- 'attachment' lets whoever may read the label insert it. Nothing updates or deletes an attachment
-- (no grant); the update and delete policies are the owner's, as everywhere.
select shared.protect('attachments.attachment', 'attachment');
