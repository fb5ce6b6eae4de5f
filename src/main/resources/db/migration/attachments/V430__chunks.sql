-- ha19c (issue 19): an attachment's content lives in PostgreSQL, in chunks of at most 1 MiB, so
-- that every node sees every file and one backup and one replication carry them with the rest.
-- Each chunk carries a label, under row-level security like every labelled table: the attachment's
-- label at upload, narrowed when its record is relabelled more narrowly (ChunkLabels), so that a
-- direct select as the application's role reads a chunk only where the application would serve it.
create table attachments.chunk (
    attachment_id  bigint    not null references attachments.attachment (id),
    seq            integer   not null check (seq >= 0),
    data           bytea     not null check (octet_length(data) between 1 and 1048576),
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    primary key (attachment_id, seq)
);
-- PDF, DOCX, PNG and JPEG are compressed already: TOAST stores the chunks out of line, uncompressed.
alter table attachments.chunk alter column data set storage external;

grant select, insert on attachments.chunk to ${app_role};
-- A relabel narrows the chunks' labels and nothing else.
grant update (classification, releasable_to) on attachments.chunk to ${app_role};
-- Inserted with the record's label, whose owner may be another nation, as the attachment row is.
select shared.protect('attachments.chunk', 'attachment');

-- A file still on a node's disk from before keeps its storage_path until FileImport moves it into
-- chunks at start and clears it; a file uploaded from now on has none.
alter table attachments.attachment alter column storage_path drop not null;
grant update (storage_path) on attachments.attachment to ${app_role};
create index attachment_on_disk on attachments.attachment (owner_nation) where storage_path is not null;
