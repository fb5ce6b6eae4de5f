-- Row-level security by one rule (shared.protect): only the owner nation records agreements, their
-- status events and context events (the access policy's "manage agreements"), so all three are owned.
select shared.protect('agreements.agreement');
select shared.protect('agreements.agreement_event');
select shared.protect('agreements.context_event');
