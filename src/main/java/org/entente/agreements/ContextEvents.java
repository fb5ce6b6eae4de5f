package org.entente.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.access.LabelFields;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.entente.shared.TimelineEntry;
import org.entente.shared.TimelineEntry.TimelineKind;
import org.entente.shared.TimelineSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship between nations over time: the context events (recorded under the same rule as
 * agreements, by the owner nation's planners and administrators) and the timeline that puts them
 * beside the status events of the agreements between those nations and what other modules add
 * ({@link TimelineSource}). Apart from {@link Agreements}, which keeps the agreements themselves.
 */
@Service
public class ContextEvents {

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final List<TimelineSource> timelineSources;

    ContextEvents(JdbcClient sql, AccessPolicy policy, AuditTrail audit, List<TimelineSource> timelineSources) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.timelineSources = timelineSources;
    }

    /**
     * Records a context event as the subject submitted it, under the same rule as agreements (the
     * owner nation's planners and administrators), labelled with the subject's nation as owner.
     *
     * @throws AccessDeniedException when the subject may not manage agreements at all
     * @throws org.entente.shared.Refused naming each field refused; nothing is stored
     */
    @Transactional
    public long createContextEvent(Subject subject, ContextEventDraft draft) {
        policy.mayManageAgreements(subject, Label.unclassified(subject.nation()))
                .orThrow();
        var errors = new LinkedHashMap<String, String>();
        LocalDate date = DraftFields.requiredDay("date", draft.date(), errors);
        Limits.HISTORY_DATES.check("date", date, errors);
        List<String> nations = DraftFields.codes(draft.nations());
        if (nations.stream().anyMatch(n -> !Nations.isKnown(n))) {
            errors.put("nations", "agreement.new.refused.unknownNation");
        } else if (nations.size() < 2) {
            errors.put("nations", "context.refused.twoNations");
        }
        LocalizedText text = DraftFields.text(draft.text());
        if (text.values().isEmpty()) {
            errors.put("text", "context.refused.text");
        }
        Limits.check("text", text, Limits.SHORT_TEXT, errors);
        LocalizedText source = OptionalTexts.typed(draft.source());
        OptionalTexts.check("source", source, Limits.SHORT_TEXT, errors);
        Classification classification = LabelFields.classification(subject, draft.classification(), errors);
        List<String> releasableTo = DraftFields.codes(draft.releasableTo());
        if (releasableTo.stream().anyMatch(n -> !Nations.isKnown(n))) {
            errors.put("releasableTo", "agreement.new.refused.unknownNation");
        }
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        return addContextEvent(new NewContextEvent(
                date,
                nations,
                text,
                source,
                draft.illustrative(),
                new Label(classification, subject.nation(), Set.copyOf(releasableTo))));
    }

    /** Records a context event; the label's owner must be the current subject's nation. */
    @Transactional
    public long addContextEvent(NewContextEvent event) {
        long id = sql.sql("""
                        insert into agreements.context_event (on_date, nations, text, source, illustrative,
                                                              classification, owner_nation, releasable_to)
                        values (:date, cast(:nations as char(3)[]), cast(:text as jsonb), cast(:source as jsonb), :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("date", event.date())
                .param("nations", event.nations().toArray(String[]::new))
                .param("text", event.text().toJson())
                .param("source", OptionalTexts.write(event.source()))
                .param("illustrative", event.illustrative())
                .params(Labels.params(event.label()))
                .query(Long.class)
                .single();
        audit.record(
                AuditEvent.success("agreements.context.create", "context-event", Long.toString(id), event.label()));
        return id;
    }

    /** The context events the reader may see that concern every one of these nations, oldest first. */
    @Transactional(readOnly = true)
    public List<ContextEvent> contextEventsOf(Subject reader, List<String> nations) {
        return sql.sql("select t.* from agreements.context_event t where t.nations @> cast(:nations as char(3)[]) and "
                        + AccessPolicy.readableBy("t") + " order by t.on_date, t.id")
                .param("nations", nations.toArray(String[]::new))
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new ContextEvent(
                        rs.getLong("id"),
                        Limits.read(rs.getObject("on_date", LocalDate.class)),
                        List.of((String[]) rs.getArray("nations").getArray()),
                        LocalizedText.fromJson(rs.getString("text")),
                        OptionalTexts.read(rs.getString("source")),
                        rs.getBoolean("illustrative"),
                        Labels.read(rs)))
                .list();
    }

    /**
     * The relationship between these nations as the reader may see it: context events, the status
     * events of agreements between them, and what other modules put on it (committees' sessions),
     * oldest first.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Subject reader, List<String> nations) {
        var entries = new ArrayList<TimelineEntry>();
        for (ContextEvent event : contextEventsOf(reader, nations)) {
            entries.add(new TimelineEntry(
                    event.date(),
                    event.date(),
                    TimelineKind.CONTEXT,
                    "timeline.context",
                    event.text(),
                    0,
                    event.source(),
                    null,
                    event.illustrative(),
                    event.label()));
        }
        sql.sql("""
                        select t.*, a.title as agreement_title
                          from agreements.agreement_event t
                          join agreements.agreement a on a.id = t.agreement_id
                         where a.parties @> cast(:nations as char(3)[]) and %s and %s""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("a")))
                .param("nations", nations.toArray(String[]::new))
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> {
                    StatusEvent event = AgreementRows.statusEvent(rs);
                    return new TimelineEntry(
                            event.date(),
                            event.date(),
                            TimelineKind.AGREEMENT,
                            "agreement.event." + event.kind().name(),
                            LocalizedText.fromJson(rs.getString("agreement_title")),
                            0,
                            event.reason(),
                            "/agreements/" + event.agreementId(),
                            event.illustrative(),
                            event.label());
                })
                .list()
                .forEach(entries::add);
        timelineSources.forEach(source -> entries.addAll(source.timelineEntries(reader, nations)));
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kind));
        return entries;
    }
}
