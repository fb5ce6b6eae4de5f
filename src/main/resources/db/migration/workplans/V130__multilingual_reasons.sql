-- Issue 16: an activity's reason (postponement, cancellation, closing), an amendment's rejection
-- reason and an indicator's unit ("people") are multilingual text like titles ({"ar": …, "en": …}),
-- shown in the reader's language. The English value typed before becomes the "en" form. ALTER ...
-- TYPE rewrites every row whatever the row-level security (policies filter queries, not a table
-- rewrite); the UPDATE of the activities' history below needs the owner to see every row, hence
-- "no force row level security" around it, as in partners/V80.
alter table workplans.activity drop constraint activity_reason_fits;
alter table workplans.amendment
    drop constraint amendment_reason_check,
    drop constraint amendment_rejected_with_reason;
alter table workplans.indicator drop constraint indicator_unit_fits;

alter table workplans.activity
    alter column reason type jsonb using case when btrim(reason) <> '' then jsonb_build_object('en', btrim(reason)) end;
alter table workplans.amendment
    alter column reason type jsonb using case when btrim(reason) <> '' then jsonb_build_object('en', btrim(reason)) end;
alter table workplans.indicator
    alter column unit type jsonb using case when btrim(unit) <> '' then jsonb_build_object('en', btrim(unit)) else '{}'::jsonb end;

alter table workplans.activity
    add constraint activity_reason_fits check (shared.texts_fit(reason, 2000)) not valid;
alter table workplans.amendment
    add constraint amendment_reason_fits check (shared.texts_fit(reason, 2000)) not valid,
    add constraint amendment_rejected_with_reason check (status <> 'REJECTED' or (reason is not null and reason <> '{}'));
alter table workplans.indicator
    add constraint indicator_unit_fits check (shared.texts_fit(unit, 200)) not valid;

-- A step of an activity's history keeps its reason multilingual beside the detail that is no text
-- in any language (an amendment's number, a year): the reasons recorded before move over as "en".
alter table workplans.activity_event add column reason jsonb;
alter table workplans.activity_event no force row level security;
update workplans.activity_event
   set reason = jsonb_build_object('en', btrim(detail)), detail = null
 where kind in ('POSTPONED', 'CANCELLED', 'ON_HOLD', 'CARRIED_OVER') and btrim(detail) <> '';
update workplans.activity_event
   set reason = jsonb_build_object('en', btrim(substring(detail from position(':' in detail) + 1))),
       detail = split_part(detail, ':', 1)
 where kind = 'AMENDMENT_REJECTED' and position(':' in detail) > 0;
alter table workplans.activity_event force row level security;
alter table workplans.activity_event
    add constraint activity_event_reason_fits check (shared.texts_fit(reason, 2000)) not valid;
