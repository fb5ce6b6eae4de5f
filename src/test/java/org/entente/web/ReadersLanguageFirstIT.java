package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, Must have 1: "Forms put the reader's language first." Every form with a text in the four
 * languages offers the reader's own first: in Arabic the first such box is the Arabic one, in Hebrew
 * the Hebrew one (the agreement, committee, project, context-event, domain, session and plan forms
 * listed English or Arabic first whatever the reader's language).
 */
@DemoApplicationTest
class ReadersLanguageFirstIT {

    /** A box for a text in one language: an input or a text area carrying its language. */
    private static final Pattern TEXT_IN_A_LANGUAGE =
            Pattern.compile("<(?:input|textarea)\\b[^>]*\\blang=\"(ar|en|fr|he)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void everyMultilingualFormOffersTheReadersLanguageFirst() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        MockHttpSession admin = signIn(mvc, "admin.mar");
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("ar", "he", "fr")) {
            for (Object[] form : new Object[][] {
                {"/agreements/new", planner},
                {"/committees/new", planner},
                {"/projects/new", planner},
                {"/workplans", planner},
                {"/timeline?nations=ISR,MAR", admin},
                {"/admin/domains", admin},
                {"/people/new", admin},
                {"/organizations/new", admin},
            }) {
                String html = mvc.perform(get((String) form[0])
                                .session((MockHttpSession) form[1])
                                .cookie(new Cookie("ENTENTE_LANG", language)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                var first = TEXT_IN_A_LANGUAGE.matcher(html);
                if (!first.find()) {
                    wrong.add(form[0] + " in " + language + ": no text box in a language");
                } else if (!first.group(1).equals(language)) {
                    wrong.add(form[0] + " in " + language + ": " + first.group(1) + " first");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
