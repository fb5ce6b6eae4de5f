-- Length limits and date ranges (shared/Limits.java, docs/limits.md). NOT VALID: rows written
-- before stay as they are and the application still starts (they are read as "invalid value");
-- every new or changed row is checked.
alter table agreements.domain
    add constraint domain_code_fits check (char_length(code) <= 40) not valid,
    add constraint domain_name_fits check (shared.texts_fit(name, 200)) not valid;

alter table agreements.agreement
    add constraint agreement_title_fits check (shared.texts_fit(title, 300)) not valid,
    add constraint agreement_summary_fits check (shared.texts_fit(summary, 50000)) not valid,
    add constraint agreement_signed_place_fits check (shared.texts_fit(signed_place, 200)) not valid,
    add constraint agreement_signed_on_range check (shared.history_date(signed_on)) not valid;

alter table agreements.agreement_event
    add constraint agreement_event_on_date_range check (shared.history_date(on_date)) not valid,
    add constraint agreement_event_reason_fits check (char_length(reason) <= 2000) not valid,
    add constraint agreement_event_note_fits check (char_length(note) <= 2000) not valid;

alter table agreements.context_event
    add constraint context_event_on_date_range check (shared.history_date(on_date)) not valid,
    add constraint context_event_text_fits check (shared.texts_fit(text, 2000)) not valid,
    add constraint context_event_source_fits check (char_length(source) <= 2000) not valid;
