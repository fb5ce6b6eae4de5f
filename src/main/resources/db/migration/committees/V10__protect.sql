-- Row-level security by one rule (shared.protect). Until now any reader of a session could insert,
-- change or delete its parts whoever owned them; now a nation writes only the rows it owns (a
-- partner's agenda item, minutes or decision is recorded owned by the partner, labelled for the same
-- audience), except the cases named here:
--   - a committee is edited by its writers of either party: 'joint' (label kept by its owner);
--   - a party records its own signature and adds its own delegates to another nation's session;
--   - the party named in an action item moves it on, and adds notes to it.
select shared.protect('committees.committee', 'joint');
select shared.protect('committees.session');
select shared.protect('committees.member');
select shared.protect('committees.agenda_item');
select shared.protect('committees.programme_item');
select shared.protect('committees.minutes');
select shared.protect('committees.decision');
select shared.protect('committees.corrigendum');
select shared.protect('committees.signature', 'party_inserts', 'nation', 'committees.session', 'session_id');
select shared.protect('committees.delegate', 'party_inserts', 'nation', 'committees.session', 'session_id');
select shared.protect('committees.action_item', 'party_updates', 'party');
select shared.protect('committees.action_note', 'party_notes', 'party', 'committees.action_item', 'action_item_id');
