package org.entente.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.DemoApplicationTest;
import org.entente.agreements.Agreements;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.entente.support.TestAgreements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comments as each persona sees them: pages, API, counts and search. An Israel – Morocco activity
 * (RESTRICTED, released to Israel) carries a joint comment and a Moroccan internal remark; a France
 * – Morocco activity a French comment; a CONFIDENTIAL record released to Israel an Israeli comment.
 * planner.isr never sees the France – Morocco comment, liaison.isr (RESTRICTED) never the
 * CONFIDENTIAL one, and nobody outside Morocco the internal remark.
 */
@DemoApplicationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Watching watching;

    @Autowired
    Agreements agreements;

    @Autowired
    ApplicationEvents events;

    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    /** The Israel – Morocco activity, the France – Morocco one and a CONFIDENTIAL Israel – Morocco record. */
    private long joint;

    private long french;
    private String confidentialType;
    private long confidential;

    /** Words no demo record holds, one per comment, to search for. */
    private final String jointWord = word();

    private final String internalWord = word();
    private final String frenchWord = word();
    private final String confidentialWord = word();

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @BeforeAll
    void commentsOfEveryKind() throws Exception {
        var host = new SystemSubject("comments-it", "MAR", Classification.SECRET);
        host.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            joint = sql.sql("""
                            select min(a.id) from workplans.activity a join workplans.plan p on p.id = a.plan_id
                             where p.committee_code = 'JMC-ISR-MAR' and a.classification <= 1
                               and 'ISR' = any(a.releasable_to)""").query(Long.class).single();
            french = sql.sql("select id from workplans.plan where committee_code = 'CMM-FRA-MAR' and year = 2026")
                    .query(Long.class)
                    .single();
        }));
        // A CONFIDENTIAL record released to Israel (the demo has none): an agreement made for the test.
        confidentialType = "agreement";
        confidential = TestAgreements.add(
                agreements,
                transactions,
                "Confidential arrangement of the comments test",
                Classification.CONFIDENTIAL,
                "ISR");
        for (String persona : List.of(
                "planner.mar", "viewer.mar", "planner.isr", "liaison.isr", "planner.fra", "admin.isr", "auditor.mar")) {
            sessions.put(persona, signIn(mvc, persona));
        }
        comment("planner.mar", "activity", joint, "Joint remark " + jointWord + " for @planner.isr", false);
        comment("planner.mar", "activity", joint, "Internal remark " + internalWord, true);
        comment("planner.fra", "plan", french, "French remark " + frenchWord, false);
        comment("planner.isr", confidentialType, confidential, "Confidential remark " + confidentialWord, false);
    }

    private MvcResult comment(String persona, String type, long id, String body, boolean internal) throws Exception {
        // In English whatever language another test saved to the account: the refusals are read.
        var request = post("/comments/" + type + "/" + id)
                .session(sessions.get(persona))
                .cookie(new Cookie("ENTENTE_LANG", "en"))
                .with(csrf())
                .param("body", body);
        if (internal) {
            request.param("internal", "on");
        }
        return mvc.perform(request).andReturn();
    }

    private long lastComment() {
        return org.entente.support.Personas.inTransaction(
                transactions,
                org.entente.support.Personas.HOST,
                () -> sql.sql("select id from comments.comment order by id desc limit 1")
                        .query(Long.class)
                        .single());
    }

    private String page(String persona, String type, long id) throws Exception {
        return mvc.perform(get("/comments/" + type + "/" + id).session(sessions.get(persona)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String persona, String type, long id) throws Exception {
        return mvc.perform(get("/comments/" + type + "/" + id).session(sessions.get(persona)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** The API's answer: the total, or -status when refused. */
    private long apiTotal(String persona, String type, long id) throws Exception {
        var response = mvc.perform(
                        get("/api/v1/comments").param("record", type + ":" + id).session(sessions.get(persona)))
                .andReturn()
                .getResponse();
        if (response.getStatus() != 200) {
            return -response.getStatus();
        }
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8))
                .get("total")
                .asLong();
    }

    private long searchTotal(String persona, String word) throws Exception {
        String answer = mvc.perform(get("/api/v1/search").param("q", word).session(sessions.get(persona)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(answer).get("total").asLong();
    }

    private String notifications(String persona) throws Exception {
        return mvc.perform(get("/api/v1/me/notifications?size=200").session(sessions.get(persona)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aMentionTellsTheMentionedAndNoPartnerHearsOfTheInternalRemark() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(notifications("planner.isr"))
                        .contains("MENTIONED")
                        .contains(jointWord));
        for (String partner : List.of("planner.isr", "liaison.isr", "admin.isr", "planner.fra")) {
            assertThat(notifications(partner)).as(partner).doesNotContain(internalWord);
        }
        assertThat(notifications("planner.fra")).doesNotContain(jointWord);
        assertThat(notifications("planner.mar"))
                .as("the author is not told of their own comment")
                .doesNotContain(jointWord);
    }

    @Test
    void theMoroccanInternalRemarkIsSeenOnlyInMorocco() throws Exception {
        assertThat(page("planner.mar", "activity", joint)).contains(jointWord, internalWord);
        assertThat(page("viewer.mar", "activity", joint)).contains(jointWord, internalWord);
        for (String partner : List.of("planner.isr", "liaison.isr", "admin.isr")) {
            assertThat(page(partner, "activity", joint))
                    .as(partner)
                    .contains(jointWord)
                    .doesNotContain(internalWord);
            assertThat(apiTotal(partner, "activity", joint)).as(partner).isEqualTo(1);
            assertThat(searchTotal(partner, internalWord)).as(partner).isZero();
            assertThat(searchTotal(partner, jointWord)).as(partner).isEqualTo(1);
        }
        assertThat(apiTotal("planner.mar", "activity", joint)).isEqualTo(2);
        assertThat(searchTotal("planner.mar", internalWord)).isEqualTo(1);
        assertThat(status("planner.fra", "activity", joint)).isEqualTo(404);
        assertThat(apiTotal("planner.fra", "activity", joint)).isEqualTo(-404);
        assertThat(searchTotal("planner.fra", jointWord)).isZero();
    }

    @Test
    void israelNeverSeesAFranceMoroccoComment() throws Exception {
        assertThat(page("planner.fra", "plan", french)).contains(frenchWord);
        assertThat(page("planner.mar", "plan", french)).contains(frenchWord);
        for (String israeli : List.of("planner.isr", "liaison.isr", "admin.isr")) {
            assertThat(status(israeli, "plan", french)).as(israeli).isEqualTo(404);
            assertThat(apiTotal(israeli, "plan", french)).as(israeli).isEqualTo(-404);
            assertThat(searchTotal(israeli, frenchWord)).as(israeli).isZero();
        }
        assertThat(searchTotal("planner.fra", frenchWord)).isEqualTo(1);
    }

    @Test
    void theRestrictedLiaisonNeverSeesAConfidentialComment() throws Exception {
        assertThat(page("planner.isr", confidentialType, confidential)).contains(confidentialWord);
        assertThat(searchTotal("planner.isr", confidentialWord)).isEqualTo(1);
        assertThat(status("liaison.isr", confidentialType, confidential)).isEqualTo(404);
        assertThat(apiTotal("liaison.isr", confidentialType, confidential)).isEqualTo(-404);
        assertThat(searchTotal("liaison.isr", confidentialWord)).isZero();
        assertThat(page("viewer.mar", "activity", joint)).doesNotContain(confidentialWord);
    }

    @Test
    void htmlAndScriptsAreShownAsText() throws Exception {
        String word = word();
        MvcResult posted = comment(
                "planner.isr", "activity", joint, word + " <script>alert(1)</script> [x](javascript:alert(2))", false);
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        String page = page("planner.mar", "activity", joint);
        assertThat(page)
                .contains(word + " &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("javascript:alert");
    }

    @Test
    void refusedCommentsNameTheFieldAndStoreNothing() throws Exception {
        long before = apiTotal("planner.isr", "activity", joint);
        long moroccoBefore = apiTotal("planner.mar", "activity", joint);
        Map<String, String> refusals = Map.of(
                "   \u200f ",
                "write something",
                "a".repeat(CommentText.MAX_LENGTH + 1),
                "at most 10,000 characters",
                "hello @nobody.here",
                "@nobody.here is nobody with an account here",
                // planner.fra may not read an Israel – Morocco activity.
                "hello @planner.fra",
                "@planner.fra may not read this record");
        for (var refusal : refusals.entrySet()) {
            MvcResult result = comment("planner.isr", "activity", joint, refusal.getKey(), false);
            assertThat(result.getResponse().getStatus()).as(refusal.getValue()).isEqualTo(422);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .as(refusal.getValue())
                    .contains(refusal.getValue());
        }
        // An internal Moroccan remark may not mention an Israeli.
        MvcResult internal = comment("planner.mar", "activity", joint, "internal to @planner.isr", true);
        assertThat(internal.getResponse().getStatus()).isEqualTo(422);
        assertThat(apiTotal("planner.isr", "activity", joint)).isEqualTo(before);
        assertThat(apiTotal("planner.mar", "activity", joint)).isEqualTo(moroccoBefore);
    }

    @Test
    void theApiPostsAndRefusesInTheCallersLanguage() throws Exception {
        String word = word();
        var created = mvc.perform(post("/api/v1/comments")
                        .session(sessions.get("planner.isr"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"record\": \"activity:" + joint + "\", \"body\": \"" + word
                                + " @planner.mar\", \"internal\": false}"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode json = JSON.readTree(created.getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.get("record").asString()).isEqualTo("activity:" + joint);
        assertThat(json.get("label").get("owner").asString()).isNotBlank();
        var posted = events.stream(CommentPosted.class)
                .filter(e -> e.commentId() == json.get("id").asLong())
                .findFirst()
                .orElseThrow();
        assertThat(posted.mentionedAccounts()).containsExactly("planner.mar");
        // Issue 16: on the thread, the mention is the person's name linking to their page, which the reader may open.
        String thread = mvc.perform(get("/comments/activity/" + joint).session(sessions.get("planner.isr")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var link = java.util.regex.Pattern.compile(
                        "<a href=\"(/people/\\d+)\" class=\"mention\" data-mention=\"@planner.mar\"")
                .matcher(thread);
        assertThat(link.find()).as("the mention links to the person's page").isTrue();
        mvc.perform(get(link.group(1)).session(sessions.get("planner.isr")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        assertThat(posted.authorAccount()).isEqualTo("planner.isr");
        assertThat(posted.internal()).isFalse();

        var refused = mvc.perform(post("/api/v1/comments")
                        .session(sessions.get("planner.isr"))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"record\": \"activity:x\", \"body\": \"hi\"}"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("record");
    }

    @Test
    void onlyTheAuthorEditsAndEveryVersionStaysShown() throws Exception {
        String first = word();
        String second = word();
        comment("planner.mar", "activity", joint, "first " + first, false);
        long id = lastComment();
        var notAuthor = mvc.perform(post("/comments/" + id + "/versions")
                        .session(sessions.get("planner.isr"))
                        .with(csrf())
                        .param("body", "mine now"))
                .andReturn()
                .getResponse();
        assertThat(notAuthor.getStatus()).isEqualTo(403);
        var edited = mvc.perform(post("/comments/" + id + "/versions")
                        .session(sessions.get("planner.mar"))
                        .with(csrf())
                        .param("body", "second " + second))
                .andReturn()
                .getResponse();
        assertThat(edited.getStatus()).isEqualTo(302);
        String page = page("planner.isr", "activity", joint);
        assertThat(page)
                .contains("second " + second, "first " + first, "edited")
                .doesNotContain("mine now");
    }

    @Test
    void anEditTellsOnlyThoseItNewlyMentions() throws Exception {
        String first = word();
        String second = word();
        comment("planner.mar", "activity", joint, "first " + first + " for @admin.isr", false);
        long id = lastComment();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(notifications("admin.isr")).contains(first));
        var edited = mvc.perform(post("/comments/" + id + "/versions")
                        .session(sessions.get("planner.mar"))
                        .with(csrf())
                        .param("body", "second " + second + " for @admin.isr and @liaison.isr"))
                .andReturn()
                .getResponse();
        assertThat(edited.getStatus()).isEqualTo(302);
        assertThat(events.stream(CommentMentionsAdded.class)
                        .filter(e -> e.commentId() == id)
                        .map(CommentMentionsAdded::mentionedAccounts))
                .as("only the newly mentioned")
                .containsExactly(List.of("liaison.isr"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(notifications("liaison.isr")).contains(second));
        assertThat(notifications("admin.isr").split("\"record\":\"comment:" + id + "\"", -1))
                .as("the one mentioned before is not told again")
                .hasSize(2);
    }

    @Test
    void watchersAreThoseWhoWroteOrChoseAndMayStillRead() throws Exception {
        // planner.mar commented on the joint activity, planner.isr on the confidential record.
        assertThat(watching.watchersOf("activity", joint)).contains("planner.mar");
        assertThat(watching.watchersOf(confidentialType, confidential)).contains("planner.isr");
        var watched = mvc.perform(post("/watching/activity/" + joint)
                        .session(sessions.get("liaison.isr"))
                        .with(csrf())
                        .param("watch", "true"))
                .andReturn()
                .getResponse();
        assertThat(watched.getStatus()).isEqualTo(302);
        assertThat(watching.watchersOf("activity", joint)).contains("liaison.isr", "planner.mar");
        // Watching what one may not read is not found; a watch row of someone who may not read it
        // (written around the service) is not answered.
        assertThat(mvc.perform(post("/watching/plan/" + french)
                                .session(sessions.get("liaison.isr"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        sql.sql("insert into comments.watch (account, record_type, record_id) values ('liaison.isr', ?, ?)")
                .params(confidentialType, confidential)
                .update();
        assertThat(watching.watchersOf(confidentialType, confidential)).doesNotContain("liaison.isr");
        mvc.perform(post("/watching/activity/" + joint)
                .session(sessions.get("liaison.isr"))
                .with(csrf())
                .param("watch", "false"));
        assertThat(watching.watchersOf("activity", joint)).doesNotContain("liaison.isr");
    }

    @Test
    void theWatchersAreFoundInAFewStatementsWhateverTheirNumber() throws Exception {
        long watched = TestAgreements.add(
                agreements,
                transactions,
                "Watched arrangement of the comments test",
                Classification.UNCLASSIFIED,
                "ISR");
        // Every enabled account watches it, those who may not read it (France's) among them.
        sql.sql("""
                        insert into comments.watch (account, record_type, record_id)
                        select lower(username), 'agreement', ? from identity.account where enabled
                        on conflict do nothing""").param(watched).update();
        int audiences = sql.sql("select count(distinct (nation, clearance)) from identity.account where enabled")
                .query(Integer.class)
                .single();
        int candidates = sql.sql("select count(*) from identity.account where enabled")
                .query(Integer.class)
                .single();
        // The transaction's settings, the watch rows, the accounts, the settings read; then the record
        // once per nation and clearance (its settings and its look-up); the settings put back.
        int ceiling = 5 + 2 * audiences + 1;
        assertThat(3 * candidates)
                .as("a look-up per watcher (an account, then its own transaction's settings and the record)")
                .isGreaterThan(ceiling);
        var watchers = new java.util.ArrayList<String>();

        List<String> statements = org.entente.pages.StatementCounter.during(
                () -> watchers.addAll(watching.watchersOf("agreement", watched)));

        assertThat(watchers)
                .contains("planner.mar", "viewer.mar", "planner.isr", "liaison.isr")
                .doesNotContain("planner.fra");
        assertThat(statements)
                .as("statements for %d watchers in %d nations and clearances", watchers.size(), audiences)
                .hasSizeLessThanOrEqualTo(ceiling);
    }

    @Test
    void theSuggestionsOfferOnlyPeopleWhoMayReadTheRecord() throws Exception {
        String offered = mvc.perform(get("/comments/activity/" + joint + "/people")
                        .param("q", "planner")
                        .session(sessions.get("planner.isr")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(offered).contains("data-username=\"planner.mar\"", "data-username=\"planner.isr\"");
        assertThat(offered).doesNotContain("planner.fra");
    }
}
