package org.entente.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.PersonName;
import org.entente.shared.PersonNames;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts are people: every page that shows who did something names the person the account belongs
 * to, in the reader's language, and never the login name; names are multilingual like titles.
 */
@DemoApplicationTest
class PeopleNamesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PersonNames names;

    @Autowired
    org.entente.identity.Accounts accounts;

    @Test
    void theHomePageGreetsThePersonInTheReadersLanguageNotTheLogin() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String arabic = page("/", planner, "ar");
        assertThat(arabic).contains("مرحبًا، هشام بنسليمان").doesNotContain("planner.mar");
        assertThat(page("/", planner, "he")).contains("הישאם בן סלימאן").doesNotContain("planner.mar");
        assertThat(page("/", planner, "fr")).contains("Bienvenue, Hicham Ben Slimane");
    }

    /**
     * An account linked to no person (a test's) is not greeted as «ممثل (المغرب)», the name that stands
     * for a partner's representative the reader may not know: the header says the account is linked to
     * no one, the greeting names no one.
     */
    @Test
    void anAccountLinkedToNoPersonIsNotCalledARepresentativeOfItsNation() throws Exception {
        String username = "nobody." + java.util.UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new org.entente.identity.NewAccount(
                username, "a long enough pass phrase", "MAR", Classification.RESTRICTED, "ar", false, false, false));
        MockHttpSession session = signIn(mvc, username, "a long enough pass phrase");
        String arabic = page("/", session, "ar");
        assertThat(arabic)
                .contains("<strong>حساب غير مرتبط بشخص</strong>")
                .contains("<h1>مرحبًا</h1>")
                .doesNotContain("ممثل (")
                .doesNotContain(username);
        assertThat(page("/", session, "he")).contains("חשבון שאינו מקושר לאדם").doesNotContain("נציג (");
    }

    @Test
    void theThirdSessionsMinutesAreSignedByTheCoChairsNamesAndFunctions() throws Exception {
        long jmc = id("select id from committees.committee where code = 'JMC-ISR-MAR'");
        MockHttpSession israeli = signIn(mvc, "planner.isr");
        String hebrew = page("/committees/" + jmc + "/sessions/3/minutes", israeli, "he");
        assertThat(hebrew)
                .contains("אלוף־משנה איתן לוי, ראש ענף תכנון שיתופי הפעולה, אגף התכנון")
                .contains("אלוף־משנה הישאם בן סלימאן")
                .doesNotContain("planner.isr")
                .doesNotContain("planner.mar");
        MockHttpSession moroccan = signIn(mvc, "planner.mar");
        assertThat(page("/committees/" + jmc + "/sessions/3/minutes/print", moroccan, "ar"))
                .contains("كولونيل إيتان ليفي، رئيس فرع تخطيط التعاون بمديرية التخطيط")
                .doesNotContain("planner.isr");

        // The API carries the person's names in every language and the nation, not the login.
        String answer = mvc.perform(
                        get("/api/v1/committees/" + jmc + "/sessions/3").session(moroccan))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var signatures = JSON.readTree(answer).get("signatures");
        assertThat(signatures.findValuesAsString("nation")).contains("ISR", "MAR");
        assertThat(signatures.toString()).contains("\"ar\":\"إيتان ليفي\"").doesNotContain("planner.isr");
    }

    @Test
    void theSignedPlanShowsItsSignatoriesInTheReadersLanguage() throws Exception {
        long plan = id("select id from workplans.plan where committee_code = 'JMC-ISR-MAR' and year = 2026");
        String arabic = page("/workplans/" + plan, signIn(mvc, "planner.mar"), "ar");
        // A person's name, then the function they signed in as co-chair; no "(صفة)" marker in a name.
        assertThat(arabic)
                .contains("جيل هارئيل")
                .contains("رئيس شعبة التعاون الدولي، رئيس مشارك")
                .contains("رشيد بناني")
                .contains("مدير التعاون الدولي، رئيس مشارك")
                .doesNotContain("(صفة)")
                .doesNotContain("Co-chair");
    }

    @Test
    void noDemoPersonIsNamedByTheirFunction() {
        // The people page shows a name, then the function: never the same words twice in a language.
        assertThat(id("select count(*) from partners.person p, jsonb_each_text(p.name) n"
                        + " where p.illustrative and p.position ->> n.key = n.value"))
                .isZero();
        assertThat(id("select count(*) from partners.person where illustrative and position <> '{}'::jsonb"))
                .isEqualTo(15);
    }

    @Test
    void hebrewRanksJoinTheirWordsWithTheMaqafNotAHyphen() {
        // "אלוף-משנה" with an ASCII hyphen breaks at the hyphen in a narrow cell; the maqaf (U+05BE) is
        // Hebrew's own joiner, and a line is not broken after it.
        assertThat(id("select count(*) from partners.person where illustrative and rank ->> 'he' ~ '[א-ת]-[א-ת]'"))
                .isZero();
        assertThat(id("select count(*) from partners.person where illustrative and rank ->> 'he' like '%־%'"))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void theFranceMoroccoSessionsNameTheirHeadsOfDelegationAsPeople() throws Exception {
        long cmm = id("select id from committees.committee where code = 'CMM-FRA-MAR'");
        assertThat(id("select count(*) from committees.delegate d join committees.session s on s.id = d.session_id"
                        + " where s.committee_id = " + cmm + " and s.number in (22, 23) and d.role = 'HEAD'"
                        + " and d.person_id is null"))
                .as("heads of delegation of the 22nd and 23rd sessions not linked to a person")
                .isZero();
        String french = page("/committees/" + cmm + "/sessions/23", signIn(mvc, "planner.fra"), "fr");
        assertThat(french)
                .contains("Laurent Mercier")
                .contains("Sous-chef d’état-major des armées")
                .contains("Abdelaziz Chraïbi");
        String arabic = page("/committees/" + cmm + "/sessions/22", signIn(mvc, "planner.mar"), "ar");
        assertThat(arabic)
                .contains("لوران ميرسيي")
                .contains("عبد العزيز الشرايبي")
                .contains("مفتش، القيادة العامة");
    }

    @Test
    void theCommitteePageNamesThePeopleWhoHoldTheCoChairs() throws Exception {
        long jmc = id("select id from committees.committee where code = 'JMC-ISR-MAR'");
        String hebrew = coChairs(page("/committees/" + jmc, signIn(mvc, "planner.isr"), "he"));
        assertThat(hebrew)
                .contains("גיל הראל")
                .contains("תת־אלוף")
                .contains("ראש החטיבה לשיתוף פעולה בינלאומי")
                .contains("רשיד בנאני")
                .contains("מנהל שיתוף הפעולה הבינלאומי");
        String arabic = coChairs(page("/committees/" + jmc, signIn(mvc, "planner.mar"), "ar"));
        assertThat(arabic).contains("رشيد بناني").contains("جيل هارئيل").contains("مدير التعاون الدولي");
        // The API gives each chair's holder as a person record.
        String answer = mvc.perform(get("/api/v1/committees/" + jmc).session(signIn(mvc, "planner.mar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JSON.readTree(answer).get("coChairs").findValues("personId")).allMatch(node -> node.isNumber());
    }

    @Test
    void theUnitedStatesMoroccoCommitteeNamesItsCoChairsAndHeadsAsPeople() throws Exception {
        long dcc = id("select id from committees.committee where code = 'DCC-MAR-USA'");
        assertThat(id("select count(*) from committees.delegate d join committees.session s on s.id = d.session_id"
                        + " where s.committee_id = " + dcc + " and s.number in (12, 13) and d.role = 'HEAD'"
                        + " and d.person_id is not null"))
                .as("heads of delegation of the 12th and 13th sessions linked to a person")
                .isEqualTo(4);
        assertThat(id("select count(*) from committees.committee c, jsonb_array_elements(c.co_chairs) chair"
                        + " where c.id = " + dcc + " and chair ->> 'person' is not null"))
                .as("co-chairs held by a person")
                .isEqualTo(2);
        String english = coChairs(page("/committees/" + dcc, signIn(mvc, "planner.mar"), "en"));
        assertThat(english)
                .contains("Mr")
                .contains("Daniel Whitaker")
                .contains("Deputy Assistant Secretary of Defense for African Affairs")
                .contains("Brigadier General")
                .contains("Omar Benjelloun");
        String arabic = coChairs(page("/committees/" + dcc, signIn(mvc, "planner.mar"), "ar"));
        assertThat(arabic).contains("دانيال ويتاكر").contains("عمر بنجلون").contains("جنرال دو بريكاد");
        // The session pages name the heads of delegation (the minutes' procès-verbal reads the same delegates).
        String session = page("/committees/" + dcc + "/sessions/13", signIn(mvc, "planner.mar"), "fr");
        assertThat(session).contains("Daniel Whitaker").contains("Omar Benjelloun");
        String hebrew = page("/committees/" + dcc + "/sessions/12", signIn(mvc, "planner.mar"), "he");
        assertThat(hebrew).contains("דניאל ויטאקר").contains("עומאר בנג׳לון").contains("מר");
        // Invented, and marked so: both are flagged illustrative, as every demo person is.
        assertThat(id("select count(*) from partners.person where illustrative and name ->> 'en'"
                        + " in ('Daniel Whitaker', 'Omar Benjelloun')"))
                .isEqualTo(2);
    }

    /** The co-chair lines of a committee page. */
    private static String coChairs(String page) {
        var lines = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile(
                        "<dd class=\"co-chair\">(.*?)</dd>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        while (matcher.find()) {
            lines.append(matcher.group(1)).append('\n');
        }
        return lines.toString();
    }

    @Test
    void aReaderWhoMayNotReadThePersonSeesOnlyTheNation() {
        // viewer.mar's person is Morocco's only: an Israeli reader learns the nation, not the name.
        var israeli = new SystemSubject("reader", "ISR", Classification.SECRET);
        PersonName hidden = inTransaction(transactions, israeli, () -> names.ofAccount(israeli, "viewer.mar"));
        assertThat(hidden.named()).isFalse();
        assertThat(hidden.nation()).isEqualTo("MAR");
        PersonName known = inTransaction(transactions, HOST, () -> names.ofAccount(HOST, "viewer.mar"));
        assertThat(known.name().values()).containsEntry("ar", "سلمى الإدريسي");
    }

    @Test
    void aNameCarryingDirectionControlsIsRefusedByFieldAndJoinersAreKept() throws Exception {
        MockHttpSession admin = signIn(mvc, "admin.mar");
        long before = id("select count(*) from partners.person");
        String refused = mvc.perform(post("/people")
                        .session(admin)
                        .with(csrf())
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .param("name.en", "Ben \u202BSlimane")
                        .param("nation", "MAR")
                        .param("classification", "UNCLASSIFIED"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("Name: remove the invisible direction controls");
        mvc.perform(post("/people")
                        .session(admin)
                        .with(csrf())
                        .param("name.ar", "\u2067بنسليمان")
                        .param("nation", "MAR")
                        .param("classification", "UNCLASSIFIED"))
                .andExpect(status().isUnprocessableContent());
        assertThat(id("select count(*) from partners.person")).isEqualTo(before);

        String joined = "بن\u200Cسليمان " + System.nanoTime();
        mvc.perform(post("/people")
                        .session(admin)
                        .with(csrf())
                        .param("name.ar", joined)
                        .param("nation", "MAR")
                        .param("classification", "SECRET"))
                .andExpect(status().isFound());
        assertThat(id("select count(*) from partners.person where name ->> 'ar' = '" + joined + "'"))
                .isOne();
    }

    private String page(String path, MockHttpSession session, String language) throws Exception {
        return mvc.perform(get(path).session(session).cookie(new Cookie("ENTENTE_LANG", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long id(String query) {
        return inTransaction(
                transactions, HOST, () -> sql.sql(query).query(Long.class).single());
    }
}
