-- Second wall behind the access policy: the database itself hides what the reader may not see.
alter table partners.organization enable row level security;
alter table partners.organization force row level security;

create policy organization_read on partners.organization for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy organization_insert on partners.organization for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy organization_update on partners.organization for update
    using (shared.readable(classification, owner_nation, releasable_to))
    with check (shared.readable(classification, owner_nation, releasable_to));
create policy organization_delete on partners.organization for delete
    using (shared.owned(classification, owner_nation, releasable_to));
