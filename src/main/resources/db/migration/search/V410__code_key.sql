-- search17d: a code found by an index under row-level security. The planner uses an index for a
-- condition of a protected table only when every function it applies to a column is leakproof:
-- upper() is not, so entry_code (on upper(code)) was never used for the application's role, and a
-- code query read every entry. The key is the upper-cased code, stored, compared with the byte-wise
-- operators (~>=~ ~<~, leakproof) that text_pattern_ops indexes.
alter table search.entry add column code_key text generated always as (upper(code)) stored;
drop index search.entry_code;
create index entry_code_key on search.entry (code_key text_pattern_ops) where code_key is not null;
