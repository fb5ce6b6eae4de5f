-- An account belongs to a person (partners.person): pages show the person's name and function, never
-- the login name. No foreign key across modules' schemas: the partners module resolves the id, and a
-- link to a person the reader may not read shows only the nation.
alter table identity.account add column person_id bigint;
create index account_person on identity.account (person_id);
