-- Length limits (shared/Limits.java, docs/limits.md). NOT VALID: rows written before stay as
-- they are and the application still starts; every new or changed row is checked.
alter table partners.organization
    add constraint organization_name_fits check (shared.texts_fit(name, 200)) not valid,
    add constraint organization_abbreviation_fits check (char_length(abbreviation) <= 40) not valid;

alter table partners.person
    add constraint person_name_latin_fits check (char_length(name_latin) <= 200) not valid,
    add constraint person_name_native_fits check (char_length(name_native) <= 200) not valid,
    add constraint person_rank_fits check (shared.texts_fit(rank, 200)) not valid,
    add constraint person_position_fits check (shared.texts_fit(position, 200)) not valid;
