-- Issue 16: the person responsible on each side of a project is multilingual text like an action
-- item's responsible: {"MAR": {"ar": …, "en": …}, "ISR": {…}}, shown in the reader's language. The
-- English typed before becomes each nation's "en" form; a blank one is dropped. ALTER ... TYPE
-- rewrites every row whatever the row-level security (an UPDATE would see only the rows policies let
-- it see), and a transform expression may hold no subquery: hence the function, dropped after.
create function projects.v310_responsible_in_english(old jsonb)
    returns jsonb
    language sql immutable
as $$
    select coalesce(jsonb_object_agg(e.key, jsonb_build_object('en', btrim(e.value #>> '{}'))), '{}'::jsonb)
      from jsonb_each(old) e
     where jsonb_typeof(e.value) = 'string' and btrim(e.value #>> '{}') <> ''
$$;

alter table projects.project drop constraint project_responsible_fits;
alter table projects.project alter column responsible drop default;
alter table projects.project
    alter column responsible type jsonb using projects.v310_responsible_in_english(responsible);
alter table projects.project alter column responsible set default '{}';
drop function projects.v310_responsible_in_english(jsonb);

-- Each nation's responsible: an object of texts, none longer than the limit (shared/Limits.NAME).
create function projects.responsibles_fit(responsible jsonb, max_length integer)
    returns boolean
    language sql immutable parallel safe
as $$
    select jsonb_typeof(responsible) = 'object'
       and not exists (select 1 from jsonb_each(responsible) e
                        where jsonb_typeof(e.value) <> 'object'
                           or e.value = '{}'::jsonb
                           or not shared.texts_fit(e.value, max_length))
$$;
grant execute on function projects.responsibles_fit(jsonb, integer) to ${app_role};

alter table projects.project
    add constraint project_responsible_fits check (projects.responsibles_fit(responsible, 200)) not valid;
