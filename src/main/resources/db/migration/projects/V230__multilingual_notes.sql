-- Issue 16: a milestone's note and a commitment measure's note are multilingual text like titles
-- ({"ar": …, "en": …}), shown in the reader's language. The English value typed before becomes the
-- "en" form; a blank one becomes null. ALTER ... TYPE rewrites every row whatever the row-level
-- security (policies filter queries, not a table rewrite).
alter table projects.milestone drop constraint milestone_note_fits;
alter table projects.kpi_value drop constraint kpi_value_note_fits;

alter table projects.milestone
    alter column note type jsonb using case when btrim(note) <> '' then jsonb_build_object('en', btrim(note)) end;
alter table projects.kpi_value
    alter column note type jsonb using case when btrim(note) <> '' then jsonb_build_object('en', btrim(note)) end;

alter table projects.milestone
    add constraint milestone_note_fits check (shared.texts_fit(note, 2000)) not valid;
alter table projects.kpi_value
    add constraint kpi_value_note_fits check (shared.texts_fit(note, 2000)) not valid;
