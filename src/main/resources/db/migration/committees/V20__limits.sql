-- Length limits and date ranges (shared/Limits.java, docs/limits.md). NOT VALID: rows written
-- before stay as they are and the application still starts (they are read as "invalid value");
-- every new or changed row is checked.
alter table committees.committee
    add constraint committee_code_fits check (char_length(code) <= 40) not valid,
    add constraint committee_name_fits check (shared.texts_fit(name, 200)) not valid,
    add constraint committee_secretariat_fits check (shared.texts_fit(secretariat, 200)) not valid;

alter table committees.session
    add constraint session_start_date_range check (shared.plan_date(start_date)) not valid,
    add constraint session_end_date_range check (shared.plan_date(end_date)) not valid,
    add constraint session_city_fits check (shared.texts_fit(city, 200)) not valid,
    add constraint session_venue_fits check (shared.texts_fit(venue, 200)) not valid;

alter table committees.delegate
    add constraint delegate_name_fits check (char_length(name) <= 200) not valid;

alter table committees.agenda_item
    add constraint agenda_item_title_fits check (shared.texts_fit(title, 300)) not valid;

alter table committees.programme_item
    add constraint programme_item_day_range check (shared.plan_date(day)) not valid,
    add constraint programme_item_title_fits check (shared.texts_fit(title, 300)) not valid;

alter table committees.minutes
    add constraint minutes_body_fits check (char_length(body) <= 50000) not valid;

alter table committees.decision
    add constraint decision_text_fits check (shared.texts_fit(text, 50000)) not valid;

alter table committees.corrigendum
    add constraint corrigendum_dated_range check (shared.plan_date(dated)) not valid,
    add constraint corrigendum_text_fits check (shared.texts_fit(text, 50000)) not valid;

alter table committees.action_item
    add constraint action_item_title_fits check (shared.texts_fit(title, 300)) not valid,
    add constraint action_item_responsible_fits check (char_length(responsible) <= 200) not valid,
    add constraint action_item_due_date_range check (shared.plan_date(due_date)) not valid;

alter table committees.action_note
    add constraint action_note_text_fits check (char_length(text) <= 2000) not valid;
