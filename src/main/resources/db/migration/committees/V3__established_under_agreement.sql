-- A committee is established under an agreement (null for a host-internal group). No foreign key:
-- the agreements module keeps its own schema and history.
alter table committees.committee add column agreement_id bigint;
create index committee_agreement on committees.committee (agreement_id);
