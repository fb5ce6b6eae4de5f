-- Row-level security by one rule (shared.protect). Both parties work on the same plan: a partner's
-- proposal numbers the activity on the plan, a party approves another's activity, the other party
-- approves an amendment, either records an indicator's actuals. Those four tables are 'joint': any
-- reader may update a row (the access policy decides who may), only the owner nation changes its
-- label. Each part is inserted owned by the nation that records it. Every table gets the delete
-- policy it lacked (owner only).
select shared.protect('workplans.plan', 'joint');
select shared.protect('workplans.activity', 'joint');
select shared.protect('workplans.amendment', 'joint');
select shared.protect('workplans.indicator', 'joint');
select shared.protect('workplans.objective');
select shared.protect('workplans.activity_event');
