-- Row-level security by one rule. Every labelled table (classification, owner_nation,
-- releasable_to) is protected by shared.protect(table, mode): it enables and forces row-level
-- security, drops whatever policies the table had and creates its four policies for the
-- application's role, named <table>_read, _insert, _update and _delete:
--
--   read                          shared.readable(label)
--   insert, update, delete        shared.owned(label): readable, and of the owner nation
--
-- A mode names a table whose writes differ, and says exactly how:
--   'owned'          the rule above, nothing more.
--   'joint'          both parties work on the same rows (a committee, a work plan and its activities,
--                    amendments, indicators): any reader may update a row, but only the owner
--                    nation changes its label (trigger <table>_keeps_label); insert and delete stay owned.
--   'party_inserts'  a party records its own row in another nation's record (its signature, its own
--                    delegates): insert is also allowed when the row's <party_column> is the reader's
--                    nation and its <parent> row (by <parent_key>) is readable. Update, delete: owned.
--   'party_updates'  the party named in a row moves it on (an action item): update is also allowed
--                    when the row's <party_column> is the reader's nation; the label stays the owner's.
--   'party_notes'    the party named in the parent row adds to it (an action item's notes): insert is
--                    also allowed when the readable <parent>'s <party_column> is the reader's nation.
--   'attachment'     a file carries its record's label, whoever uploads it: insert needs only that
--                    the uploader may read the label. Nothing updates or deletes one (no grant).
-- Every call is recorded in shared.protection, which the tests read to check the policies.

create table shared.protection (
    relation     text primary key,
    mode         text not null check (mode in ('owned', 'joint', 'party_inserts', 'party_updates', 'party_notes', 'attachment')),
    party_column text,
    parent       text,
    parent_key   text
);
grant select on shared.protection to ${app_role};

-- On a table whose rows another nation may update: the label is the owner's to change, and the
-- owner keeps it (a relabel never gives a record away).
create function shared.keep_label() returns trigger
    language plpgsql
as $$
begin
    if (new.classification, new.owner_nation, new.releasable_to)
           is distinct from (old.classification, old.owner_nation, old.releasable_to)
       and not (shared.owned(old.classification, old.owner_nation, old.releasable_to)
                and new.owner_nation = old.owner_nation) then
        raise exception 'only the owner nation changes the label of a row of %.%', tg_table_schema, tg_table_name
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create function shared.protect(target regclass, mode text default 'owned', party_column text default null,
                               parent regclass default null, parent_key text default null)
    returns void
    language plpgsql
as $$
declare
    qualified  text := (select format('%I.%I', n.nspname, c.relname)
                          from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = target);
    base       text := (select relname from pg_class where oid = target);
    readable   text := 'shared.readable(classification, owner_nation, releasable_to)';
    owned      text := 'shared.owned(classification, owner_nation, releasable_to)';
    reader     text := 'current_setting(''entente.nation'', true)';
    inserting  text := owned;
    updating   text := owned;
    deleting   text := owned;
    keep_label boolean := false;
    old_policy record;
begin
    if mode in ('party_inserts', 'party_updates', 'party_notes') and party_column is null then
        raise exception 'protection mode % of % needs a party column', mode, qualified;
    end if;
    if mode in ('party_inserts', 'party_notes') and (parent is null or parent_key is null) then
        raise exception 'protection mode % of % needs a parent table and key', mode, qualified;
    end if;
    case mode
        when 'owned' then
            null;
        when 'joint' then
            updating := readable;
            keep_label := true;
        when 'party_inserts' then
            inserting := format('%s or (%s and %I = %s and exists (select 1 from %s p where p.id = %I))',
                                owned, readable, party_column, reader, parent, parent_key);
        when 'party_updates' then
            updating := format('%s or (%s and %I = %s)', owned, readable, party_column, reader);
            keep_label := true;
        when 'party_notes' then
            inserting := format('%s or (%s and exists (select 1 from %s p where p.id = %I and p.%I = %s))',
                                owned, readable, parent, parent_key, party_column, reader);
        when 'attachment' then
            inserting := readable;
        else
            raise exception 'unknown protection mode % for %', mode, qualified;
    end case;

    for old_policy in select p.polname from pg_policy p where p.polrelid = target loop
        execute format('drop policy %I on %s', old_policy.polname, qualified);
    end loop;
    execute format('alter table %s enable row level security', qualified);
    execute format('alter table %s force row level security', qualified);
    execute format('create policy %I on %s for select to ${app_role} using (%s)', base || '_read', qualified, readable);
    execute format('create policy %I on %s for insert to ${app_role} with check (%s)', base || '_insert', qualified, inserting);
    execute format('create policy %I on %s for update to ${app_role} using (%s) with check (%s)',
                   base || '_update', qualified, updating, updating);
    execute format('create policy %I on %s for delete to ${app_role} using (%s)', base || '_delete', qualified, deleting);

    execute format('drop trigger if exists %I on %s', base || '_keeps_label', qualified);
    if keep_label then
        execute format('create trigger %I before update on %s for each row execute function shared.keep_label()',
                       base || '_keeps_label', qualified);
    end if;

    delete from shared.protection p where p.relation = qualified;
    insert into shared.protection (relation, mode, party_column, parent, parent_key)
    values (qualified, protect.mode, protect.party_column, protect.parent::text, protect.parent_key);
end
$$;

-- Only migrations (the owner) protect tables.
revoke execute on function shared.protect(regclass, text, text, regclass, text) from public;
