package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tests' demo accounts sign in on a cheap hash ({@code support.CheapDemoPasswords}); every
 * other password is hashed at the production parameters, and this is where that is checked.
 */
@DemoApplicationTest
class ProductionPasswordHashIT {

    /** Spring Security's Argon2 defaults (5.8): 16 MiB, 2 passes, one lane. */
    private static final String PRODUCTION = "$argon2id$v=19$m=16384,t=2,p=1$";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient sql;

    @Test
    void aNewPasswordIsHashedAtTheProductionParametersAndSignsIn() throws Exception {
        String username = "hash" + UUID.randomUUID().toString().substring(0, 6) + ".mar";
        accounts.create(new NewAccount(
                username, "a long enough pass phrase", "MAR", Classification.RESTRICTED, "en", false, false, false));

        assertThat(hashOf(username)).startsWith(PRODUCTION);
        mvc.perform(get("/").session(signIn(mvc, username, "a long enough pass phrase")))
                .andExpect(status().isOk());
    }

    @Test
    void onlyTheDemoAccountsOfTheTestsHaveTheCheapHash() {
        for (var persona : Personas.Persona.values()) {
            assertThat(hashOf(persona.username())).as(persona.username()).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
        }
    }

    private String hashOf(String username) {
        return sql.sql("select password_hash from identity.account where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }
}
