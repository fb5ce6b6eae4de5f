-- Second wall behind the access policy, as on every labelled table.
do $$
declare
    t text;
begin
    foreach t in array array['plan', 'objective', 'indicator', 'activity', 'activity_event', 'amendment'] loop
        execute format('alter table workplans.%I enable row level security', t);
        execute format('alter table workplans.%I force row level security', t);
        execute format('create policy %I on workplans.%I for select
                            using (shared.readable(classification, owner_nation, releasable_to))', t || '_read', t);
        execute format('create policy %I on workplans.%I for insert
                            with check (shared.owned(classification, owner_nation, releasable_to))', t || '_insert', t);
        execute format('create policy %I on workplans.%I for update
                            using (shared.readable(classification, owner_nation, releasable_to))
                            with check (shared.readable(classification, owner_nation, releasable_to))',
                       t || '_update', t);
    end loop;
end
$$;
