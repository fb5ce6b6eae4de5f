-- Issue 16: an action item's follow-up note ("Circulated to the units on 20 January 2026") is
-- multilingual text like titles ({"ar": …, "en": …}), shown in the reader's language. The English
-- value typed before becomes the "en" form; a note that only moved the status is {}. ALTER ... TYPE
-- rewrites every row whatever the row-level security (policies filter queries, not a rewrite).
alter table committees.action_note drop constraint action_note_text_fits;
alter table committees.action_note
    alter column text type jsonb using case when btrim(text) <> '' then jsonb_build_object('en', btrim(text)) else '{}'::jsonb end;
alter table committees.action_note
    add constraint action_note_text_fits check (shared.texts_fit(text, 2000)) not valid;
