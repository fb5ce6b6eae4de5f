-- The limits of shared/Limits.java (docs/limits.md) as functions for the CHECK constraints of
-- every module's V20 migration. A null passes: whether a value is required is another rule.

-- Each language's text of a localized text (a jsonb object of strings) has at most max_length
-- characters; anything but an object of strings fails.
create function shared.texts_fit(texts jsonb, max_length integer)
    returns boolean
    language sql immutable parallel safe
as $$
    select texts is null
        or (jsonb_typeof(texts) = 'object'
            and not exists (select 1 from jsonb_each(texts) e
                             where jsonb_typeof(e.value) <> 'string'
                                or char_length(e.value #>> '{}') > max_length))
$$;

-- A day, finite and within [first_day, last_day].
create function shared.day_within(d date, first_day date, last_day date)
    returns boolean
    language sql immutable parallel safe
as $$
    select d is null or (isfinite(d) and d between first_day and last_day)
$$;

-- Limits.PLAN_DATES: plans, activities, sessions, action items, projects, milestones.
create function shared.plan_date(d date) returns boolean language sql immutable parallel safe
    as $$ select shared.day_within(d, date '2000-01-01', date '2100-12-31') $$;

-- Limits.HISTORY_DATES: agreements, their events, context events.
create function shared.history_date(d date) returns boolean language sql immutable parallel safe
    as $$ select shared.day_within(d, date '1945-01-01', date '2100-12-31') $$;

grant execute on function shared.texts_fit(jsonb, integer) to ${app_role};
grant execute on function shared.day_within(date, date, date) to ${app_role};
grant execute on function shared.plan_date(date) to ${app_role};
grant execute on function shared.history_date(date) to ${app_role};
