-- A re-proposal says what it answers (issue 15, nego33): after the other party rejects an amendment
-- with a reason, its proposer edits it and proposes again; the new amendment records the number of
-- the rejected one it answers, and the rejected one the number of its answer, so that each page (and
-- the API) links to the other: "answers amendment 1, rejected for: …" / "answered by amendment 2".
-- A rejected amendment is answered once (Amendment.answer refuses a second; the unique index holds
-- it against two answers racing).
alter table workplans.amendment
    add column answers integer,
    add column answered_by integer;

create unique index amendment_answers on workplans.amendment (plan_id, answers) where answers is not null;
