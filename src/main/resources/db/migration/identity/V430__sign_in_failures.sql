-- ha19c (issue 19): the sign-in throttle's failures, shared by every node: per account (the
-- username as typed, whether or not an account has it) and per client address, the failures in a
-- row and when the last one was, on the database's clock. A node derives the wait from them
-- (SignInThrottle.Rules); SignInFailures prunes the rows older than entente.sign-in.memory, once
-- per cluster. Not a labelled table: it holds no record, only names people typed.
create table identity.sign_in_failure (
    kind         text        not null check (kind in ('account', 'address')),
    key          text        not null check (length(key) <= 512),
    failures     integer     not null check (failures >= 1),
    last_failure timestamptz not null,
    primary key (kind, key)
);
create index sign_in_failure_last on identity.sign_in_failure (last_failure);
grant select, insert, update, delete on identity.sign_in_failure to ${app_role};
