package org.entente.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agreements end to end: status events through the pages, their rules and their published events,
 * and the API that shows each caller only what is released to them. Changes are made on agreements
 * of the test's own; the demo's are only read.
 */
@DemoApplicationTest
@RecordApplicationEvents
class AgreementsIT {

    private static final String MEMORANDUM =
            "Israel – Morocco memorandum of understanding on security and defence cooperation";

    @Autowired
    MockMvc mvc;

    @Autowired
    Agreements agreements;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient sql;

    @Autowired
    ApplicationEvents events;

    long agreement;

    @BeforeEach
    void anArrangementInForceOfTheTestsOwnReleasedToIsraelButNotOnItsTimeline() {
        agreement = inTransaction(
                transactions,
                HOST,
                () -> agreements.add(new NewAgreement(
                        AgreementKind.TECHNICAL_ARRANGEMENT,
                        List.of("ESP", "MAR"),
                        List.of(),
                        LocalDate.of(2024, 1, 10),
                        LocalizedText.of("en", "Rabat"),
                        3,
                        false,
                        List.of("AIR_DEFENCE"),
                        null,
                        LocalizedText.of("en", "Test arrangement"),
                        null,
                        true,
                        new Label(Classification.RESTRICTED, "MAR", Set.of("ISR")),
                        List.of(new NewStatusEvent(
                                AgreementEventKind.ENTERED_INTO_FORCE, LocalDate.of(2024, 2, 1), null, null, true)))));
    }

    @Test
    void suspendingAnAgreementPublishesTheSuspensionAndResumingPublishesTheResumption() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        mvc.perform(event(planner, "SUSPENDED", "2024-06-01", "Crisis"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/agreements/" + agreement + "?recorded"));
        assertThat(events.stream(AgreementSuspended.class))
                .containsExactly(new AgreementSuspended(
                        agreement, List.of("ESP", "MAR"), LocalDate.of(2024, 6, 1), LocalizedText.of("en", "Crisis")));
        assertThat(statusOf(agreement)).isEqualTo("SUSPENDED");

        mvc.perform(event(planner, "RESUMED", "2024-09-01", "")).andExpect(status().isFound());
        assertThat(events.stream(AgreementResumed.class))
                .containsExactly(new AgreementResumed(agreement, List.of("ESP", "MAR"), LocalDate.of(2024, 9, 1)));
        assertThat(statusOf(agreement)).isEqualTo("IN_FORCE");
    }

    @Test
    void aReasonWrittenInArabicIsReadInArabicAndMarkedAsArabicInEnglish() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        mvc.perform(post("/agreements/" + agreement + "/events")
                        .session(planner)
                        .with(csrf())
                        .param("kind", "SUSPENDED")
                        .param("date", "2024-06-01")
                        .param("reason.ar", "أزمة إقليمية")
                        .param("note.fr", "Date indicative"))
                .andExpect(status().isFound());

        mvc.perform(get("/agreements/" + agreement).session(planner).cookie(new Cookie("ENTENTE_LANG", "ar")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<bdi lang=\"ar\">أزمة إقليمية</bdi></span>")))
                .andExpect(content().string(Matchers.containsString("<bdi lang=\"fr\">Date indicative</bdi><small")));
        mvc.perform(get("/agreements/" + agreement).session(planner).cookie(new Cookie("ENTENTE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "<bdi lang=\"ar\">أزمة إقليمية</bdi><small class=\"original-language\" title=\"Not translated: shown as written in Arabic\">(Arabic)</small>")));
        mvc.perform(get("/api/v1/agreements/" + agreement).session(planner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[?(@.kind == 'SUSPENDED')].reason.ar", Matchers.contains("أزمة إقليمية")))
                .andExpect(
                        jsonPath("$.events[?(@.kind == 'SUSPENDED')].reason.en").isEmpty())
                .andExpect(
                        jsonPath("$.events[?(@.kind == 'SUSPENDED')].note.fr", Matchers.contains("Date indicative")));
        assertThat(events.stream(AgreementSuspended.class)
                        .findFirst()
                        .orElseThrow()
                        .reason())
                .isEqualTo(LocalizedText.of("ar", "أزمة إقليمية"));
    }

    @Test
    void aReasonCarryingABidiOverrideIsRefusedAndAJoinerIsKept() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        int before = eventCount(agreement);
        mvc.perform(post("/agreements/" + agreement + "/events")
                        .session(planner)
                        .with(csrf())
                        .param("kind", "SUSPENDED")
                        .param("date", "2024-06-01")
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .param("reason.he", "משבר \u202Bאזורי"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(Matchers.containsString("Reason: remove the invisible direction controls")));
        assertThat(eventCount(agreement)).isEqualTo(before);

        mvc.perform(post("/agreements/" + agreement + "/events")
                        .session(planner)
                        .with(csrf())
                        .param("kind", "SUSPENDED")
                        .param("date", "2024-06-01")
                        .param("reason.ar", "مي\u200Cخواهم"))
                .andExpect(status().isFound());
        assertThat(events.stream(AgreementSuspended.class)
                        .findFirst()
                        .orElseThrow()
                        .reason())
                .isEqualTo(LocalizedText.of("ar", "مي\u200Cخواهم"));
    }

    @Test
    void anIllegalTransitionIsRefusedInTheUsersLanguageAndNothingChanges() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        int before = eventCount(agreement);
        mvc.perform(event(planner, "RESUMED", "2024-06-01", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(Matchers.containsString("Event: only a suspended agreement can be resumed.")));
        mvc.perform(event(planner, "RENEWED", "2023-01-01", "", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(Matchers.containsString("un événement ne peut pas être daté d’avant le précédent.")));
        mvc.perform(event(planner, "TERMINATED", "2024-06-01", "")).andExpect(status().isFound());
        mvc.perform(event(planner, "AMENDED", "2024-07-01", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(Matchers.containsString("nothing can follow the agreement’s expiry or termination.")));
        assertThat(eventCount(agreement)).isEqualTo(before + 1);
        assertThat(statusOf(agreement)).isEqualTo("TERMINATED");
        assertThat(events.stream(AgreementSuspended.class)).isEmpty();
    }

    @Test
    void validationErrorsNameTheFieldAndChangeNothing() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        int before = eventCount(agreement);
        mvc.perform(event(planner, "SUSPENDED", "", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Date: the date is required.")))
                .andExpect(content().string(Matchers.containsString("Reason: a suspension needs its reason.")));
        mvc.perform(event(planner, "", "2024-13-45", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Event: choose the event to record.")))
                .andExpect(content().string(Matchers.containsString("Date: write the date as day, month and year")));
        mvc.perform(event(planner, "SUSPENDED", "", "", "ar"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("السبب: يجب ذكر سبب التعليق.")));
        assertThat(eventCount(agreement)).isEqualTo(before);
        assertThat(events.stream(AgreementSuspended.class)).isEmpty();
    }

    @Test
    void aPartnerOrAViewerMayNotRecordEvents() throws Exception {
        int before = eventCount(agreement);
        mvc.perform(event(signIn(mvc, "planner.isr"), "SUSPENDED", "2024-06-01", "Crisis"))
                .andExpect(status().isForbidden())
                // The error page (rendered after the error dispatch, which MockMvc does not make) says why.
                .andExpect(status().reason(Matchers.containsString("Only the owner nation records")));
        mvc.perform(event(signIn(mvc, "viewer.mar"), "SUSPENDED", "2024-06-01", "Crisis"))
                .andExpect(status().isForbidden());
        mvc.perform(event(signIn(mvc, "planner.fra"), "SUSPENDED", "2024-06-01", "Crisis"))
                .andExpect(status().isNotFound());
        assertThat(eventCount(agreement)).isEqualTo(before);
        assertThat(events.stream(AgreementSuspended.class)).isEmpty();
    }

    @Test
    void theApiListsToTheIsraeliLiaisonTheMemorandumAndNothingOfFranceMorocco() throws Exception {
        String body = mvc.perform(get("/api/v1/agreements").session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode list = JsonMapper.builder().build().readTree(body);
        assertThat(list.get("total").asLong()).isEqualTo(list.get("items").size());
        assertThat(list.get("page").asInt()).isZero();
        assertThat(body).contains(MEMORANDUM).doesNotContain("France").doesNotContain("FRA");
        JsonNode memorandum = null;
        for (JsonNode item : list.get("items")) {
            if (item.get("title").get("en").asString().equals(MEMORANDUM)) {
                memorandum = item;
            }
            assertThat(item.get("parties").toString()).doesNotContain("FRA");
            assertThat(item.get("label").get("releasableTo").toString()).contains("ISR");
        }
        assertThat(memorandum).isNotNull();
        assertThat(memorandum.get("label").get("banner").asString()).isEqualTo("RESTRICTED // REL TO MAR, ISR");
        assertThat(memorandum.get("label").get("releasableTo").toString()).isEqualTo("[\"ISR\"]");
        assertThat(memorandum.get("signedOn").asString()).isEqualTo("2021-11-24");
        assertThat(memorandum.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(memorandum.get("title").get("ar").asString()).startsWith("مذكرة تفاهم");
        assertThat(memorandum.get("domains").toString()).contains("RESEARCH_DEVELOPMENT");

        mvc.perform(get("/api/v1/agreements/" + memorandum.get("id").asLong()).session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[*].kind", Matchers.hasItems("SIGNED", "SUSPENDED", "RESUMED")))
                .andExpect(jsonPath("$.events[?(@.kind == 'SUSPENDED')].reason.en", Matchers.contains("War in Gaza")))
                .andExpect(jsonPath("$.events[?(@.kind == 'SUSPENDED')].reason.ar", Matchers.contains("الحرب في غزة")));
    }

    @Test
    void anAgreementNotReleasedToTheCallerIsNotFound() throws Exception {
        long franceMorocco = inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select min(id) from agreements.agreement where 'FRA' = any(parties)")
                        .query(Long.class)
                        .single());
        mvc.perform(get("/api/v1/agreements/" + franceMorocco).session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/agreements/" + franceMorocco).session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agreements/" + franceMorocco).session(signIn(mvc, "planner.fra")))
                .andExpect(status().isOk());
    }

    @Test
    void badApiParametersAreAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/agreements?size=0&status=ASLEEP").session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("size", "status")));
    }

    @Test
    void theTimelineShowsTheRelationshipAsTheReaderMaySeeIt() throws Exception {
        String page = mvc.perform(get("/timeline?nations=ISR,MAR")
                        .session(signIn(mvc, "liaison.isr"))
                        .cookie(new Cookie("ENTENTE_LANG", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Diplomatic relations between Rabat and Tel Aviv restored")
                .contains("The war in Gaza begins")
                .contains("War in Gaza")
                .contains("Israel – Morocco Joint Military Committee");
        // Nothing of France in the entries (the filter names every nation, France among them).
        assertThat(page.substring(page.indexOf("<ol class=\"timeline\">"))).doesNotContain("France");
        assertThat(page.indexOf("Diplomatic relations")).isLessThan(page.indexOf("The war in Gaza begins"));
        String contextOnly = mvc.perform(get("/timeline?nations=ISR,MAR&kind=CONTEXT&from=2023")
                        .session(signIn(mvc, "liaison.isr"))
                        .cookie(new Cookie("ENTENTE_LANG", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(contextOnly).contains("The war in Gaza begins").doesNotContain("Diplomatic relations between");
        // Issue 16, Bad input: a year in Arabic-Indic digits is accepted as the same year.
        String arabicDigits = mvc.perform(get("/timeline?nations=ISR,MAR&kind=CONTEXT&from=٢٠٢٣")
                        .session(signIn(mvc, "liaison.isr"))
                        .cookie(new Cookie("ENTENTE_LANG", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(arabicDigits).contains("The war in Gaza begins").doesNotContain("Diplomatic relations between");
        mvc.perform(get("/timeline?nations=ISR,XXX").session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theHomePageRemindsOfTermsEndingWithinNinetyDaysOnlyToThoseWhoMaySeeThem() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        List<String> host = HOST.run(() -> agreements.termsEndingWithin(HOST, today, 90).stream()
                .map(a -> a.title().in(java.util.Locale.ENGLISH))
                .toList());
        assertThat(host).contains("France – Morocco technical arrangement on military training");
        var liaison = new SystemSubject("liaison-test", "ISR", Classification.RESTRICTED);
        List<String> israeli = liaison.run(() -> agreements.termsEndingWithin(liaison, today, 90).stream()
                .map(a -> a.title().in(java.util.Locale.ENGLISH))
                .toList());
        assertThat(israeli).doesNotContain("France – Morocco technical arrangement on military training");
    }

    @Test
    void theDatabaseHidesWhatAQueryForgetsToFilter() {
        var liaison = new SystemSubject("rls-test", "ISR", Classification.RESTRICTED);
        long franceMorocco = inTransaction(
                transactions,
                liaison,
                () -> sql.sql("select count(*) from agreements.agreement where 'FRA' = any(parties)")
                        .query(Long.class)
                        .single());
        assertThat(franceMorocco).isZero();
        long suspensionsSeen = inTransaction(
                transactions,
                liaison,
                () -> sql.sql("select count(*) from agreements.agreement_event where kind = 'SUSPENDED'")
                        .query(Long.class)
                        .single());
        assertThat(suspensionsSeen).isPositive();
        assertThat(sql.sql("select count(*) from agreements.agreement")
                        .query(Long.class)
                        .single())
                .as("nobody signed in")
                .isZero();
        assertThat(sql.sql("select count(*) from agreements.context_event")
                        .query(Long.class)
                        .single())
                .as("nobody signed in")
                .isZero();
        assertThat(sql.sql("""
                        select string_agg(relname, ',' order by relname) from pg_class
                         where relnamespace = 'agreements'::regnamespace and relkind = 'r'
                           and relrowsecurity and relforcerowsecurity""").query(String.class).single()).isEqualTo("agreement,agreement_event,context_event");
    }

    @Test
    void aPlannerCreatesAnAgreementSignedAndAuditedInOneGo() throws Exception {
        String title = "Created agreement " + System.nanoTime();
        String location = mvc.perform(creation(
                        signIn(mvc, "planner.mar"),
                        "en",
                        "title.en",
                        title,
                        "signatoryNation[0]",
                        "MAR",
                        "signatoryName[0]",
                        "A. Signer",
                        "signatoryCapacity[0]",
                        "Minister",
                        "signatoryNation[1]",
                        "ESP",
                        "signatoryName[1]",
                        "B. Signer",
                        "signatoryCapacity[1]",
                        "Minister"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/agreements/".length()));
        assertThat(statusOf(id)).isEqualTo("SIGNED");
        assertThat(eventCount(id)).isOne();
        String owner = inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select owner_nation from agreements.agreement where id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
        assertThat(owner).isEqualTo("MAR");
        assertThat(sql.sql("select count(*) from audit.event where action = 'agreements.agreement.create'"
                                + " and object_id = ? and outcome = 'SUCCESS'")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theSignatoriesAreRowsWhosePartyIsChosenByNameAndWhoseCapacityIsInTheReadersLanguage() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String form = mvc.perform(get("/agreements/new").session(planner).cookie(new Cookie("ENTENTE_LANG", "ar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Two rows, a party chosen by its name in a list (the reader's own nation first), no code typed.
        assertThat(form).contains("name=\"signatoryNation[1]\"").doesNotContain("name=\"signatoryNation[2]\"");
        assertThat(form).containsPattern("<option value=\"MAR\" selected>المغرب</option>");
        assertThat(form)
                .contains("الصفة (بالعربية)")
                .doesNotContain("MAR;")
                .doesNotContain("<textarea id=\"signatories\"");

        // Adding a row and removing one stores nothing and keeps what was typed.
        long before = agreementCount();
        String added = mvc.perform(creation(
                        planner, "ar", "signatoryName[0]", "أ. الموقع", "signatoryName[1]", "", "addSignatory", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(added).contains("name=\"signatoryName[2]\"").contains("value=\"أ. الموقع\"");
        String removed = mvc.perform(creation(
                        planner,
                        "ar",
                        "signatoryName[0]",
                        "أ. الموقع",
                        "signatoryName[1]",
                        "ب. الموقع",
                        "signatoryName[2]",
                        "ج. الموقع",
                        "removeSignatory",
                        "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(removed).contains("value=\"ج. الموقع\"").doesNotContain("ب. الموقع");
        assertThat(agreementCount()).isEqualTo(before);

        // A signatory for a nation that is not a party, or without a capacity: refused by field, nothing stored.
        mvc.perform(creation(
                        planner,
                        "ar",
                        "signatoryNation[0]",
                        "ISR",
                        "signatoryName[0]",
                        "أ. الموقع",
                        "signatoryCapacity[0]",
                        "وزير الدفاع"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("يحتاج كل موقّع إلى طرف من الأطراف واسم وصفة.")))
                .andExpect(content().string(Matchers.containsString("href=\"#signatories\"")));
        mvc.perform(creation(planner, "ar", "signatoryNation[0]", "MAR", "signatoryName[0]", "أ. الموقع"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(creation(
                        planner,
                        "ar",
                        "signatoryNation[0]",
                        "MAR",
                        "signatoryName[0]",
                        "أ. \u202Bالموقع\u202C",
                        "signatoryCapacity[0]",
                        "وزير"))
                .andExpect(status().isUnprocessableContent());
        assertThat(agreementCount()).isEqualTo(before);

        // The capacity is kept as written in the reader's language.
        String location = mvc.perform(creation(
                        planner,
                        "ar",
                        "signatoryNation[0]",
                        "MAR",
                        "signatoryName[0]",
                        "أ. الموقع",
                        "signatoryCapacity[0]",
                        "وزير الدفاع",
                        "signatoryNation[1]",
                        "",
                        "signatoryName[1]",
                        " ",
                        "signatoryCapacity[1]",
                        ""))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/agreements/".length()));
        String stored = inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select signatories::text from agreements.agreement where id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
        assertThat(stored).contains("\"nation\": \"MAR\"").contains("\"capacities\": {\"ar\": \"وزير الدفاع\"}");
        assertThat(stored).doesNotContain("ESP");
    }

    /**
     * The page offers at most {@code AgreementForm.MAX_ROWS} signatory rows; a hand-made POST with
     * more, each row complete, is refused by field in the reader's language, whether it creates or
     * adds a row, shows no more rows than the page offers, and stores nothing.
     */
    @Test
    void moreSignatoryRowsThanThePageOffersAreRefusedByFieldAndNothingIsStored() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        long before = agreementCount();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i <= AgreementForm.MAX_ROWS; i++) {
            rows.addAll(List.of(
                    "signatoryNation[" + i + "]",
                    i % 2 == 0 ? "MAR" : "ESP",
                    "signatoryName[" + i + "]",
                    "Signer " + i,
                    "signatoryCapacity[" + i + "]",
                    "Minister"));
        }
        String refused = mvc.perform(creation(planner, "ar", rows.toArray(String[]::new)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("لا يتجاوز عدد الموقّعين 20 موقّعًا")
                .contains("href=\"#signatories\"")
                .contains("name=\"signatoryName[19]\"")
                .doesNotContain("name=\"signatoryName[20]\"");
        rows.addAll(List.of("addSignatory", "1"));
        mvc.perform(creation(planner, "en", rows.toArray(String[]::new)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("at most 20 signatories")));
        assertThat(agreementCount()).isEqualTo(before);
    }

    @Test
    void theApiCreatesAnAgreementAndAnswersWithTheRecord() throws Exception {
        String title = "API agreement " + System.nanoTime();
        mvc.perform(post("/api/v1/agreements")
                        .session(signIn(mvc, "planner.isr"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "PROTOCOL", "parties": ["ISR", "ESP"], "signedOn": "2025-03-01",
                                 "signedPlace": {"en": "Madrid"}, "title": {"en": "%s"}, "domains": ["AIR_DEFENCE"],
                                 "classification": "RESTRICTED", "releasableTo": ["ESP"], "illustrative": true}""".formatted(title)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title.en").value(title))
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.label.banner").value("RESTRICTED // REL TO ISR, ESP"))
                .andExpect(jsonPath("$.events[0].kind").value("SIGNED"));
    }

    @Test
    void eachBadFieldIsRefusedByNameInTheUsersLanguageAndNothingIsStored() throws Exception {
        long before = agreementCount();
        MockHttpSession planner = signIn(mvc, "planner.mar");
        mvc.perform(creation(planner, "en", "parties", "MAR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Parties: an agreement has two or more parties.")));
        mvc.perform(creation(planner, "en", "parties", "MAR, XYZ"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Parties: choose the nations from the list.")));
        mvc.perform(creation(planner, "en", "parties", "ESP, FRA"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(Matchers.containsString("Parties: your nation must be among the parties.")));
        mvc.perform(creation(planner, "fr", "title.en", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(Matchers.containsString("Titre: écrivez le titre dans au moins une langue.")));
        mvc.perform(creation(planner, "en", "classification", "SECRET"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Classification: you cannot classify above")));
        mvc.perform(creation(planner, "en", "domains", "NO_SUCH_DOMAIN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Cooperation domains: choose among")));
        long franceMorocco = inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select min(id) from agreements.agreement where 'FRA' = any(parties)")
                        .query(Long.class)
                        .single());
        mvc.perform(creation(
                        signIn(mvc, "planner.isr"),
                        "en",
                        "parties",
                        "ISR, MAR",
                        "parentId",
                        Long.toString(franceMorocco)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Parent agreement: choose a parent")));
        mvc.perform(post("/api/v1/agreements")
                        .session(planner)
                        .with(csrf())
                        .cookie(new Cookie("ENTENTE_LANG", "he"))
                        .header("Accept-Language", "he")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"PROTOCOL\", \"parties\": [\"MAR\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("parties", "title", "classification")));
        assertThat(agreementCount()).isEqualTo(before);
    }

    @Test
    void theIsraeliLiaisonMayNotCreateAnAgreement() throws Exception {
        long before = agreementCount();
        MockHttpSession liaison = signIn(mvc, "liaison.isr");
        mvc.perform(get("/agreements/new").session(liaison)).andExpect(status().isForbidden());
        mvc.perform(creation(liaison, "en", "parties", "ISR, MAR")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agreements")
                        .session(liaison)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        assertThat(agreementCount()).isEqualTo(before);
    }

    @Test
    void aContextEventIsListedByTheApiOnlyToThoseItIsReleasedTo() throws Exception {
        String ownOnly = "Host-only context " + System.nanoTime();
        String released = "Released context " + System.nanoTime();
        MockHttpSession planner = signIn(mvc, "planner.mar");
        mvc.perform(context(planner, "en", ownOnly, "ESP, MAR", "")).andExpect(status().isFound());
        mvc.perform(context(planner, "en", released, "ESP, MAR", "ISR")).andExpect(status().isFound());
        String host = mvc.perform(
                        get("/api/v1/context-events?nations=ESP,MAR&size=200").session(planner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(host).contains(ownOnly).contains(released);
        String liaison = mvc.perform(
                        get("/api/v1/context-events?nations=MAR,ESP&size=200").session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(liaison).contains(released).doesNotContain(ownOnly);
        JsonNode list = JsonMapper.builder().build().readTree(liaison);
        assertThat(list.get("total").asLong()).isEqualTo(list.get("items").size());
        mvc.perform(get("/api/v1/context-events?nations=ISR,XYZ").session(planner))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nations"));
    }

    @Test
    void aContextEventOfOneNationOrFromTheLiaisonIsRefused() throws Exception {
        String text = "Refused context " + System.nanoTime();
        mvc.perform(context(signIn(mvc, "planner.mar"), "en", text, "MAR", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(Matchers.containsString("Nations: a context event concerns two or more nations.")));
        mvc.perform(context(signIn(mvc, "liaison.isr"), "en", text, "ISR, MAR", ""))
                .andExpect(status().isForbidden());
        long stored = inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select count(*) from agreements.context_event where text ->> 'en' = ?")
                        .param(text)
                        .query(Long.class)
                        .single());
        assertThat(stored).isZero();
    }

    private MockHttpServletRequestBuilder context(
            MockHttpSession session, String language, String text, String nations, String releasableTo) {
        return post("/context-events")
                .session(session)
                .with(csrf())
                .cookie(new Cookie("ENTENTE_LANG", language))
                .param("timeline", "ESP,MAR")
                .param("date", "2025-04-04")
                .param("nations", nations)
                .param("text.en", text)
                .param("source.en", "Test")
                .param("classification", "RESTRICTED")
                .param("releasableTo", releasableTo)
                .param("illustrative", "on");
    }

    @Test
    void anAdministratorAddsRenamesAndRetiresADomainAndARetiredOneIsRefusedForNewAgreements() throws Exception {
        String code = "TEST_"
                + Long.toString(System.nanoTime())
                        .chars()
                        .mapToObj(c -> Character.toString('A' + c - '0'))
                        .collect(java.util.stream.Collectors.joining());
        MockHttpSession admin = signIn(mvc, "admin.mar");
        mvc.perform(post("/admin/domains")
                        .session(admin)
                        .with(csrf())
                        .param("code", code)
                        .param("name.en", "Test domain")
                        .param("name.fr", "Domaine d’essai")
                        .param("name.ar", "مجال اختبار")
                        .param("name.he", "תחום בדיקה"))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/domains")
                        .session(admin)
                        .with(csrf())
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .param("code", code)
                        .param("name.en", "Twice"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Code: this code is already used.")));
        mvc.perform(post("/admin/domains/" + code)
                        .session(admin)
                        .with(csrf())
                        .param("name.en", "Renamed domain")
                        .param("name.fr", "Domaine renommé")
                        .param("name.ar", "مجال معاد تسميته")
                        .param("name.he", "תחום ששמו שונה"))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/domains").session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.items[?(@.code == '" + code + "')].name.en", Matchers.contains("Renamed domain")));
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String location = mvc.perform(creation(planner, "en", "domains", code, "title.en", "Domain test"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post("/admin/domains/" + code + "/retire").session(admin).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/domains/" + code + "/retire").session(planner).with(csrf()))
                .andExpect(status().isForbidden());
        long before = agreementCount();
        mvc.perform(creation(planner, "en", "domains", code))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Cooperation domains: choose among")));
        assertThat(agreementCount()).isEqualTo(before);
        mvc.perform(get("/api/v1/agreements/" + location.substring("/agreements/".length()))
                        .session(planner))
                .andExpect(jsonPath("$.domains", Matchers.contains(code)));
        mvc.perform(get("/api/v1/domains").session(planner))
                .andExpect(jsonPath("$.items[?(@.code == '" + code + "')].retired", Matchers.contains(true)));
    }

    /** A valid creation from MAR with Spain, but for the fields given as name, value pairs. */
    private MockHttpServletRequestBuilder creation(MockHttpSession session, String language, String... fields) {
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("kind", "MEMORANDUM_OF_UNDERSTANDING");
        form.put("parties", "MAR, ESP");
        form.put("title.en", "Refused agreement");
        form.put("signedOn", "2025-05-05");
        form.put("signedPlace.en", "Rabat");
        form.put("termYears", "5");
        form.put("domains", "AIR_DEFENCE");
        form.put("classification", "RESTRICTED");
        form.put("releasableTo", "ESP");
        form.put("illustrative", "on");
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/agreements").session(session).with(csrf()).cookie(new Cookie("ENTENTE_LANG", language));
        form.forEach(request::param);
        return request;
    }

    private long agreementCount() {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select count(*) from agreements.agreement")
                        .query(Long.class)
                        .single());
    }

    private MockHttpServletRequestBuilder event(MockHttpSession session, String kind, String date, String reason) {
        return event(session, kind, date, reason, "en");
    }

    private MockHttpServletRequestBuilder event(
            MockHttpSession session, String kind, String date, String reason, String language) {
        return post("/agreements/" + agreement + "/events")
                .session(session)
                .with(csrf())
                .cookie(new Cookie("ENTENTE_LANG", language))
                .param("kind", kind)
                .param("date", date)
                .param("reason.en", reason)
                .param("note.en", "");
    }

    private String statusOf(long id) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select status from agreements.agreement where id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
    }

    private int eventCount(long id) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select count(*) from agreements.agreement_event where agreement_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single());
    }
}
