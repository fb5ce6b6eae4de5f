-- search17c: whether an attachment's text has been read (Apache Tika). Files uploaded before the
-- text was read at upload have none: every row present now is marked unread (the column's first
-- default, which fills them without an update), every row inserted from now on read (the upload
-- reads it). AttachmentTextBackfill reads the unread ones once, in the background after start.
alter table attachments.attachment add column text_read boolean not null default false;
alter table attachments.attachment alter column text_read set default true;
create index attachment_text_unread on attachments.attachment (owner_nation) where not text_read;

-- The backfill writes these two columns and nothing else; the update policy is the owner's
-- (shared.protect), so it writes as each owner nation in turn.
grant update (text, text_read) on attachments.attachment to ${app_role};
