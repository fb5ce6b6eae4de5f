-- Length limits and date ranges (shared/Limits.java, docs/limits.md). NOT VALID: rows written
-- before stay as they are and the application still starts (they are read as "invalid value");
-- every new or changed row is checked. An operator who has cleaned the old rows may run
-- "alter table ... validate constraint ...".
alter table workplans.plan
    add constraint plan_title_fits check (shared.texts_fit(title, 300)) not valid,
    add constraint plan_committee_code_fits check (char_length(committee_code) <= 40) not valid,
    add constraint plan_signed_on_range check (shared.plan_date(signed_on)) not valid;

alter table workplans.objective
    add constraint objective_title_fits check (shared.texts_fit(title, 300)) not valid;

alter table workplans.indicator
    add constraint indicator_name_fits check (shared.texts_fit(name, 200)) not valid,
    add constraint indicator_unit_fits check (char_length(unit) <= 200) not valid;

alter table workplans.activity
    add constraint activity_code_fits check (char_length(code) <= 40) not valid,
    add constraint activity_title_fits check (shared.texts_fit(title, 300)) not valid,
    add constraint activity_description_fits check (shared.texts_fit(description, 50000)) not valid,
    add constraint activity_city_fits check (shared.texts_fit(city, 200)) not valid,
    add constraint activity_domain_fits check (char_length(domain) <= 40) not valid,
    add constraint activity_reason_fits check (char_length(reason) <= 2000) not valid,
    add constraint activity_report_fits check (shared.texts_fit(report, 50000)) not valid,
    add constraint activity_type_known check (type in ('WORKING_MEETING', 'STAFF_TALKS', 'FIELD_VISIT',
        'CAPABILITY_SESSION', 'TRAINING_COURSE', 'EXERCISE', 'EXCHANGE_VISIT', 'CONFERENCE',
        'RESEARCH_DEVELOPMENT', 'INDUSTRIAL_MILESTONE', 'ACQUISITION_STEP', 'OTHER')) not valid,
    add constraint activity_planned_start_range check (shared.plan_date(planned_start)) not valid,
    add constraint activity_planned_end_range check (shared.plan_date(planned_end)) not valid,
    add constraint activity_actual_start_range check (shared.plan_date(actual_start)) not valid,
    add constraint activity_actual_end_range check (shared.plan_date(actual_end)) not valid,
    -- Set from an agreement's suspension, whose date may be older than any plan.
    add constraint activity_held_since_range check (shared.history_date(held_since)) not valid;

alter table workplans.activity_event
    add constraint activity_event_detail_fits check (char_length(detail) <= 50000) not valid;

-- A plan's year within Limits.PLAN_DATES (the table's own check allows 1900–2999).
alter table workplans.plan
    add constraint plan_year_range check (year between 2000 and 2100) not valid;
