-- The search index: one entry per searchable record, under the same label and the same row-level
-- security rule as the record itself (shared.protect), so that a query which forgets its filter
-- still returns nothing its reader may not read. The entry is rewritten in the transaction of the
-- write it reflects (a relabel included).
--
-- document holds the terms Entente's own analyzers produce (Arabic, Hebrew, French, English, digits),
-- already normalised and stemmed in Java, each at its position and weighted (A: title, B: code and
-- names, D: body); the 'simple' configuration never changes them again.
create schema search;
grant usage on schema search to ${app_role};

create table search.entry (
    record_type    text        not null,
    record_id      bigint      not null,
    title          jsonb       not null,
    code           text,
    body           text        not null default '',
    lang           text        not null,
    url            text        not null,
    committee_id   bigint,
    year           integer,
    status         text,
    nation         char(3),
    document       tsvector    not null,
    updated_at     timestamptz not null default now(),
    classification smallint    not null check (classification between 0 and 3),
    owner_nation   char(3)     not null,
    releasable_to  char(3)[]   not null default '{}',
    primary key (record_type, record_id)
);
create index entry_document on search.entry using gin (document);
create index entry_code on search.entry (upper(code) text_pattern_ops) where code is not null;
create index entry_recent on search.entry (updated_at desc);

grant select, insert, update, delete on search.entry to ${app_role};

-- Any reader of a record may rewrite its entry (a partner edits a joint activity); only the owner
-- nation creates, deletes or relabels one, as for the records themselves.
select shared.protect('search.entry', 'joint');

-- The index's size for the administrator's view, without reading any entry.
create function search.index_size() returns bigint
    language sql stable security definer
as $$
    select pg_total_relation_size('search.entry')
$$;
grant execute on function search.index_size() to ${app_role};

-- The last full rebuild (--entente.reindex, or the first start): when, how many entries, how long.
-- No label: it says nothing about any record.
create table search.rebuild (
    id          boolean     primary key default true check (id),
    finished_at timestamptz not null,
    entries     bigint      not null,
    millis      bigint      not null
);
grant select, insert, update on search.rebuild to ${app_role};
