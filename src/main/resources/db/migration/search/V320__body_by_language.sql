-- search17c: a record's text kept per language ({"fr": "…", "ar": "…", "": "Rabat"}), so that a
-- snippet is cut from the reader's form when the words are in it, or from the form they were found
-- in, marked with its language. Forgetting the last rebuild makes the next start fill it again for
-- every entry (SearchRebuild); until then an entry's old text reads as one form of unknown language.
alter table search.entry alter column body drop default;
alter table search.entry alter column body type jsonb
    using case when body = '' then '{}'::jsonb else jsonb_build_object('', body) end;
alter table search.entry alter column body set default '{}';
delete from search.rebuild;
