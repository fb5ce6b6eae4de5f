-- Agreements between nations, their dated status events, the cooperation domains they cover, and
-- the context events (facts on a relationship that are no record of ours) shown on the timeline.
create schema agreements;
grant usage on schema agreements to ${app_role};

-- A managed taxonomy, not a record of any nation: every reader may read it (no label). A domain is
-- retired, never deleted, so that agreements that cite it keep their meaning.
create table agreements.domain (
    code     text    primary key check (code ~ '^[A-Z_]+$'),
    name     jsonb   not null,
    position integer not null,
    retired  boolean not null default false
);

insert into agreements.domain (code, position, name) values
    ('INFORMATION_EXCHANGE', 1, '{"ar": "تبادل المعلومات", "en": "Information exchange", "fr": "Échange d’informations", "he": "חילופי מידע"}'),
    ('OPERATIONAL_COORDINATION', 2, '{"ar": "التنسيق العملياتي", "en": "Operational coordination", "fr": "Coordination opérationnelle", "he": "תיאום מבצעי"}'),
    ('TRAINING_EDUCATION', 3, '{"ar": "التكوين والتعليم", "en": "Training & education", "fr": "Formation et enseignement", "he": "הכשרה וחינוך"}'),
    ('RESEARCH_DEVELOPMENT', 4, '{"ar": "البحث والتطوير", "en": "Research & development", "fr": "Recherche et développement", "he": "מחקר ופיתוח"}'),
    ('AIR_DEFENCE', 5, '{"ar": "الدفاع الجوي", "en": "Air defence", "fr": "Défense aérienne", "he": "הגנה אווירית"}'),
    ('UNMANNED_AERIAL_SYSTEMS', 6, '{"ar": "الأنظمة الجوية بدون طيار", "en": "Unmanned aerial systems", "fr": "Systèmes aériens sans pilote", "he": "מערכות אוויריות בלתי מאוישות"}'),
    ('INTELLIGENCE_SYSTEMS', 7, '{"ar": "أنظمة الاستخبارات", "en": "Intelligence systems", "fr": "Systèmes de renseignement", "he": "מערכות מודיעין"}'),
    ('ADVANCED_MILITARY_TECHNOLOGY', 8, '{"ar": "التكنولوجيا العسكرية المتقدمة", "en": "Advanced military technology", "fr": "Technologies militaires avancées", "he": "טכנולוגיה צבאית מתקדמת"}'),
    ('LOGISTICS_MAINTENANCE', 9, '{"ar": "اللوجستيك والصيانة", "en": "Logistics & maintenance", "fr": "Logistique et maintenance", "he": "לוגיסטיקה ותחזוקה"}'),
    ('DEFENCE_INDUSTRY', 10, '{"ar": "الصناعات الدفاعية", "en": "Defence industry", "fr": "Industrie de défense", "he": "תעשייה ביטחונית"}');

create table agreements.agreement (
    id             bigint generated always as identity primary key,
    kind           text      not null check (kind in ('MEMORANDUM_OF_UNDERSTANDING', 'FRAMEWORK_AGREEMENT',
                                                      'IMPLEMENTING_ARRANGEMENT', 'TECHNICAL_ARRANGEMENT',
                                                      'PROTOCOL', 'LETTER_OF_INTENT')),
    parties        char(3)[] not null check (cardinality(parties) >= 2),
    -- [{"nation": "ISR", "name": "…", "capacity": "…"}], free text per party
    signatories    jsonb     not null default '[]',
    signed_on      date      not null,
    signed_place   jsonb     not null,
    term_years     integer   check (term_years > 0),
    tacit_renewal  boolean   not null default false,
    domains        text[]    not null default '{}',
    parent_id      bigint    references agreements.agreement,
    title          jsonb     not null,
    summary        jsonb     not null default '{}',
    -- Derived from the events by the aggregate, kept here so that lists filter on it.
    status         text      not null check (status in ('SIGNED', 'IN_FORCE', 'SUSPENDED', 'EXPIRED', 'TERMINATED')),
    illustrative   boolean   not null default false,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}'
);

-- An agreement's status history. Each event carries its agreement's label at the time it was recorded.
create table agreements.agreement_event (
    id             bigint generated always as identity primary key,
    agreement_id   bigint    not null references agreements.agreement,
    on_date        date      not null,
    kind           text      not null check (kind in ('SIGNED', 'ENTERED_INTO_FORCE', 'SUSPENDED', 'RESUMED',
                                                      'AMENDED', 'RENEWED', 'EXPIRED', 'TERMINATED')),
    reason         text,
    note           text,
    illustrative   boolean   not null default false,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}',
    check (kind <> 'SUSPENDED' or coalesce(btrim(reason), '') <> '')
);
create index agreement_event_agreement on agreements.agreement_event (agreement_id, on_date, id);

create table agreements.context_event (
    id             bigint generated always as identity primary key,
    on_date        date      not null,
    nations        char(3)[] not null check (cardinality(nations) >= 1),
    text           jsonb     not null,
    source         text,
    illustrative   boolean   not null default false,
    classification smallint  not null check (classification between 0 and 3),
    owner_nation   char(3)   not null,
    releasable_to  char(3)[] not null default '{}'
);

grant select, update on agreements.domain to ${app_role};
grant select, insert, update on agreements.agreement, agreements.agreement_event, agreements.context_event
    to ${app_role};
