package org.entente.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.DemoApplicationTest;
import org.entente.agreements.Agreements;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The committee page names the agreement a committee is established under (issue 16: it said "the
 * agreement"): its title in the reader's language, linked, for a reader who may read it; for one who
 * may not, that there is one, without its title or a link.
 */
@DemoApplicationTest
class CommitteeAgreementIT {

    private static final String TITLE_AR = "ترتيب تقني مغربي فرنسي بشأن التكوين العسكري";
    private static final String TITLE_EN = "France – Morocco technical arrangement on military training";

    @Autowired
    MockMvc mvc;

    @Autowired
    Committees committees;

    @Autowired
    Agreements agreements;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theAgreementIsNamedToWhoMayReadItAndOnlySaidToExistToOthers() throws Exception {
        // The French arrangement is released to France only; the committee under it, to Israel too.
        long arrangement = inTransaction(
                transactions,
                HOST,
                () -> agreements.visibleTo(HOST, Agreements.Filter.NONE).stream()
                        .filter(a -> TITLE_EN.equals(a.title().values().get("en")))
                        .findFirst()
                        .orElseThrow()
                        .id());
        long committee = inTransaction(
                transactions,
                HOST,
                () -> committees.add(new NewCommittee(
                        "TEST-" + UUID.randomUUID().toString().substring(0, 8),
                        CommitteeKind.WORKING_GROUP,
                        LocalizedText.of("en", "Training working group"),
                        List.of("ISR", "MAR"),
                        arrangement,
                        true,
                        new Label(Classification.RESTRICTED, "MAR", Set.of("ISR")))));

        String moroccan = page(committee, "planner.mar", "ar");
        assertThat(moroccan)
                .contains("href=\"/agreements/" + arrangement + "\"")
                .contains(TITLE_AR)
                .doesNotContain(">الاتفاق</a>");

        String israeli = page(committee, "planner.isr", "en");
        assertThat(israeli)
                .contains("an agreement you may not read")
                .doesNotContain(TITLE_EN)
                .doesNotContain("/agreements/" + arrangement);
    }

    private String page(long committee, String user, String language) throws Exception {
        return mvc.perform(get("/committees/" + committee)
                        .session(signIn(mvc, user))
                        .cookie(new Cookie("ENTENTE_LANG", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
