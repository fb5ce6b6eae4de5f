-- Second wall behind the access policy: the database itself hides what the reader may not see.
alter table agreements.agreement enable row level security;
alter table agreements.agreement force row level security;
alter table agreements.agreement_event enable row level security;
alter table agreements.agreement_event force row level security;
alter table agreements.context_event enable row level security;
alter table agreements.context_event force row level security;

create policy agreement_read on agreements.agreement for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy agreement_insert on agreements.agreement for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy agreement_update on agreements.agreement for update
    using (shared.readable(classification, owner_nation, releasable_to))
    with check (shared.readable(classification, owner_nation, releasable_to));
create policy agreement_delete on agreements.agreement for delete
    using (shared.owned(classification, owner_nation, releasable_to));

create policy agreement_event_read on agreements.agreement_event for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy agreement_event_insert on agreements.agreement_event for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy agreement_event_update on agreements.agreement_event for update
    using (shared.readable(classification, owner_nation, releasable_to))
    with check (shared.readable(classification, owner_nation, releasable_to));
create policy agreement_event_delete on agreements.agreement_event for delete
    using (shared.owned(classification, owner_nation, releasable_to));

create policy context_event_read on agreements.context_event for select
    using (shared.readable(classification, owner_nation, releasable_to));
create policy context_event_insert on agreements.context_event for insert
    with check (shared.owned(classification, owner_nation, releasable_to));
create policy context_event_update on agreements.context_event for update
    using (shared.readable(classification, owner_nation, releasable_to))
    with check (shared.readable(classification, owner_nation, releasable_to));
create policy context_event_delete on agreements.context_event for delete
    using (shared.owned(classification, owner_nation, releasable_to));
