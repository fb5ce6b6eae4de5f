package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.committees.CommitteeSummary;
import org.entente.committees.Committees;
import org.entente.committees.SessionSummary;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each demo account sees its own, predictable slice of the programme. */
@DemoApplicationTest
class HomePageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Committees committees;

    @ParameterizedTest(name = "{0} {1} sees {2}")
    @CsvSource({
        "MAR, SECRET,       CMM-FRA-MAR DCC-MAR-USA JMC-ISR-MAR PREP-MAR",
        "MAR, CONFIDENTIAL, CMM-FRA-MAR DCC-MAR-USA JMC-ISR-MAR PREP-MAR",
        "MAR, RESTRICTED,   CMM-FRA-MAR DCC-MAR-USA JMC-ISR-MAR",
        "MAR, UNCLASSIFIED, ''",
        "ISR, CONFIDENTIAL, JMC-ISR-MAR",
        "ISR, RESTRICTED,   JMC-ISR-MAR",
        "FRA, CONFIDENTIAL, CMM-FRA-MAR",
        "USA, SECRET,       DCC-MAR-USA",
        "DEU, SECRET,       ''"
    })
    void committeesAreCutByNationAndClearance(String nation, Classification clearance, String expected) {
        var reader = new SystemSubject("reader", nation, clearance);
        var codes = reader.run(() -> committees.visibleTo(reader)).stream()
                .map(CommitteeSummary::code)
                .toList();
        assertThat(String.join(" ", codes)).isEqualTo(expected);
    }

    @Test
    void theLastHeldSessionShownIsOneTheReaderMaySee() {
        var moroccan = new SystemSubject("reader", "MAR", Classification.CONFIDENTIAL);
        var prep = moroccan.run(() -> committees.visibleTo(moroccan)).stream()
                .filter(c -> c.code().equals("PREP-MAR"))
                .findFirst()
                .orElseThrow();
        assertThat(prep.lastSession().number()).isEqualTo(1);
        var israeli = new SystemSubject("reader", "ISR", Classification.RESTRICTED);
        var jmc = israeli.run(() -> committees.visibleTo(israeli)).get(0);
        assertThat(jmc.lastSession().number()).isEqualTo(3);
    }

    @Test
    void upcomingSessionsHideTheSecretOneFromAConfidentialReader() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        assertThat(upcoming("MAR", Classification.SECRET, from))
                .extracting(s -> s.number())
                .containsExactly(2, 4, 24, 14);
        assertThat(upcoming("MAR", Classification.CONFIDENTIAL, from))
                .extracting(s -> s.number())
                .containsExactly(4, 24, 14);
        assertThat(upcoming("FRA", Classification.CONFIDENTIAL, from))
                .extracting(s -> s.number())
                .containsExactly(24);
    }

    @Test
    void aPartnerSeesItsProgrammeOnlyUnderItsBanner() throws Exception {
        String page = homePage("liaison.isr", "en");
        assertThat(page).contains("Israel – Morocco Joint Military Committee");
        assertThat(page).doesNotContain("France – Morocco", "Defense Consultative", "preparation group");
        assertThat(page).contains("data-banner=\"RESTRICTED // REL TO MAR, ISR\"");
    }

    @Test
    void theHostPlannersPageIsMarkedForTheHostOnly() throws Exception {
        String page = homePage("planner.mar", "en");
        assertThat(page).contains("Israel – Morocco", "France – Morocco", "Defense Consultative", "preparation group");
        assertThat(page).contains("data-banner=\"CONFIDENTIAL // MAR\"");
    }

    @Test
    void aMoroccanReaderOfArabicGetsTheMoroccanMonthNames() throws Exception {
        String page = homePage("planner.mar", "ar");
        assertThat(page).contains("dir=\"rtl\"");
        // The third session, held in December 2025: دجنبر in Morocco, not ديسمبر.
        assertThat(page).contains("دجنبر 2025").doesNotContain("ديسمبر");
    }

    @Test
    void illustrativeRecordsAreMarkedAsSuch() throws Exception {
        assertThat(homePage("planner.mar", "en")).contains("Illustrative");
    }

    private List<SessionSummary> upcoming(String nation, Classification clearance, LocalDate from) {
        var reader = new SystemSubject("reader", nation, clearance);
        return reader.run(() -> committees.upcomingFor(reader, from, 10));
    }

    private String homePage(String username, String language) throws Exception {
        var session = signIn(mvc, username);
        return mvc.perform(get("/").session(session).cookie(new jakarta.servlet.http.Cookie("ENTENTE_LANG", language)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
