-- The need-to-know rule unchanged, written so that the planner can estimate it and each row costs
-- less (issue 20, the SQL floor). V1 compared owner_nation::text and releasable_to::text[] with
-- the text setting: a cast of every row's label, an array copy per row, and a predicate the planner
-- could not estimate (it guessed one row per plan, and on a better guess chose a parallel scan of
-- the whole table). Comparing as bpchar leaves the columns as they are. An empty or unset nation
-- is null here, so it still lets nothing through (a blank owner nation would equal '' as bpchar).
create or replace function shared.readable(classification smallint, owner_nation char(3), releasable_to char(3)[])
    returns boolean
    language sql stable parallel safe
as $$
    select classification <= coalesce(nullif(current_setting('entente.clearance', true), '')::smallint, -1)
       and (owner_nation = nullif(current_setting('entente.nation', true), '')::bpchar
            or nullif(current_setting('entente.nation', true), '')::bpchar = any (releasable_to))
$$;
