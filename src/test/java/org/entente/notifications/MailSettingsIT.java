package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The e-mail choice on the notifications page: bad input is refused with the field named, in the
 * reader's language, and changes nothing that was saved.
 */
@DemoApplicationTest
class MailSettingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        MockHttpSession viewer = signIn(mvc, "viewer.mar");
        assertThat(save(viewer, "viewer.mar@example.org", "DAILY").getResponse().getStatus())
                .isEqualTo(302);
        List<String> saved = setting();
        assertThat(saved).containsExactly("viewer.mar@example.org", "DAILY");

        record Bad(String address, String choice, String message) {}
        for (Bad bad : List.of(
                new Bad("not an address", "IMMEDIATE", "E-mail address: write it as name@example.org"),
                new Bad("a".repeat(250) + "@example.org", "IMMEDIATE", "E-mail address: write it as name@example.org"),
                new Bad("line\nbreak@example.org", "IMMEDIATE", "E-mail address: write it as name@example.org"),
                new Bad("viewer.mar@example.org", "WEEKLY", "Send me my notifications by e-mail: choose one"),
                new Bad("viewer.mar@example.org", "", "Send me my notifications by e-mail: choose one"))) {
            MvcResult refused = save(viewer, bad.address(), bad.choice());
            assertThat(refused.getResponse().getStatus()).as(bad.toString()).isEqualTo(422);
            assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .as(bad.toString())
                    .contains(bad.message())
                    .doesNotContain("Exception");
            assertThat(setting()).as("nothing changed by " + bad).isEqualTo(saved);
        }

        MvcResult french = mvc.perform(post("/notifications/mail")
                        .session(viewer)
                        .cookie(new Cookie("ENTENTE_LANG", "fr"))
                        .with(csrf())
                        .param("address", "pas une adresse")
                        .param("choice", "NONE"))
                .andReturn();
        assertThat(french.getResponse().getStatus()).isEqualTo(422);
        assertThat(french.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Adresse électronique");
        assertThat(setting()).isEqualTo(saved);
    }

    private MvcResult save(MockHttpSession session, String address, String choice) throws Exception {
        return mvc.perform(post("/notifications/mail")
                        .session(session)
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .with(csrf())
                        .param("address", address)
                        .param("choice", choice))
                .andReturn();
    }

    private List<String> setting() {
        return sql.sql("select address, choice from notifications.mail_setting where username = 'viewer.mar'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
    }
}
