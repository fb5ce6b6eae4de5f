-- Row-level security by one rule (shared.protect). Projects, milestones and values are written by the
-- owner nation only, as before; they now have a delete policy too (owner only), so that a later grant
-- of DELETE cannot open them to every reader.
select shared.protect('projects.project');
select shared.protect('projects.milestone');
select shared.protect('projects.kpi_value');
