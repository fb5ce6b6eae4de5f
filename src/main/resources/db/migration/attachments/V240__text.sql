-- An attachment's text, read by Apache Tika at upload (at most 200,000 characters; empty for an
-- image or a file that could not be read), so that search finds a word that is only in a file. It
-- stays behind the attachment's own label like the rest of the row.
alter table attachments.attachment add column text text not null default '';
