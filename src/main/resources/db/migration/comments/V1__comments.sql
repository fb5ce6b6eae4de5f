-- Comments on cooperation records, their versions (an edit is a new version, the old ones stay
-- readable), the accounts they mention, and who watches which record.
--
-- A comment carries a label like every record: its record's label, or, for a remark internal to the
-- author's nation, the record's classification for that nation only. Row-level security by the one
-- rule (shared.protect, mode 'attachment'): whoever may read the label may insert it; nothing
-- updates or deletes a comment, a version or a mention (no grant), so an edit cannot rewrite history.
create schema comments;
grant usage on schema comments to ${app_role};

create table comments.comment (
    id             bigint generated always as identity primary key,
    record_type    text        not null check (record_type in ('agreement', 'session', 'action-item', 'plan',
                                                               'activity', 'amendment', 'project', 'milestone')),
    record_id      bigint      not null,
    author         text        not null,
    internal       boolean     not null default false,
    posted_at      timestamptz not null default now(),
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}',
    -- An internal remark is its nation's alone.
    check (not internal or releasable_to = '{}')
);
create index comment_record on comments.comment (record_type, record_id, posted_at);

-- The text of each version; the comment shows its latest. The same limit as the domain (Comments.MAX_LENGTH).
create table comments.comment_version (
    comment_id     bigint      not null references comments.comment (id),
    version        integer     not null check (version >= 1),
    body           text        not null check (char_length(body) between 1 and 10000 and btrim(body) <> ''),
    written_at     timestamptz not null default now(),
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}',
    primary key (comment_id, version)
);

-- The accounts a comment mentions (@username), for the notifications to tell them.
create table comments.mention (
    comment_id     bigint    not null references comments.comment (id),
    account        text      not null,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    primary key (comment_id, account)
);

grant select, insert on comments.comment, comments.comment_version, comments.mention to ${app_role};

select shared.protect('comments.comment', 'attachment');
select shared.protect('comments.comment_version', 'attachment');
select shared.protect('comments.mention', 'attachment');

-- Who watches what: an account's own choice, holding no text of the record. Whether a watcher may
-- still read the record is asked when it is read (Watching.watchersOf), never stored here.
-- record_type 'committee' is a committee member watching everything of that committee.
create table comments.watch (
    account     text        not null,
    record_type text        not null check (record_type in ('agreement', 'session', 'action-item', 'plan', 'activity',
                                                            'amendment', 'project', 'milestone', 'committee')),
    record_id   bigint      not null,
    since       timestamptz not null default now(),
    primary key (account, record_type, record_id)
);
create index watch_record on comments.watch (record_type, record_id);

grant select, insert, delete on comments.watch to ${app_role};
