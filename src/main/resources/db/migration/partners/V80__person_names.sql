-- A person's name is multilingual text like a title: the form people use in each script
-- ("Ben Slimane" / "بنسليمان" / "בן סלימאן"), shown in the reader's language. The Latin name
-- becomes the English form; the native one the language of the person's nation's script.
alter table partners.person add column name jsonb;

-- The migration runs as the tables' owner, whom FORCE ROW LEVEL SECURITY would also hide every row from.
alter table partners.person no force row level security;
update partners.person
   set name = jsonb_strip_nulls(jsonb_build_object(
           'en', nullif(btrim(name_latin), ''),
           case nation when 'ISR' then 'he' when 'FRA' then 'fr' else 'ar' end, nullif(btrim(name_native), '')));
alter table partners.person force row level security;

alter table partners.person
    alter column name set not null,
    drop column name_latin,
    drop column name_native,
    add constraint person_name_fits check (shared.texts_fit(name, 200)) not valid,
    add constraint person_name_given check (name <> '{}'::jsonb) not valid;
