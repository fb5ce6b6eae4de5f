package org.entente.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.entente.DemoApplicationTest;
import org.entente.access.AccessDeniedException;
import org.entente.agreements.AgreementEventKind;
import org.entente.agreements.AgreementKind;
import org.entente.agreements.Agreements;
import org.entente.agreements.NewAgreement;
import org.entente.agreements.NewStatusEvent;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.entente.shared.SystemSubject;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions and action items on the real database: numbering without gaps or repeats, the
 * suspension block, signed minutes frozen, overdue items, owners that must be parties, and
 * need-to-know on the pages.
 */
@DemoApplicationTest
class CommitteeSessionsIT {

    private static final Label JOINT = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));

    @Autowired
    MockMvc mvc;

    @Autowired
    Committees committees;

    @Autowired
    Sessions sessions;

    @Autowired
    SessionMinutes sessionMinutes;

    @Autowired
    SessionPreparation preparation;

    @Autowired
    ActionItems actions;

    @Autowired
    Agreements agreements;

    @Autowired
    CommitteeRoles roles;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient sql;

    long committee;

    /** A joint Israel – Morocco group of the test's own, with a held first session in Tel Aviv. */
    @BeforeEach
    void aJointGroupWithOneSession() {
        committee = committee(null);
    }

    private long committee(Long agreement) {
        return as(HOST, () -> {
            long id = committees.add(new NewCommittee(
                    "TEST-" + UUID.randomUUID().toString().substring(0, 8),
                    CommitteeKind.WORKING_GROUP,
                    LocalizedText.of("en", "Sessions test group"),
                    List.of("ISR", "MAR"),
                    agreement,
                    true,
                    JOINT));
            committees.addSession(new NewSession(
                    id,
                    1,
                    LocalDate.of(2025, 3, 3),
                    LocalDate.of(2025, 3, 4),
                    "ISR",
                    LocalizedText.of("en", "Tel Aviv"),
                    SessionStatus.HELD,
                    true,
                    JOINT));
            roles.grant("planner.mar", id, CommitteeRole.PLANNER);
            roles.grant("planner.isr", id, CommitteeRole.PLANNER);
            roles.grant("liaison.isr", id, CommitteeRole.VIEWER);
            return id;
        });
    }

    private <T> T as(SystemSubject subject, Supplier<T> work) {
        return inTransaction(transactions, subject, work);
    }

    private static Subject planner(String nation) {
        return new SystemSubject("planner." + nation.toLowerCase(), nation, Classification.CONFIDENTIAL);
    }

    private Sessions.SessionDraft draft(int number, LocalDate start, LocalDate end) {
        return new Sessions.SessionDraft(
                number, start, end, "MAR", LocalizedText.of("en", "Rabat"), LocalizedText.of(), SessionStatus.PLANNED);
    }

    private int sessionCount(long id) {
        return as(
                HOST,
                () -> sql.sql("select count(*) from committees.session where committee_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single());
    }

    @Test
    void theNextSessionIsSuggestedWithItsNumberAndTheAlternatingHost() {
        SystemSubject mar = (SystemSubject) planner("MAR");
        var suggestion = as(
                mar,
                () -> sessions.suggestion(mar, committees.find(mar, committee).orElseThrow()));
        assertThat(suggestion.number()).isEqualTo(2);
        assertThat(suggestion.hostNation()).isEqualTo("MAR");
    }

    @Test
    void aNumberThatSkipsOrRepeatsIsRefusedAndNothingIsStored() {
        SystemSubject mar = (SystemSubject) planner("MAR");
        assertThatThrownBy(() -> as(
                        mar,
                        () -> sessions.plan(
                                mar, committee, draft(3, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5)))))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused -> assertThat(refused.errors()).containsEntry("number", "session.refused.numberSkips"));
        assertThatThrownBy(() -> as(
                        mar,
                        () -> sessions.plan(
                                mar, committee, draft(1, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5)))))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused ->
                                assertThat(refused.errors()).containsEntry("number", "session.refused.numberRepeats"));
        assertThat(sessionCount(committee)).isEqualTo(1);

        int planned = as(
                mar, () -> sessions.plan(mar, committee, draft(2, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6))));
        assertThat(planned).isEqualTo(2);
        assertThat(sessionCount(committee)).isEqualTo(2);
    }

    @Test
    void anEndBeforeItsStartIsRefused() {
        SystemSubject mar = (SystemSubject) planner("MAR");
        assertThatThrownBy(() -> as(
                        mar,
                        () -> sessions.plan(
                                mar, committee, draft(2, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 4)))))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused -> assertThat(refused.errors())
                                .containsEntry("endDate", "session.refused.endBeforeStart"));
        assertThat(sessionCount(committee)).isEqualTo(1);
    }

    @Test
    void noSessionIsPlannedUnderASuspendedAgreementAndOneIsOnceItResumes() {
        long agreement = as(
                HOST,
                () -> agreements.add(new NewAgreement(
                        AgreementKind.TECHNICAL_ARRANGEMENT,
                        List.of("ISR", "MAR"),
                        List.of(),
                        LocalDate.of(2022, 1, 10),
                        LocalizedText.of("en", "Rabat"),
                        null,
                        false,
                        List.of(),
                        null,
                        LocalizedText.of("en", "Suspended test arrangement"),
                        null,
                        true,
                        JOINT,
                        List.of(new NewStatusEvent(
                                AgreementEventKind.SUSPENDED,
                                LocalDate.of(2023, 10, 16),
                                LocalizedText.of("en", "Test"),
                                null,
                                true)))));
        long group = committee(agreement);
        SystemSubject mar = (SystemSubject) planner("MAR");
        assertThatThrownBy(() -> as(
                        mar,
                        () -> sessions.plan(mar, group, draft(2, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5)))))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused ->
                                assertThat(refused.errors()).containsEntry("agreement", "session.refused.suspended"));
        assertThat(sessionCount(group)).isEqualTo(1);

        as(
                mar,
                () -> agreements.recordEvent(
                        mar,
                        agreement,
                        new NewStatusEvent(AgreementEventKind.RESUMED, LocalDate.of(2025, 10, 20), null, null, true)));
        assertThat(as(
                        mar,
                        () -> sessions.plan(mar, group, draft(2, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5)))))
                .isEqualTo(2);
    }

    @Test
    void minutesSignedByBothCoChairsAreFrozenAndCorrectedOnlyByDatedCorrigenda() {
        SystemSubject mar = (SystemSubject) planner("MAR");
        SystemSubject isr = (SystemSubject) planner("ISR");
        as(mar, () -> {
            sessionMinutes.writeMinutes(mar, committee, 1, "ar", "محضر الاجتماع");
            sessionMinutes.writeMinutes(mar, committee, 1, "fr", "Procès-verbal de la réunion");
            return sessionMinutes.decide(
                    mar, committee, 1, LocalizedText.of("fr", "Décision une", "ar", "القرار الأول"));
        });
        as(mar, () -> {
            sessionMinutes.sign(mar, committee, 1);
            return null;
        });
        // One signature: still open to edits, each delegation to its own language versions.
        as(isr, () -> {
            sessionMinutes.writeMinutes(isr, committee, 1, "he", "פרוטוקול הישיבה");
            return null;
        });
        assertThatThrownBy(() -> as(isr, () -> {
                    sessionMinutes.writeMinutes(isr, committee, 1, "fr", "Réécrit par l’autre partie");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused -> assertThat(refused.errors()).containsEntry("minutes", "minutes.refused.otherParty"));
        as(mar, () -> {
            sessionMinutes.writeMinutes(mar, committee, 1, "fr", "Procès-verbal de la réunion, revu");
            return null;
        });
        assertThatThrownBy(() -> as(mar, () -> {
                    sessionMinutes.sign(mar, committee, 1);
                    return null;
                }))
                .isInstanceOf(CommitteeRefusedException.class);
        as(isr, () -> {
            sessionMinutes.sign(isr, committee, 1);
            return null;
        });
        SessionDetail signed = as(mar, () -> sessions.find(mar, committee, 1).orElseThrow());
        assertThat(signed.frozen()).isTrue();
        assertThat(signed.signatures())
                .extracting(SessionParts.Signature::nation)
                .containsExactlyInAnyOrder("ISR", "MAR");

        assertThatThrownBy(() -> as(mar, () -> {
                    sessionMinutes.writeMinutes(mar, committee, 1, "fr", "Changed after signing");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused -> assertThat(refused.errors()).containsEntry("minutes", "minutes.refused.frozen"));
        assertThatThrownBy(() ->
                        as(mar, () -> sessionMinutes.decide(mar, committee, 1, LocalizedText.of("fr", "Ajout"))))
                .isInstanceOf(CommitteeRefusedException.class);
        // Who came, the agenda and the programme are in the signed minutes: no longer added to.
        assertThatThrownBy(() -> as(mar, () -> {
                    preparation.delegate(
                            mar, committee, 1, "MAR", LocalizedText.of("en", "Late delegate"), DelegateRole.MEMBER);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused -> assertThat(refused.errors()).containsEntry("minutes", "minutes.refused.frozen"));
        assertThatThrownBy(() -> as(mar, () -> {
                    preparation.addToAgenda(mar, committee, 1, LocalizedText.of("fr", "Point ajouté"));
                    return null;
                }))
                .isInstanceOf(CommitteeRefusedException.class);
        SessionDetail after = as(mar, () -> sessions.find(mar, committee, 1).orElseThrow());
        assertThat(after.minutesIn("fr")).isEqualTo("Procès-verbal de la réunion, revu");
        assertThat(after.minutes().get("he").label().owner()).isEqualTo("ISR");
        assertThat(after.decisions()).hasSize(1);

        assertThat(as(
                        mar,
                        () -> sessionMinutes.correct(
                                mar, committee, 1, LocalizedText.of("fr", "Lire « Rabat » au lieu de « Tanger »."))))
                .isEqualTo(1);
        SessionDetail corrected = as(mar, () -> sessions.find(mar, committee, 1).orElseThrow());
        assertThat(corrected.corrigenda())
                .singleElement()
                .satisfies(c -> assertThat(c.dated()).isNotNull());
    }

    @Test
    void aPartySignsOnlyForItselfAndAViewerNotAtAll() {
        SystemSubject liaison = new SystemSubject("liaison.isr", "ISR", Classification.RESTRICTED);
        as((SystemSubject) planner("MAR"), () -> {
            sessionMinutes.writeMinutes(planner("MAR"), committee, 1, "fr", "Texte");
            return null;
        });
        assertThatThrownBy(() -> as(liaison, () -> {
                    sessionMinutes.sign(liaison, committee, 1);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anActionItemOwnedByANationThatIsNoPartyIsRefused() {
        SystemSubject mar = (SystemSubject) planner("MAR");
        var draft = new ActionItems.ActionDraft(
                1, null, LocalizedText.of("en", "Send the report"), "FRA", null, LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> as(mar, () -> actions.create(mar, committee, draft)))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused -> assertThat(refused.errors()).containsEntry("party", "action.refused.notParty"));
        assertThat(as(mar, () -> actions.ofCommittee(mar, committee))).isEmpty();
    }

    @Test
    void anItemIsOverdueWhenStillOpenPastItsDueDateAndOnlyItsOwnerMovesItOn() {
        SystemSubject mar = (SystemSubject) planner("MAR");
        SystemSubject isr = (SystemSubject) planner("ISR");
        long late = as(
                mar,
                () -> actions.create(
                        mar,
                        committee,
                        new ActionItems.ActionDraft(
                                1,
                                null,
                                LocalizedText.of("en", "Late item"),
                                "MAR",
                                LocalizedText.of("en", "DCI"),
                                LocalDate.of(2026, 1, 15))));
        long future = as(
                mar,
                () -> actions.create(
                        mar,
                        committee,
                        new ActionItems.ActionDraft(
                                1,
                                null,
                                LocalizedText.of("en", "Future item"),
                                "ISR",
                                null,
                                LocalDate.of(2027, 1, 15))));
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(as(mar, () -> actions.find(mar, late).orElseThrow()).overdueOn(today))
                .isTrue();
        assertThat(as(mar, () -> actions.find(mar, future).orElseThrow()).overdueOn(today))
                .isFalse();
        assertThat(as(mar, () -> actions.overdueFor(mar, today, 100)))
                .extracting(ActionItem::id)
                .contains(late)
                .doesNotContain(future);

        // Israel may not move Morocco's item on; Morocco may.
        assertThatThrownBy(() -> as(isr, () -> {
                    actions.update(isr, late, ActionStatus.DONE, LocalizedText.of("en", "done"));
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        as(mar, () -> {
            actions.update(mar, late, ActionStatus.DONE, LocalizedText.of("en", "Sent on 20 November."));
            return null;
        });
        ActionItem done = as(mar, () -> actions.find(mar, late).orElseThrow());
        assertThat(done.overdueOn(today)).isFalse();
        assertThat(done.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo(LocalizedText.of("en", "Sent on 20 November.")));
        assertThat(as(mar, () -> actions.overdueFor(mar, today, 100)))
                .extracting(ActionItem::id)
                .doesNotContain(late);
    }

    @Test
    void theIsraeliLiaisonSeesTheIsraelMoroccoSessionsAndNothingOfTheFranceMoroccoCommission() throws Exception {
        long jmc = idOf("JMC-ISR-MAR");
        long cmm = idOf("CMM-FRA-MAR");
        MockHttpSession liaison = signIn(mvc, "liaison.isr");
        mvc.perform(get("/committees/" + jmc + "/sessions/3").session(liaison).cookie(new Cookie("ENTENTE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3rd session")))
                .andExpect(
                        content().string(Matchers.containsString("The Joint Military Work Plan for 2026 is signed.")));
        mvc.perform(get("/committees/" + cmm + "/sessions/23").session(liaison)).andExpect(status().isNotFound());
        mvc.perform(get("/committees/" + cmm + "/sessions/23/minutes").session(liaison))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").session(liaison).cookie(new Cookie("ENTENTE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("2026 training course calendar"))));
        MockHttpSession french = signIn(mvc, "planner.fra");
        mvc.perform(get("/committees/" + jmc + "/sessions/3").session(french)).andExpect(status().isNotFound());
    }

    /** The first session's days, host, city and status as stored. */
    private String firstSession() {
        return as(HOST, () -> sql.sql("""
                                select start_date || ' ' || end_date || ' ' || host_nation || ' ' || coalesce(city ->> 'ar', city ->> 'en') || ' ' || status
                                  from committees.session where committee_id = ? and number = 1""").param(committee).query(String.class).single());
    }

    private MockHttpServletRequestBuilder details(MockHttpSession who, String language, String end) {
        return post("/committees/" + committee + "/sessions/1/details")
                .session(who)
                .cookie(new Cookie("ENTENTE_LANG", language))
                .with(csrf())
                .param("startDate", "2025-03-03")
                .param("endDate", end)
                .param("hostNation", "ISR")
                .param("city.ar", "تل أبيب")
                .param("status", "HELD");
    }

    @Test
    void theNationThatPlannedASessionChangesItsDetailsFromItsPageInArabicAndABadDayIsRefusedByName() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        mvc.perform(get("/committees/" + committee + "/sessions/1").session(planner))
                .andExpect(content().string(containsString("/sessions/1/details")));

        mvc.perform(details(planner, "ar", "2025-03-05"))
                .andExpect(redirectedUrl("/committees/" + committee + "/sessions/1?done=changed"));
        assertThat(firstSession()).isEqualTo("2025-03-03 2025-03-05 ISR تل أبيب HELD");
        assertThat(as(
                        HOST,
                        () -> sql.sql("""
                                select details ->> 'fields' from audit.event
                                 where action = 'committees.session.update' and object_type = 'session'
                                   and object_id = (select id::text from committees.session where committee_id = ? and number = 1)""").param(committee).query(String.class).list()))
                .containsExactly("endDate,city");

        // The last day before the first: the Edit form again, open, naming the field in Arabic.
        mvc.perform(details(planner, "ar", "2025-03-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اليوم الأخير")))
                .andExpect(content().string(containsString("<details class=\"action-form\" id=\"edit-session\" open")));
        assertThat(firstSession()).isEqualTo("2025-03-03 2025-03-05 ISR تل أبيب HELD");
    }

    /** The version the session page's Edit form carries (its hidden field). */
    private String formVersion(org.springframework.test.web.servlet.ResultActions page) throws Exception {
        var found = java.util.regex.Pattern.compile("name=\"version\" value=\"([0-9]*)\"")
                .matcher(page.andReturn().getResponse().getContentAsString());
        assertThat(found.find()).as("the Edit form carries its version").isTrue();
        return found.group(1);
    }

    @Test
    void ofTwoPagesOpenOnTheSameDetailsTheSecondToSaveIsToldTheyChangedAndChangesNothingThenSavesAgain()
            throws Exception {
        // Two Moroccan writers (two signed-in pages) open the same session's Edit form.
        MockHttpSession first = signIn(mvc, "planner.mar");
        MockHttpSession second = signIn(mvc, "planner.mar");
        String firstRead = formVersion(
                mvc.perform(get("/committees/" + committee + "/sessions/1").session(first)));
        String secondRead = formVersion(
                mvc.perform(get("/committees/" + committee + "/sessions/1").session(second)));
        assertThat(firstRead).isEqualTo(secondRead).isNotBlank();

        mvc.perform(details(first, "en", "2025-03-05").param("version", firstRead))
                .andExpect(redirectedUrl("/committees/" + committee + "/sessions/1?done=changed"));
        String afterFirst = firstSession();
        assertThat(afterFirst).isEqualTo("2025-03-03 2025-03-05 ISR تل أبيب HELD");

        // The second, in Arabic, at the version it read: refused as a whole (409), nothing changed; the
        // page says why in Arabic with a link to reload, keeps what was typed, and now carries the
        // current version.
        var refused = mvc.perform(details(second, "ar", "2025-03-06").param("version", secondRead))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("غيّر شخص آخر بيانات هذه الدورة")))
                .andExpect(content().string(containsString("id=\"session-stale\"")))
                .andExpect(content()
                        .string(containsString(
                                "<a href=\"/committees/" + committee + "/sessions/1\">أعد تحميل الدورة")))
                .andExpect(content().string(containsString("value=\"6 مارس 2025\"")))
                .andExpect(content().string(containsString("<details class=\"action-form\" id=\"edit-session\" open")));
        assertThat(firstSession()).isEqualTo(afterFirst);
        String current = formVersion(refused);
        assertThat(Integer.parseInt(current)).isGreaterThan(Integer.parseInt(secondRead));

        // Saving that form again, knowingly, replaces the first writer's change.
        mvc.perform(details(second, "ar", "2025-03-06").param("version", current))
                .andExpect(redirectedUrl("/committees/" + committee + "/sessions/1?done=changed"));
        assertThat(firstSession()).isEqualTo("2025-03-03 2025-03-06 ISR تل أبيب HELD");
        // The first writer's page is stale in turn: refused in English.
        mvc.perform(details(first, "en", "2025-03-07").param("version", firstRead))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this session’s details")));
        assertThat(firstSession()).isEqualTo("2025-03-03 2025-03-06 ISR تل أبيب HELD");
    }

    @Test
    void aVersionThatIsNotANumberOrTooLongIsRefusedAsAFieldAndChangesNothing() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String before = firstSession();
        for (String version : java.util.List.of("one", "-1", "99999999999", "1e3")) {
            mvc.perform(details(planner, "en", "2025-03-05").param("version", version))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content()
                            .string(containsString("<details class=\"action-form\" id=\"edit-session\" open")));
            assertThat(firstSession()).as(version).isEqualTo(before);
        }
    }

    @Test
    void thePartnersPlannerMayNotChangeTheDetailsOfASessionMoroccoPlannedAndIsNotOfferedTo() throws Exception {
        MockHttpSession israeli = signIn(mvc, "planner.isr");
        String before = firstSession();
        mvc.perform(get("/committees/" + committee + "/sessions/1").session(israeli))
                .andExpect(content().string(Matchers.not(containsString("/sessions/1/details"))));
        mvc.perform(details(israeli, "en", "2025-03-09")).andExpect(status().isForbidden());
        assertThat(firstSession()).isEqualTo(before);
    }

    @Test
    void aHeldSessionWithMinutesSignedByBothKeepsItsDetails() {
        SystemSubject mar = (SystemSubject) planner("MAR");
        SystemSubject isr = (SystemSubject) planner("ISR");
        as(mar, () -> {
            sessionMinutes.writeMinutes(mar, committee, 1, "ar", "محضر الاجتماع");
            sessionMinutes.sign(mar, committee, 1);
            return null;
        });
        var moved = new SessionDetails(
                LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 6),
                "ISR",
                LocalizedText.of("en", "Tel Aviv"),
                LocalizedText.of(),
                SessionStatus.HELD);
        // One signature: the details may still be corrected.
        as(mar, () -> {
            sessions.change(mar, committee, 1, moved, null);
            return null;
        });
        as(isr, () -> {
            sessionMinutes.sign(isr, committee, 1);
            return null;
        });
        String before = firstSession();
        assertThatThrownBy(() -> as(mar, () -> {
                    sessions.change(
                            mar,
                            committee,
                            1,
                            new SessionDetails(
                                    LocalDate.of(2025, 3, 3),
                                    LocalDate.of(2025, 3, 4),
                                    "ISR",
                                    LocalizedText.of("en", "Tel Aviv"),
                                    LocalizedText.of(),
                                    SessionStatus.HELD),
                            null);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused -> assertThat(refused.errors()).containsEntry("session", "session.refused.signed"));
        assertThat(firstSession()).isEqualTo(before).startsWith("2025-03-03 2025-03-06");
    }

    @Test
    void planningThroughThePageRefusesASkippedNumberNamingTheField() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        mvc.perform(post("/committees/" + committee + "/sessions")
                        .session(planner)
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .with(csrf())
                        .param("number", "5")
                        .param("startDate", "2026-05-04")
                        .param("endDate", "2026-05-05")
                        .param("hostNation", "MAR")
                        .param("city.en", "Rabat"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("sessions are numbered without gaps")));
        assertThat(sessionCount(committee)).isEqualTo(1);
    }

    @Test
    void throughTheApiTheIsraeliLiaisonReadsTheIsraelMoroccoSessionsAndNothingOfTheFranceMoroccoCommission()
            throws Exception {
        long jmc = idOf("JMC-ISR-MAR");
        long cmm = idOf("CMM-FRA-MAR");
        MockHttpSession liaison = signIn(mvc, "liaison.isr");
        mvc.perform(get("/api/v1/committees").session(liaison))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("JMC-ISR-MAR")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("CMM-FRA-MAR"))));
        mvc.perform(get("/api/v1/committees/" + jmc + "/sessions").session(liaison))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"number\":3")));
        mvc.perform(get("/api/v1/committees/" + jmc + "/sessions/3").session(liaison))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("The Joint Military Work Plan for 2026 is signed.")))
                .andExpect(content().string(Matchers.containsString("\"frozen\":true")));
        mvc.perform(get("/api/v1/committees/" + cmm).session(liaison))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/committees/" + cmm + "/sessions/23").session(liaison))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/action-items").session(liaison))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("FRA"))))
                .andExpect(content().string(Matchers.containsString("\"party\":\"ISR\"")));
    }

    @Test
    void anApiActionItemOwnedByANonPartyIsRefusedNamingTheFieldInTheCallersLanguage() throws Exception {
        // planner.mar reads Arabic: the refusal says so in Arabic.
        MockHttpSession planner = signIn(mvc, "planner.mar");
        mvc.perform(post("/api/v1/action-items")
                        .session(planner)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                {"committeeId": %d, "sessionNumber": 1, "title": {"fr": "Envoyer le rapport"},
                                 "party": "FRA", "dueDate": "2026-12-31"}""".formatted(committee)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(Matchers.containsString("\"field\":\"party\"")))
                .andExpect(content().string(Matchers.containsString("يجب أن يكون البلد المسؤول طرفا في اللجنة.")));
        mvc.perform(post("/api/v1/action-items")
                        .session(planner)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                {"committeeId": %d, "sessionNumber": 1, "title": {"en": "Send the report"},
                                 "party": "MAR", "dueDate": "2026-12-31"}""".formatted(committee)))
                .andExpect(status().isCreated())
                .andExpect(content().string(Matchers.containsString("\"status\":\"OPEN\"")));
    }

    @Test
    void anApiActionItemWithATooLongTitleIsRefusedNamingTheFieldAndAnUnknownItemIsAProblem404() throws Exception {
        mvc.perform(post("/api/v1/action-items")
                        .session(signIn(mvc, "planner.mar"))
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                {"committeeId": %d, "sessionNumber": 1, "title": {"en": "%s"},
                                 "party": "MAR", "dueDate": "2026-12-31"}""".formatted(committee, "x".repeat(301))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(Matchers.containsString("\"field\":\"title\"")))
                .andExpect(content().string(Matchers.containsString("at most 300 characters.")));
        mvc.perform(get("/api/v1/action-items/999999999").session(signIn(mvc, "planner.mar")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(as(HOST, () -> actions.ofCommittee(HOST, committee))).isEmpty();
    }

    @Test
    void aWorkingGroupCreatedUnderTheCommitteeShowsInItsTreeWithItsCoChairs() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String code = "WG-" + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(post("/committees")
                        .session(planner)
                        .with(csrf())
                        .param("code", code)
                        .param("parties", "MAR, ISR")
                        .param("classification", "RESTRICTED")
                        .param("kind", "SUB_GROUP")
                        .param("name.en", "Capability-building sub-group")
                        .param("parentId", Long.toString(committee))
                        .param("language", "en")
                        .param("coChair[MAR].organization", "Directorate of International Cooperation")
                        .param("coChair[MAR].position", "Deputy director")
                        .param("cadence", "SEMIANNUAL"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).session(planner).cookie(new Cookie("ENTENTE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sessions test group")))
                .andExpect(content().string(Matchers.containsString("Deputy director")))
                .andExpect(content().string(Matchers.containsString("twice a year")));
        mvc.perform(get("/committees/" + committee).session(planner).cookie(new Cookie("ENTENTE_LANG", "en")))
                .andExpect(content().string(Matchers.containsString("Capability-building sub-group")));
        // Released to Israel as a party: the Israeli liaison sees it; a repeated code is refused.
        mvc.perform(get(location).session(signIn(mvc, "liaison.isr"))).andExpect(status().isOk());
        mvc.perform(post("/committees")
                        .session(planner)
                        .with(csrf())
                        .param("code", code)
                        .param("parties", "MAR")
                        .param("classification", "RESTRICTED")
                        .param("kind", "SUB_GROUP")
                        .param("name.en", "Again"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theCommitteeFormNamesEachFieldToCorrectAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String code = "WG-" + UUID.randomUUID().toString().substring(0, 6);
        Supplier<MockHttpServletRequestBuilder> refusedChoices = () -> post("/committees")
                .session(planner)
                .with(csrf())
                .cookie(new Cookie("ENTENTE_LANG", "en"))
                .param("code", code)
                .param("parties", "MAR, ISR")
                .param("classification", "RESTRICTED")
                .param("kind", "NO_SUCH_KIND")
                .param("name.en", "Kept as typed")
                .param("members", "not-a-number");
        // A co-chair too long: Bean Validation names it, the form comes back as typed.
        mvc.perform(refusedChoices.get().param("coChair[ISR].position", "x".repeat(201)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("href=\"#coChair-ISR--position\"")))
                .andExpect(content().string(Matchers.containsString("at most 200 characters.")))
                .andExpect(content().string(Matchers.containsString("value=\"Kept as typed\"")));
        // The lengths right, the choices are refused by name: kind and members.
        mvc.perform(refusedChoices.get())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("href=\"#kind\"")))
                .andExpect(content().string(Matchers.containsString("choose a kind.")))
                .andExpect(content().string(Matchers.containsString("href=\"#members\"")))
                .andExpect(content().string(Matchers.containsString("choose members from the list.")));
        assertThat(as(
                        HOST,
                        () -> committees.visibleTo(HOST).stream()
                                .noneMatch(c -> c.code().equals(code))))
                .isTrue();
    }

    @Test
    void delegationsAgendaAndProgrammeRefuseANonPartyAndADayOutsideTheSession() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.isr");
        String base = "/committees/" + committee + "/sessions/1";
        mvc.perform(post(base + "/delegates")
                        .session(planner)
                        .with(csrf())
                        .param("nation", "FRA")
                        .param("name.en", "Someone")
                        .param("role", "MEMBER"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/delegates")
                        .session(planner)
                        .with(csrf())
                        .param("nation", "MAR")
                        .param("name.en", "Someone of the host's")
                        .param("role", "MEMBER"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/delegates")
                        .session(planner)
                        .with(csrf())
                        .param("nation", "ISR")
                        .param("name.ar", "رئيس مديرية التخطيط \u202B(صفة)")
                        .param("role", "HEAD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("field--invalid\" id=\"delegate-name\"")));
        mvc.perform(post(base + "/delegates")
                        .session(planner)
                        .with(csrf())
                        .param("nation", "ISR")
                        .param("name.he", "ראש אגף התכנון (תפקיד)")
                        .param("name.en", "Head of the planning directorate (role)")
                        .param("role", "HEAD"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/programme")
                        .session(planner)
                        .with(csrf())
                        .param("day", "2025-03-09")
                        .param("kind", "FIELD_VISIT")
                        .param("title.en", "Visit"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/programme")
                        .session(planner)
                        .with(csrf())
                        .param("day", "2025-03-04")
                        .param("kind", "FIELD_VISIT")
                        .param("title.en", "Field visit to a unit"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/agenda").session(planner).with(csrf()).param("title.en", "Opening"))
                .andExpect(status().is3xxRedirection());
        SessionDetail session = as(HOST, () -> sessions.find(HOST, committee, 1).orElseThrow());
        assertThat(session.delegates())
                .extracting(SessionParts.Delegate::nation)
                .containsExactly("ISR");
        // The name as typed in each language, read in the reader's.
        assertThat(session.delegates().get(0).name().in(Locale.forLanguageTag("he")))
                .isEqualTo("ראש אגף התכנון (תפקיד)");
        assertThat(session.programme())
                .singleElement()
                .satisfies(p -> assertThat(p.day()).isEqualTo(LocalDate.of(2025, 3, 4)));
        assertThat(session.agenda()).singleElement().satisfies(a -> {
            assertThat(a.position()).isEqualTo(1);
            // Recorded by the partner in the host's session: the partner's own row, same audience.
            assertThat(a.label()).isEqualTo(new Label(Classification.RESTRICTED, "ISR", Set.of("MAR")));
        });
    }

    @Test
    void aPartnersPlannerPlansTheNextSessionOwnedByItsNationAndTheHostReadsIt() throws Exception {
        // Before: recorded as the host's row, refused by row-level security, answered 500.
        mvc.perform(post("/committees/" + committee + "/sessions")
                        .session(signIn(mvc, "planner.isr"))
                        .with(csrf())
                        .param("number", "2")
                        .param("startDate", "2026-05-04")
                        .param("endDate", "2026-05-05")
                        .param("hostNation", "ISR")
                        .param("city.en", "Haifa"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/committees/" + committee + "/sessions/2?done=planned"));
        SessionDetail planned = as(HOST, () -> sessions.find(HOST, committee, 2).orElseThrow());
        assertThat(planned.summary().label()).isEqualTo(new Label(Classification.RESTRICTED, "ISR", Set.of("MAR")));
        mvc.perform(get("/committees/" + committee + "/sessions/2").session(signIn(mvc, "planner.mar")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Haifa")));
    }

    @Test
    void aPlanningFormThatCannotBeReadIsRefusedFieldByFieldInTheUsersLanguageAndNothingIsStored() throws Exception {
        mvc.perform(post("/committees/" + committee + "/sessions")
                        .session(signIn(mvc, "planner.mar"))
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .with(csrf())
                        .param("number", "two")
                        .param("startDate", "2026-02-30")
                        .param("endDate", "2026-05-05")
                        .param("hostNation", "MAR")
                        .param("city.en", "R".repeat(201))
                        .param("status", "PLANNED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("href=\"#number\"")))
                .andExpect(content().string(Matchers.containsString("First day: write the day as a date.")))
                .andExpect(content().string(Matchers.containsString("City: at most 200 characters.")))
                .andExpect(content().string(Matchers.containsString("value=\"two\"")));
        mvc.perform(post("/committees/" + committee + "/sessions")
                        .session(signIn(mvc, "planner.mar"))
                        .cookie(new Cookie("ENTENTE_LANG", "fr"))
                        .with(csrf())
                        .param("number", "2")
                        .param("startDate", "2026-05-04")
                        .param("endDate", "2026-05-05")
                        .param("hostNation", "MAR")
                        .param("city.en", "Rabat")
                        .param("status", "ADJOURNED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("href=\"#status\"")));
        assertThat(sessionCount(committee)).isEqualTo(1);
    }

    @Test
    void aViewerIsRefusedThePlanningFormAndAStrangerDoesNotSeeTheSession() throws Exception {
        mvc.perform(get("/committees/" + committee + "/sessions/new").session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/committees/" + committee + "/sessions/1/agenda")
                        .session(signIn(mvc, "liaison.isr"))
                        .with(csrf())
                        .param("title.en", "Opening"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/committees/" + committee + "/sessions/99/agenda")
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf())
                        .param("title.en", "Opening"))
                .andExpect(status().isNotFound());
        assertThat(sql.sql("select object_id from audit.event where action = 'committees.session.change'"
                                + " and outcome = 'DENIED' and (object_id = :committee or object_id like :committee || '/%')"
                                + " order by id")
                        .param("committee", Long.toString(committee))
                        .query(String.class)
                        .list())
                .containsExactly(Long.toString(committee), committee + "/99");
    }

    private long idOf(String code) {
        return as(
                HOST,
                () -> sql.sql("select id from committees.committee where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single());
    }
}
