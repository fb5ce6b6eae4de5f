-- Row-level security by one rule (shared.protect): organizations and people are a nation's records,
-- written by that nation only (the access policy's "write a nation's record").
select shared.protect('partners.organization');
select shared.protect('partners.person');
