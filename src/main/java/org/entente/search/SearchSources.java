package org.entente.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.shared.RecordType;

/**
 * What each kind of record contributes to the index, read straight from its module's tables under
 * the reader's row-level security: a search entry is built only from what the writer may read. Each
 * query yields the same columns (id, title, code, texts, url, committee, year, status, nation and
 * the record's label); {@code texts} is a JSON array whose string leaves are all indexed, so a
 * column that becomes multilingual (text → jsonb) stays searchable without a change here.
 *
 * <p>The search module reads these tables and nothing else of the other modules: it depends on no
 * module's Java types, and a module that adds a searchable column adds it here.
 */
final class SearchSources {

    /** One kind of record: its API name and its query, whose {@code %s} takes a WHERE clause. */
    record Source(String type, String query) {

        String where(String condition) {
            return query.formatted("where " + condition);
        }

        /** The table whose rows are this source's records (the one aliased {@code x}). */
        String table() {
            var found = java.util.regex.Pattern.compile("from ([a-z_]+\\.[a-z_]+) x\\b")
                    .matcher(query);
            if (!found.find()) {
                throw new IllegalStateException("no table aliased x in the source of " + type);
            }
            return found.group(1);
        }
    }

    private static final String LABEL = "x.classification, x.owner_nation, x.releasable_to";

    /**
     * A kind's source from its query, in which {@code %1$s} takes the label's columns, {@code %2$s}
     * the catalogue's link to the record's page, and {@code %%s} the WHERE clause.
     */
    private static Source source(RecordType type, String query) {
        return new Source(type.spelled(), query.formatted(LABEL, type.urlSql()));
    }

    static final List<Source> ALL = List.of(
            source(RecordType.AGREEMENT, """
                    select x.id, x.title, null as code,
                           jsonb_build_array(x.summary, x.signed_place, x.signatories, x.domains,
                               (select coalesce(jsonb_agg(jsonb_build_array(to_jsonb(e.reason), to_jsonb(e.note))), '[]')
                                  from agreements.agreement_event e where e.agreement_id = x.id)) as texts,
                           %2$s as url, null::bigint as committee_id,
                           extract(year from x.signed_on)::int as year, null as status, x.owner_nation as nation,
                           %1$s
                      from agreements.agreement x %%s"""),
            source(RecordType.CONTEXT_EVENT, """
                    select x.id, x.text as title, null as code, jsonb_build_array(to_jsonb(x.source)) as texts,
                           %2$s as url, null::bigint as committee_id,
                           extract(year from x.on_date)::int as year, null as status, x.owner_nation as nation, %1$s
                      from agreements.context_event x %%s"""),
            source(RecordType.COMMITTEE, """
                    select x.id, x.name as title, x.code, jsonb_build_array(x.co_chairs, x.secretariat) as texts,
                           %2$s as url, x.id as committee_id, null::int as year, null as status,
                           x.owner_nation as nation, %1$s
                      from committees.committee x %%s"""),
            source(RecordType.SESSION, """
                    select x.id,
                           coalesce((select jsonb_object_agg(n.key, n.value || ' · ' || x.number)
                                       from jsonb_each_text(c.name) n), jsonb_build_object('en', x.number::text)) as title,
                           c.code || '/' || x.number as code,
                           jsonb_build_array(x.city, x.venue,
                               (select coalesce(jsonb_agg(a.title), '[]') from committees.agenda_item a where a.session_id = x.id),
                               (select coalesce(jsonb_agg(p.title), '[]') from committees.programme_item p where p.session_id = x.id),
                               (select coalesce(jsonb_agg(to_jsonb(m.body)), '[]') from committees.minutes m where m.session_id = x.id),
                               (select coalesce(jsonb_agg(d.text), '[]') from committees.decision d where d.session_id = x.id),
                               (select coalesce(jsonb_agg(to_jsonb(g.name)), '[]') from committees.delegate g where g.session_id = x.id),
                               (select coalesce(jsonb_agg(r.text), '[]') from committees.corrigendum r where r.session_id = x.id)) as texts,
                           %2$s as url, x.committee_id,
                           extract(year from x.start_date)::int as year, null as status, x.host_nation as nation, %1$s
                      from committees.session x left join committees.committee c on c.id = x.committee_id %%s"""),
            source(RecordType.ACTION_ITEM, """
                    select x.id, x.title, null as code,
                           jsonb_build_array(to_jsonb(x.responsible),
                               (select coalesce(jsonb_agg(to_jsonb(n.text)), '[]') from committees.action_note n
                                 where n.action_item_id = x.id)) as texts,
                           %2$s as url,
                           x.committee_id, extract(year from x.due_date)::int as year, x.status, x.party as nation, %1$s
                      from committees.action_item x left join committees.session s on s.id = x.session_id %%s"""),
            source(RecordType.PLAN, """
                    select x.id, x.title, x.committee_code || '/' || x.year as code, '[]'::jsonb as texts,
                           %2$s as url, x.committee_id, x.year, x.status, x.owner_nation as nation, %1$s
                      from workplans.plan x %%s"""),
            source(RecordType.OBJECTIVE, """
                    select x.id, x.title, null as code,
                           (select coalesce(jsonb_agg(jsonb_build_array(i.name, to_jsonb(i.unit))), '[]')
                              from workplans.indicator i where i.objective_id = x.id) as texts,
                           %2$s as url, p.committee_id, p.year,
                           null as status, x.owner_nation as nation, %1$s
                      from workplans.objective x left join workplans.plan p on p.id = x.plan_id %%s"""),
            source(RecordType.ACTIVITY, """
                    select x.id, x.title, x.code,
                           jsonb_build_array(x.description, x.city, x.report, to_jsonb(x.reason), x.domain, x.type)
                               as texts,
                           %2$s as url, p.committee_id, p.year, x.status, x.lead_nation as nation, %1$s
                      from workplans.activity x left join workplans.plan p on p.id = x.plan_id %%s"""),
            source(RecordType.AMENDMENT, """
                    select x.id, coalesce(a.title, p.title, '{}') as title,
                           p.committee_code || '/' || p.year || '/A' || x.number as code,
                           jsonb_build_array(x.changes) as texts,
                           %2$s as url, p.committee_id, p.year,
                           x.status, x.proposed_by as nation, %1$s
                      from workplans.amendment x left join workplans.plan p on p.id = x.plan_id
                      left join workplans.activity a on a.id = x.activity_id %%s"""),
            source(RecordType.PROJECT, """
                    select x.id, x.title, null as code,
                           jsonb_build_array(x.description, x.site, x.responsible, to_jsonb(x.domain)) as texts,
                           %2$s as url, null::bigint as committee_id,
                           extract(year from x.start_date)::int as year, x.status, x.host_nation as nation, %1$s
                      from projects.project x %%s"""),
            source(RecordType.MILESTONE, """
                    select x.id, x.title, null as code, jsonb_build_array(to_jsonb(x.note)) as texts,
                           %2$s as url, null::bigint as committee_id,
                           extract(year from x.planned_date)::int as year, x.status, x.owner_nation as nation, %1$s
                      from projects.milestone x %%s"""),
            source(RecordType.ORGANIZATION, """
                    select x.id, x.name as title, x.abbreviation as code, '[]'::jsonb as texts,
                           %2$s as url, null::bigint as committee_id, null::int as year,
                           null as status, x.nation, %1$s
                      from partners.organization x %%s"""),
            source(RecordType.PERSON, """
                    select x.id, x.name as title, null as code, jsonb_build_array(x.rank, x.position) as texts,
                           %2$s as url, null::bigint as committee_id, null::int as year,
                           null as status, x.nation, %1$s
                      from partners.person x %%s"""),
            // A file's text (read by Tika at upload), under the attachment's own label; it links to its record.
            source(RecordType.ATTACHMENT, """
                    select x.id, jsonb_build_object('en', x.file_name) as title, null as code,
                           jsonb_build_array(x.text) as texts, coalesce(r.url, '/search') as url,
                           r.committee_id, r.year, null as status, x.owner_nation as nation, %1$s
                      from attachments.attachment x
                      left join search.entry r on r.record_type = x.record_type and r.record_id = x.record_id
                      %%s"""),
            // collab18: a comment under its own label (an internal one is its nation's alone); the
            // link opens its record's page at the comment.
            source(RecordType.COMMENT, """
                    select x.id,
                           jsonb_build_object(case when v.body ~ '[\u0600-\u06FF]' then 'ar'
                                                   when v.body ~ '[\u0590-\u05FF]' then 'he' else 'en' end,
                                              left(v.body, 120)) as title,
                           null as code, jsonb_build_array(v.body) as texts,
                           %2$s as url, null::bigint as committee_id,
                           extract(year from x.posted_at)::int as year, null as status, x.owner_nation as nation, %1$s
                      from comments.comment x
                      join lateral (select body from comments.comment_version cv where cv.comment_id = x.id
                                     order by cv.version desc limit 1) v on true %%s"""));

    private static final Map<String, Source> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Source::type, source -> source));

    /** The rows of one source to rebuild: {@code condition} is a WHERE clause on {@code x} with {@code :id}. */
    record Target(Source source, String condition, boolean theRecordItself) {}

    private static Target itself(RecordType type) {
        return new Target(BY_TYPE.get(type.spelled()), "x.id = :id", true);
    }

    private static Target children(RecordType type, String key) {
        return new Target(BY_TYPE.get(type.spelled()), key + " = :id", false);
    }

    /**
     * What a write to a record, named as the audit trail names it ({@code workplan}, {@code
     * indicator}…), changes in the index: the record's own entry, and the entries of children that a
     * write to the parent can touch (a plan's import, closing or signature changes its activities).
     */
    private static final Map<String, List<Target>> TARGETS = Map.of(
            "workplan",
            List.of(
                    itself(RecordType.PLAN),
                    children(RecordType.OBJECTIVE, "x.plan_id"),
                    children(RecordType.ACTIVITY, "x.plan_id"),
                    children(RecordType.AMENDMENT, "x.plan_id")),
            "indicator",
            List.of(new Target(
                    BY_TYPE.get(RecordType.OBJECTIVE.spelled()),
                    "x.id = (select i.objective_id from workplans.indicator i where i.id = :id)",
                    false)),
            "project",
            List.of(itself(RecordType.PROJECT), children(RecordType.MILESTONE, "x.project_id")));

    private SearchSources() {}

    static Source of(String type) {
        return BY_TYPE.get(type);
    }

    /** The entries a write to this record changes; none for a record that is not searched. */
    static List<Target> targetsOf(String auditType) {
        List<Target> targets = TARGETS.get(auditType);
        if (targets != null) {
            return targets;
        }
        return BY_TYPE.containsKey(auditType)
                ? List.of(new Target(BY_TYPE.get(auditType), "x.id = :id", true))
                : List.of();
    }
}
