package org.entente.workplans;

import static org.entente.workplans.PlanRows.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.entente.agreements.AgreementResumed;
import org.entente.agreements.AgreementSuspended;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule 3: suspending an agreement puts every not-yet-executed activity under it on hold, in the
 * transaction that records the suspension (so both happen or neither); resuming restores them. The
 * statuses it moves between are those of {@link ActivityLifecycle#hold()} and {@link
 * ActivityLifecycle#restore()}, done in one statement per party.
 */
@Component
class SuspensionCascade {

    private final JdbcClient sql;
    private final ActivityStore store;
    private final ReaderScope scope;

    SuspensionCascade(JdbcClient sql, ActivityStore store, ReaderScope scope) {
        this.sql = sql;
        this.store = store;
        this.scope = scope;
    }

    @EventListener
    void on(AgreementSuspended suspended) {
        holdUnder(suspended.agreementId(), suspended.parties(), suspended.date(), suspended.reason());
    }

    @EventListener
    void on(AgreementResumed resumed) {
        restoreUnder(resumed.agreementId(), resumed.parties(), resumed.date());
    }

    /**
     * Puts on hold every not-yet-executed activity of the plans under an agreement, whichever party
     * owns it, keeping each one's status to restore. Runs in the caller's transaction.
     *
     * @return the activities put on hold
     */
    @Transactional
    List<Long> holdUnder(long agreementId, List<String> parties, LocalDate date, LocalizedText reason) {
        return cascade(agreementId, parties, date, "ON_HOLD", reason, """
                update workplans.activity a
                   set status_before_hold = a.status, status = 'ON_HOLD', held_since = :date, version = a.version + 1
                  from workplans.plan p
                 where p.id = a.plan_id and p.agreement_id = :agreement and a.status in ('PLANNED', 'POSTPONED')
                returning a.*""");
    }

    /**
     * Restores every activity the suspension put on hold under an agreement (those held by hand,
     * without a {@code held_since} day, stay on hold) to its status before the hold; those
     * whose planned period ended meanwhile are marked as needing re-planning.
     *
     * @return the activities restored
     */
    @Transactional
    List<Long> restoreUnder(long agreementId, List<String> parties, LocalDate date) {
        return cascade(agreementId, parties, date, "RESTORED", null, """
                update workplans.activity a
                   set status = a.status_before_hold, status_before_hold = null, held_since = null,
                       needs_replanning = coalesce(a.planned_end,
                           make_date(p.year, coalesce(a.planned_quarter, 4) * 3, 1)
                               + interval '1 month' - interval '1 day') < :date,
                       version = a.version + 1
                  from workplans.plan p
                 where p.id = a.plan_id and p.agreement_id = :agreement and a.status = 'ON_HOLD'
                   and a.held_since is not null
                returning a.*""");
    }

    /** Runs the update as each party in turn, so that it reaches every activity whoever owns it. */
    private List<Long> cascade(
            long agreementId, List<String> parties, LocalDate date, String kind, LocalizedText reason, String update) {
        var touched = new ArrayList<Long>();
        for (String nation : new TreeSet<>(parties)) {
            touched.addAll(scope.asNation(nation, () -> {
                var ids = new ArrayList<Long>();
                for (ActivitySummary activity : sql.sql(update)
                        .param("date", date)
                        .param("agreement", agreementId)
                        .query((rs, n) -> activity(rs))
                        .list()) {
                    recordCascade(nation, activity, kind, reason);
                    ids.add(activity.id());
                }
                return ids;
            }));
        }
        return touched;
    }

    private void recordCascade(String nation, ActivitySummary activity, String kind, LocalizedText reason) {
        Label label = new Label(
                activity.label().classification(), nation, activity.label().audience());
        store.recorded("system", null, label, activity, kind, null, reason);
    }
}
