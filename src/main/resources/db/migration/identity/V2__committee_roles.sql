-- Roles are given per committee (a planner of the Israel – Morocco committee is not one of the
-- France – Morocco commission). Administrator and auditor stay account-wide (identity.account).
create table identity.committee_role (
    account_id   bigint  not null references identity.account on delete cascade,
    committee_id bigint  not null,
    role         text    not null check (role in ('ADMINISTRATOR', 'PLANNER', 'CONTRIBUTOR', 'VIEWER')),
    primary key (account_id, committee_id, role)
);
create index committee_role_committee on identity.committee_role (committee_id);

grant select, insert, delete on identity.committee_role to ${app_role};
