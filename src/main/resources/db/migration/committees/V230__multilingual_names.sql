-- Issue 16: a session delegate's name ("Head of the International Cooperation Division") and an action
-- item's "responsible" ("Office of the Secretary of Defense") are multilingual text like titles
-- ({"ar": …, "en": …}), shown in the reader's language. The English value typed before becomes the
-- "en" form; a blank "responsible" becomes null. ALTER ... TYPE rewrites every row whatever the
-- row-level security (policies filter queries, not a table rewrite).
alter table committees.delegate drop constraint delegate_name_fits;
alter table committees.action_item drop constraint action_item_responsible_fits;

alter table committees.delegate
    alter column name type jsonb using jsonb_build_object('en', btrim(name));
alter table committees.action_item alter column responsible drop not null;
alter table committees.action_item alter column responsible drop default;
alter table committees.action_item
    alter column responsible type jsonb using case when btrim(responsible) <> '' then jsonb_build_object('en', btrim(responsible)) end;

alter table committees.delegate
    add constraint delegate_name_fits check (shared.texts_fit(name, 200)) not valid,
    add constraint delegate_name_given check (name <> '{}'::jsonb) not valid;
alter table committees.action_item
    add constraint action_item_responsible_fits check (shared.texts_fit(responsible, 200)) not valid;
