-- Length limits and date ranges (shared/Limits.java, docs/limits.md). NOT VALID: rows written
-- before stay as they are and the application still starts (they are read as "invalid value");
-- every new or changed row is checked.
alter table projects.project
    add constraint project_title_fits check (shared.texts_fit(title, 300)) not valid,
    add constraint project_description_fits check (shared.texts_fit(description, 50000)) not valid,
    add constraint project_site_fits check (shared.texts_fit(site, 200)) not valid,
    add constraint project_responsible_fits check (shared.texts_fit(responsible, 200)) not valid,
    add constraint project_domain_fits check (char_length(domain) <= 40) not valid,
    add constraint project_start_date_range check (shared.plan_date(start_date)) not valid,
    add constraint project_planned_end_range check (shared.plan_date(planned_end)) not valid;

alter table projects.milestone
    add constraint milestone_title_fits check (shared.texts_fit(title, 300)) not valid,
    add constraint milestone_note_fits check (char_length(note) <= 2000) not valid,
    add constraint milestone_planned_date_range check (shared.plan_date(planned_date)) not valid,
    add constraint milestone_actual_date_range check (shared.plan_date(actual_date)) not valid;

alter table projects.kpi_value
    add constraint kpi_value_note_fits check (char_length(note) <= 2000) not valid,
    add constraint kpi_value_on_date_range check (shared.plan_date(on_date)) not valid;
