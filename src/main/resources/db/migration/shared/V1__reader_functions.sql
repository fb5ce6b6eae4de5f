-- The need-to-know rule, once, for the row-level security policies of every labelled table.
-- It reads the transaction-local settings the application sets at the start of each transaction
-- (entente.nation, entente.clearance). Unset or empty settings let nothing through.
create schema shared;
grant usage on schema shared to ${app_role};

-- May the current reader see a record with this label?
create function shared.readable(classification smallint, owner_nation char(3), releasable_to char(3)[])
    returns boolean
    language sql stable parallel safe
as $$
    select classification <= coalesce(nullif(current_setting('entente.clearance', true), '')::smallint, -1)
       and (owner_nation = current_setting('entente.nation', true)
            or current_setting('entente.nation', true) = any (releasable_to))
$$;

-- May the current reader create or delete a record with this label? Only for their own nation.
create function shared.owned(classification smallint, owner_nation char(3), releasable_to char(3)[])
    returns boolean
    language sql stable parallel safe
as $$
    select shared.readable(classification, owner_nation, releasable_to)
       and owner_nation = current_setting('entente.nation', true)
$$;

grant execute on function shared.readable(smallint, char(3), char(3)[]) to ${app_role};
grant execute on function shared.owned(smallint, char(3), char(3)[]) to ${app_role};
