package org.entente.notifications;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.agreements.AgreementResumed;
import org.entente.agreements.AgreementSummary;
import org.entente.agreements.AgreementSuspended;
import org.entente.agreements.Agreements;
import org.entente.comments.CommentMentionsAdded;
import org.entente.comments.CommentPosted;
import org.entente.comments.Comments;
import org.entente.comments.Watching;
import org.entente.identity.Readers;
import org.entente.identity.Readers.Reader;
import org.entente.shared.LocalizedText;
import org.entente.shared.RecordType;
import org.entente.workplans.ActivitySummary;
import org.entente.workplans.AmendmentSummary;
import org.entente.workplans.PlanEvents.ActivityApproved;
import org.entente.workplans.PlanEvents.ActivityProposed;
import org.entente.workplans.PlanEvents.AmendmentDecided;
import org.entente.workplans.PlanEvents.AmendmentProposed;
import org.entente.workplans.PlanEvents.PlanClosed;
import org.entente.workplans.PlanEvents.PlanSigned;
import org.entente.workplans.PlanSummary;
import org.entente.workplans.WorkPlans;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns domain events into notifications. Each listener is an {@link ApplicationModuleListener}:
 * the event publication registry stored the event with the write that published it, the listener
 * runs after that write commits, in its own transaction, and the publication is completed only if
 * it succeeds (otherwise it is retried, {@link OutboxRetry}). Each reads the record again as the
 * acting nation, decides who should hear of it, and {@link #tell}s them: only accounts that may read
 * the record are ever told, and a notice told before is not told again.
 *
 * <p>A new kind: a listener here that builds a {@link Notice} and says who (a few lines).
 */
@Component
class NotificationProducer {

    private final WorkPlans plans;
    private final Agreements agreements;
    private final Readers readers;
    private final NotificationStore store;
    private final MailQueue mails;
    private final SystemScope scope;
    private final Comments comments;
    private final Watching watching;

    NotificationProducer(
            WorkPlans plans,
            Agreements agreements,
            Readers readers,
            NotificationStore store,
            MailQueue mails,
            SystemScope scope,
            Comments comments,
            Watching watching) {
        this.plans = plans;
        this.agreements = agreements;
        this.readers = readers;
        this.store = store;
        this.mails = mails;
        this.scope = scope;
        this.comments = comments;
        this.watching = watching;
    }

    /**
     * A comment: those it mentions are told so, those who watch its record that a comment was
     * posted; never its author, and only those who may read the comment itself (an internal remark
     * reaches its nation alone, whoever watches the record).
     */
    @ApplicationModuleListener
    void on(CommentPosted posted) {
        Set<String> mentioned = lowerCase(posted.mentionedAccounts());
        Set<String> watchers = lowerCase(watching.watchersOf(posted.recordType(), posted.recordId()));
        comment(
                posted.authorAccount(),
                posted.commentId(),
                mentioned,
                (notice, writer) -> tell(
                        notice.apply(NotificationKind.COMMENT_ON_WATCHED, "watched"),
                        reader -> watchers.contains(lower(reader))
                                && !mentioned.contains(lower(reader))
                                && !lower(reader).equals(writer)));
    }

    /** An edit that mentions someone new tells the newly mentioned alone (no watcher hears of an edit). */
    @ApplicationModuleListener
    void on(CommentMentionsAdded added) {
        comment(added.authorAccount(), added.commentId(), lowerCase(added.mentionedAccounts()), (notice, writer) -> {});
    }

    /** What a comment's notice needs: a kind and the key's word. */
    private interface CommentNotice extends java.util.function.BiFunction<NotificationKind, String, Notice> {}

    /**
     * Reads the comment as its author's nation, tells {@code mentioned} they were (never its author),
     * then lets {@code more} tell others; only those who may read the comment are ever told.
     */
    private void comment(
            String authorAccount,
            long commentId,
            Set<String> mentioned,
            java.util.function.BiConsumer<CommentNotice, String> more) {
        Optional<Reader> author = readers.named(authorAccount);
        if (author.isEmpty()) {
            return;
        }
        String writer = authorAccount.toLowerCase(java.util.Locale.ROOT);
        scope.as(author.get().nation(), system -> {
            comments.find(system, commentId).ifPresent(comment -> {
                String body = comment.current().body();
                LocalizedText words = LocalizedText.of(
                        author.get().language() == null ? "en" : author.get().language(),
                        body.length() <= 120 ? body : body.substring(0, 119) + "…");
                CommentNotice notice = (kind, word) -> new Notice(
                        kind,
                        RecordType.COMMENT,
                        comment.id(),
                        "/comments/" + comment.id(),
                        words,
                        null,
                        comment.label(),
                        key(word, RecordType.COMMENT, comment.id()),
                        writer);
                if (!mentioned.isEmpty()) {
                    tell(
                            notice.apply(NotificationKind.MENTIONED, "mention"),
                            reader -> mentioned.contains(lower(reader))
                                    && !lower(reader).equals(writer));
                }
                more.accept(notice, writer);
            });
            return null;
        });
    }

    private static String lower(Reader reader) {
        return reader.username().toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<String> lowerCase(List<String> names) {
        var set = new HashSet<String>();
        names.forEach(name -> set.add(name.toLowerCase(java.util.Locale.ROOT)));
        return set;
    }

    @ApplicationModuleListener
    void on(ActivityProposed proposed) {
        scope.as(proposed.nation(), system -> {
            Optional<ActivitySummary> activity = plans.activity(system, proposed.activityId());
            Optional<PlanSummary> plan = plans.find(system, proposed.planId());
            if (activity.isEmpty() || plan.isEmpty()) {
                return null;
            }
            Set<String> awaiting = new HashSet<>(plan.get().parties());
            activity.get().approvals().forEach(awaiting::remove);
            ActivitySummary a = activity.get();
            tell(
                    new Notice(
                            NotificationKind.PROPOSAL_AWAITING,
                            RecordType.ACTIVITY,
                            a.id(),
                            "/activities/" + a.id(),
                            a.title(),
                            null,
                            a.label(),
                            key("proposal", RecordType.ACTIVITY, a.id())),
                    reader -> awaiting.contains(reader.nation()));
            return null;
        });
    }

    /**
     * A decision on an activity proposal: the partner approved it. The person who proposed it (its
     * history's first step) is told, if they may read it.
     */
    @ApplicationModuleListener
    void on(ActivityApproved approved) {
        scope.as(approved.nation(), system -> {
            plans.activity(system, approved.activityId())
                    .ifPresent(a -> plans.historyOf(system, a.id()).stream()
                            .filter(step -> "PROPOSED".equals(step.kind()))
                            .findFirst()
                            .ifPresent(proposed -> tell(
                                    new Notice(
                                            NotificationKind.PROPOSAL_APPROVED,
                                            RecordType.ACTIVITY,
                                            a.id(),
                                            "/activities/" + a.id(),
                                            a.title(),
                                            null,
                                            a.label(),
                                            key("approved:" + approved.nation(), RecordType.ACTIVITY, a.id())),
                                    reader -> reader.username().equalsIgnoreCase(proposed.actor())
                                            && !reader.nation().equals(approved.nation()))));
            return null;
        });
    }

    @ApplicationModuleListener
    void on(AmendmentProposed proposed) {
        amendment(
                proposed.nation(),
                proposed.planId(),
                proposed.number(),
                (plan, amendment) -> tell(
                        amendmentNotice(NotificationKind.AMENDMENT_AWAITING, plan, amendment, null, "awaiting"),
                        reader -> plan.parties().contains(reader.nation())
                                && !reader.nation().equals(proposed.nation())));
    }

    @ApplicationModuleListener
    void on(AmendmentDecided decided) {
        amendment(decided.nation(), decided.planId(), decided.number(), (plan, amendment) -> {
            if (amendment.pending()) {
                return;
            }
            var kind = amendment.approved() ? NotificationKind.AMENDMENT_APPROVED : NotificationKind.AMENDMENT_REJECTED;
            tell(
                    amendmentNotice(kind, plan, amendment, amendment.reason(), "decided"),
                    reader -> reader.username().equalsIgnoreCase(amendment.proposer()));
        });
    }

    @ApplicationModuleListener
    void on(PlanSigned signed) {
        plan(signed.nation(), signed.planId(), NotificationKind.PLAN_SIGNED);
    }

    @ApplicationModuleListener
    void on(PlanClosed closed) {
        plan(closed.nation(), closed.planId(), NotificationKind.PLAN_CLOSED);
    }

    @ApplicationModuleListener
    void on(AgreementSuspended suspended) {
        agreement(
                suspended.parties(),
                suspended.agreementId(),
                NotificationKind.AGREEMENT_SUSPENDED,
                suspended.reason(),
                "suspended:" + suspended.date());
    }

    @ApplicationModuleListener
    void on(AgreementResumed resumed) {
        agreement(
                resumed.parties(),
                resumed.agreementId(),
                NotificationKind.AGREEMENT_RESUMED,
                null,
                "resumed:" + resumed.date());
    }

    /**
     * What makes a notice the same notice again ({@code proposal:activity:39}): a word for what
     * happened, the record's kind as the catalogue spells it, the record.
     */
    static String key(String what, RecordType type, long id) {
        return what + ":" + type.spelled() + ":" + id;
    }

    /**
     * Tells the notice to those who may read its record and whom {@code who} picks, and queues their
     * mails: nothing is written when nobody is picked.
     */
    void tell(Notice notice, Predicate<Reader> who) {
        List<Reader> told = readers.of(notice.label()).stream().filter(who).toList();
        if (!told.isEmpty()) {
            mails.enqueue(store.deliver(notice, told));
        }
    }

    private void plan(String nation, long planId, NotificationKind kind) {
        scope.as(nation, system -> {
            plans.find(system, planId)
                    .ifPresent(plan -> tell(
                            new Notice(
                                    kind,
                                    RecordType.PLAN,
                                    plan.id(),
                                    "/workplans/" + plan.id(),
                                    plan.title(),
                                    null,
                                    plan.label(),
                                    key(kind.name().toLowerCase(java.util.Locale.ROOT), RecordType.PLAN, plan.id())),
                            reader -> true));
            return null;
        });
    }

    private void amendment(
            String nation, long planId, int number, java.util.function.BiConsumer<PlanSummary, AmendmentSummary> then) {
        scope.as(nation, system -> {
            plans.find(system, planId)
                    .ifPresent(plan -> plans.amendment(system, planId, number)
                            .ifPresent(amendment -> then.accept(plan, amendment)));
            return null;
        });
    }

    private static Notice amendmentNotice(
            NotificationKind kind, PlanSummary plan, AmendmentSummary amendment, LocalizedText excerpt, String what) {
        LocalizedText title = amendment.changes() != null && amendment.changes().title() != null
                ? amendment.changes().title()
                : plan.title();
        return new Notice(
                kind,
                RecordType.AMENDMENT,
                amendment.id(),
                "/workplans/" + plan.id() + "/amendments/" + amendment.number(),
                title,
                excerpt,
                amendment.label(),
                RecordType.AMENDMENT.spelled() + ":" + what + ":" + amendment.id());
    }

    private void agreement(
            List<String> parties, long agreementId, NotificationKind kind, LocalizedText excerpt, String what) {
        for (String party : parties) {
            Optional<AgreementSummary> found = scope.as(party, system -> agreements.find(system, agreementId));
            if (found.isPresent()) {
                AgreementSummary agreement = found.get();
                tell(
                        new Notice(
                                kind,
                                RecordType.AGREEMENT,
                                agreement.id(),
                                "/agreements/" + agreement.id(),
                                agreement.title(),
                                excerpt,
                                agreement.label(),
                                RecordType.AGREEMENT.spelled() + ":" + what + ":" + agreement.id()),
                        reader -> true);
                return;
            }
        }
    }
}
