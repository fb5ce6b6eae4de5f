-- Issue 16: an agreement event's reason and note ("War in Gaza") and a context event's source are
-- multilingual text like titles ({"ar": …, "en": …}), shown in the reader's language. The English
-- value typed before becomes the "en" form; a blank one becomes null. ALTER ... TYPE rewrites every
-- row whatever the row-level security (policies filter queries, not a table rewrite), so no row is
-- left behind and no "no force row level security" is needed here.
alter table agreements.agreement_event
    drop constraint agreement_event_check,
    drop constraint agreement_event_reason_fits,
    drop constraint agreement_event_note_fits;
alter table agreements.context_event
    drop constraint context_event_source_fits;

alter table agreements.agreement_event
    alter column reason type jsonb using case when btrim(reason) <> '' then jsonb_build_object('en', btrim(reason)) end,
    alter column note type jsonb using case when btrim(note) <> '' then jsonb_build_object('en', btrim(note)) end;
alter table agreements.context_event
    alter column source type jsonb using case when btrim(source) <> '' then jsonb_build_object('en', btrim(source)) end;

alter table agreements.agreement_event
    add constraint agreement_event_suspension_reason check (kind <> 'SUSPENDED' or (reason is not null and reason <> '{}')),
    add constraint agreement_event_reason_fits check (shared.texts_fit(reason, 2000)) not valid,
    add constraint agreement_event_note_fits check (shared.texts_fit(note, 2000)) not valid;
alter table agreements.context_event
    add constraint context_event_source_fits check (shared.texts_fit(source, 2000)) not valid;
