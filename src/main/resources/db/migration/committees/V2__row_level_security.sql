-- Second wall behind the access policy: the database itself hides what the reader may not see.
alter table committees.committee enable row level security;
alter table committees.committee force row level security;
alter table committees.session enable row level security;
alter table committees.session force row level security;

create policy committee_read on committees.committee for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy committee_insert on committees.committee for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy committee_update on committees.committee for update
    using (shared.readable(classification, owner_nation, releasable_to))
    with check (shared.readable(classification, owner_nation, releasable_to));
create policy committee_delete on committees.committee for delete
    using (shared.owned(classification, owner_nation, releasable_to));

create policy session_read on committees.session for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy session_insert on committees.session for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy session_update on committees.session for update
    using (shared.readable(classification, owner_nation, releasable_to))
    with check (shared.readable(classification, owner_nation, releasable_to));
create policy session_delete on committees.session for delete
    using (shared.owned(classification, owner_nation, releasable_to));
