-- Time-based one-time passwords (RFC 6238) as a second factor, with single-use recovery codes.
alter table identity.account
    add column totp_secret bytea,
    add column totp_confirmed boolean not null default false,
    add column totp_last_step bigint not null default 0,
    add column second_factor_failures integer not null default 0;

create table identity.recovery_code (
    account_id bigint not null references identity.account on delete cascade,
    code_hash  bytea  not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

grant select, insert, update, delete on identity.recovery_code to ${app_role};
