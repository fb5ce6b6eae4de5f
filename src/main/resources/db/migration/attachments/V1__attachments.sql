-- Files attached to any record. Each carries its record's label, copied at upload; the file itself
-- lives under the data directory at a path the server chose (storage_path), never the user's name.
create schema attachments;
grant usage on schema attachments to ${app_role};

create table attachments.attachment (
    id             bigint generated always as identity primary key,
    record_type    text        not null,
    record_id      bigint      not null,
    file_name      text        not null check (length(file_name) between 1 and 255),
    version        integer     not null check (version >= 1),
    media_type     text        not null,
    size_bytes     bigint      not null check (size_bytes > 0),
    sha256         bytea       not null check (octet_length(sha256) = 32),
    storage_path   text        not null unique,
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null default now(),
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}'
);
-- Two uploads of the same name at once cannot both become the same version.
create unique index attachment_version on attachments.attachment (record_type, record_id, lower(file_name), version);

grant select, insert on attachments.attachment to ${app_role};

-- Second wall behind the access policy, as for every labelled table. Unlike a record of one's own,
-- an attachment is inserted with its record's label, whose owner may be another nation (a partner's
-- planner attaching to the host's committee): inserting needs only that the uploader may read it.
-- Nothing updates or deletes an attachment: a new file is a new version.
alter table attachments.attachment enable row level security;
alter table attachments.attachment force row level security;

create policy attachment_read on attachments.attachment for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy attachment_insert on attachments.attachment for insert
    with check (shared.readable(classification, owner_nation, releasable_to));
