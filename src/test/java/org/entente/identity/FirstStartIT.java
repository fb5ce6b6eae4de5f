package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A first start without the demo: one administrator who must choose a password, and no demo accounts. */
@NoDemoApplicationTest
class FirstStartIT {

    @Autowired
    JdbcClient sql;

    @Autowired
    MockMvc mvc;

    @Test
    void createsOneAdministratorWithAOneTimePasswordAndNoDemoAccounts() {
        var accounts = sql.sql("select username, administrator, must_change_password, nation from identity.account")
                .query((rs, n) ->
                        rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3) + " " + rs.getString(4))
                .list();
        assertThat(accounts).containsExactly("admin true true MAR");
    }

    @Test
    void healthSaysUpWithLivenessAndReadiness() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void theErrorPageShowsNoStackTrace() throws Exception {
        mvc.perform(get("/login").param("error", "")).andExpect(status().isOk());
        mvc.perform(get("/no-such-page").header("Accept-Language", "en")).andExpect(status().isFound());
        mvc.perform(get("/css/nothing.css"))
                .andExpect(status().isNotFound())
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
    }
}
