-- The closing proposals are protected by the one rule every labelled table follows (shared.protect,
-- mode 'joint' like amendments: both parties write their decisions on one row), not by policies of
-- their own, which RowLevelSecurityPoliciesIT refuses.
drop policy closing_read on workplans.closing;
drop policy closing_insert on workplans.closing;
drop policy closing_update on workplans.closing;
select shared.protect('workplans.closing', 'joint');
