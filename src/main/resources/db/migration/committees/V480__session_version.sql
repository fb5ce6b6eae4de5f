-- Issue 15 (nego15e): a session's own details (days, host, city, venue, status) carry a version, so that
-- two people editing them from two open pages no longer see the last write win: the form carries the
-- version it was read at, a change is stored only at that version and moves it on by one, and a stale
-- one is refused (409) with nothing changed. Existing sessions start at version 1.
alter table committees.session add column version integer not null default 1;
alter table committees.session add constraint session_version_positive check (version >= 1);
