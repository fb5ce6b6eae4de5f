package org.entente.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.JOINT_COMMITTEE;
import static org.entente.support.Personas.committeeId;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Pattern;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Latin names and login codes inserted into Arabic and Hebrew sentences are direction-isolated in
 * the page: the signatories' names and capacities in {@code <bdi>} (so "(Minister of Defense)" keeps
 * its parentheses around it), the person who signed the minutes between FSI and PDI.
 */
@DemoApplicationTest
class BidiIsolationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void signatoriesAndSignersAreIsolatedInArabicAndHebrew() throws Exception {
        long agreement = inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select id from agreements.agreement where title->>'en' = ?")
                        .param(AgreementDocumentIT.ENGLISH_TITLE)
                        .query(Long.class)
                        .single());
        long committee = committeeId(transactions, sql, JOINT_COMMITTEE);
        for (String language : List.of("ar", "he")) {
            String page = page("/agreements/" + agreement, language);
            // The demo holds the signatory in four languages: the reader's form, each part isolated.
            assertThat(page)
                    .as(language)
                    .containsPattern(
                            language.equals("ar")
                                    ? "<bdi lang=\"ar\">بيني غانتس</bdi>\\s*\\(\\s*<bdi lang=\"ar\">وزير الدفاع</bdi>\\s*\\)"
                                    : "<bdi lang=\"he\">בני גנץ</bdi>\\s*\\(\\s*<bdi lang=\"he\">שר הביטחון</bdi>\\s*\\)");
            assertThat(Pattern.compile("<li>[^<]*: [^<(]*\\(").matcher(page).find())
                    .as("%s: a signatory written straight into the sentence", language)
                    .isFalse();
            String minutes = page("/committees/" + committee + "/sessions/3/minutes", language);
            assertThat(minutes)
                    .as("%s: the signer is a person, named between FSI and PDI, never the login", language)
                    .containsPattern("\u2068[^\u2069<]+\u2069")
                    .doesNotContain("planner.isr");
        }
    }

    @Test
    void theHomePageNamesTheLastSessionAsTheSessionPageDoes() throws Exception {
        String home = page("/", "ar");
        assertThat(home).contains("آخر انعقاد: الدورة ");
        // Up to the tenth, Arabic spells the ordinal out ("الدورة الثالثة"), never "الدورة 3".
        assertThat(Pattern.compile("الدورة (10|[1-9])\\b").matcher(home).find()).isFalse();
    }

    /**
     * One form of session ordinals everywhere (issue 16, Must have 6): the session page's action items
     * ("الدورة 3، القرار 1") and the signed plan ("الدورة 3 · 8 دجنبر 2025") spelled it in digits.
     */
    @Test
    void theSessionAndPlanPagesSpellTheOrdinalAsEveryOtherPageDoes() throws Exception {
        long committee = id("select id from committees.committee where code = 'JMC-ISR-MAR'");
        long plan = id("select id from workplans.plan where committee_code = 'JMC-ISR-MAR' and year = 2026");
        for (String path : List.of("/committees/" + committee + "/sessions/3", "/workplans/" + plan)) {
            String arabic = page(path, "ar");
            assertThat(arabic).as(path).contains("الدورة الثالثة");
            assertThat(Pattern.compile("الدورة (10|[1-9])\\b").matcher(arabic).find())
                    .as(path + ": a session up to the tenth in digits")
                    .isFalse();
            assertThat(page(path, "he")).as(path).contains("הישיבה השלישית");
        }
    }

    /**
     * The plan, session, agreement and project pages in Arabic and Hebrew, over the demo's mixed
     * content (English-only names, codes, digits): every code is isolated left to right, and no text
     * between two tags mixes the reader's script with Latin letters unless the value inserted is
     * isolated (FSI/LRI…PDI), apart from the few Latin words the messages themselves use.
     */
    @Test
    void everyInsertedValueIsIsolatedOnThePlanSessionAgreementAndProjectPages() throws Exception {
        long committee = id("select id from committees.committee where code = 'JMC-ISR-MAR'");
        List<String> paths = List.of(
                "/workplans/"
                        + id("select id from workplans.plan where committee_code = 'JMC-ISR-MAR' and year = 2026"),
                "/committees/" + committee + "/sessions/3",
                "/agreements/"
                        + id("select id from agreements.agreement where title->>'en' = '"
                                + AgreementDocumentIT.ENGLISH_TITLE.replace("'", "''") + "'"),
                "/projects/" + id("select id from projects.project where title->>'en' like '%Benslimane'"));
        var problems = new java.util.ArrayList<String>();
        for (String language : List.of("ar", "he")) {
            for (String path : paths) {
                String page = page(path, language);
                for (String problem : DomIsolation.problems(page)) {
                    problems.add(language + " " + path + ": " + problem);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private long id(String query) {
        return inTransaction(
                transactions, HOST, () -> sql.sql(query).query(Long.class).single());
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(
                        get(path).cookie(new Cookie("ENTENTE_LANG", language)).session(signIn(mvc, "planner.mar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
