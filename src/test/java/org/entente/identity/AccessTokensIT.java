package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal access tokens on the real server (its own accounts; the records it creates are SECRET,
 * so no demo persona's counts change): created on the account page and shown once, stored
 * only as a hash, signing API requests in without a session, limited by scope, refused once
 * expired or revoked, audited throughout.
 */
@DemoApplicationTest
class AccessTokensIT {

    /** The password of this test's own accounts. */
    private static final String PASSWORD = "a long enough pass phrase";

    private static final Pattern SECRET = Pattern.compile("id=\"new-token\">(ent_[A-Za-z0-9_-]{43})<");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient sql;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTokenIsShownOnceStoredHashedAndSignsApiRequestsWithoutASession() throws Exception {
        String user = account("token.reader", false);
        MockHttpSession session = signIn(mvc, user, PASSWORD);
        String secret = create(
                session,
                "Reporting script",
                "READ",
                LocalDate.now(ZoneOffset.UTC).plusDays(30));
        assertThat(sql.sql(
                                "select count(*) from identity.access_token where token_hash = sha256(convert_to(?, 'UTF8'))")
                        .param(secret)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(sql.sql("select count(*) from identity.access_token t, identity.account a "
                                + "where a.id = t.account_id and a.username = ? and t.prefix = ?")
                        .params(user, secret.substring(0, 10))
                        .query(Long.class)
                        .single())
                .isOne();
        // The page lists it afterwards, without the secret.
        mvc.perform(get("/account/tokens").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Reporting script")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret))));

        HttpResponse<String> agreements = call("GET", "/api/v1/agreements", secret, null);
        assertThat(agreements.statusCode()).isEqualTo(200);
        assertThat(agreements.body()).contains("\"items\"").contains("\"total\"");
        assertThat(agreements.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(sql.sql("select last_used_at is not null from identity.access_token where prefix = ?")
                        .param(secret.substring(0, 10))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        mvc.perform(get("/account/tokens").session(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Never<"))));
        // A read-only token may not write, even with a body the API would accept.
        HttpResponse<String> write = call("POST", "/api/v1/organizations", secret, "{}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(write.body()).contains("may only read");
        assertThat(audited("identity.token.use", "DENIED", user)).isOne();
        assertThat(audited("identity.token.create", "SUCCESS", user)).isOne();
    }

    @Test
    void aWriteTokenWritesWithoutCsrfAndGetsTheSameValidationAsASession() throws Exception {
        String user = account("token.writer", true);
        String secret = create(
                signIn(mvc, user, PASSWORD),
                "Import",
                "WRITE",
                LocalDate.now(ZoneOffset.UTC).plusDays(1));
        HttpResponse<String> invalid = call("POST", "/api/v1/organizations", secret, "{}");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"errors\"").contains("\"field\"");
        HttpResponse<String> created = call("POST", "/api/v1/organizations", secret, """
                {"nation": "MAR", "kind": "UNIT", "name": {"en": "Token unit %d"}, "classification": "SECRET"}""".formatted(System.nanoTime()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void revokedExpiredUnknownAndMalformedTokensAreRefusedWith401AndAudited() throws Exception {
        String user = account("token.revoked", false);
        MockHttpSession session = signIn(mvc, user, PASSWORD);
        String revoked =
                create(session, "Old", "READ", LocalDate.now(ZoneOffset.UTC).plusDays(10));
        long id = sql.sql("select id from identity.access_token where prefix = ?")
                .param(revoked.substring(0, 10))
                .query(Long.class)
                .single();
        assertThat(call("GET", "/api/v1/nations", revoked, null).statusCode()).isEqualTo(200);
        mvc.perform(post("/account/tokens/" + id + "/revoke").session(session).with(csrf()))
                .andExpect(status().isFound());
        HttpResponse<String> refused = call("GET", "/api/v1/nations", revoked, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":401").contains("revoked");

        String expired =
                create(session, "Short", "READ", LocalDate.now(ZoneOffset.UTC).plusDays(1));
        sql.sql("update identity.access_token set expires_at = now() - interval '1 minute' where prefix = ?")
                .param(expired.substring(0, 10))
                .update();
        assertThat(call("GET", "/api/v1/nations", expired, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/nations", "ent_" + "x".repeat(43), null).statusCode())
                .isEqualTo(401);
        assertThat(call("GET", "/api/v1/nations", "not-a-token", null).statusCode())
                .isEqualTo(401);
        assertThat(audited("identity.token.revoke", "SUCCESS", user)).isOne();
        assertThat(sql.sql(
                                "select count(*) from audit.event where action = 'identity.token.use' "
                                        + "and outcome = 'DENIED' and actor = ? and details->>'reason' in ('revoked', 'expired')")
                        .param(user)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // Another user cannot revoke it: the token is absent for them.
        mvc.perform(post("/account/tokens/" + id + "/revoke")
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFormRefusesABadExpiryAndNamesTheFieldInTheUsersLanguage() throws Exception {
        String user = account("token.form", false);
        MockHttpSession session = signIn(mvc, user, PASSWORD);
        long before = sql.sql("select count(*) from identity.access_token")
                .query(Long.class)
                .single();
        mvc.perform(post("/account/tokens")
                        .session(session)
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("ENTENTE_LANG", "fr"))
                        .param("name", "Trop long")
                        .param("scope", "READ")
                        .param(
                                "expires",
                                LocalDate.now(ZoneOffset.UTC).plusYears(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Expire le : une date entre demain")));
        mvc.perform(post("/account/tokens")
                        .session(session)
                        .with(csrf())
                        .param("name", "Someone else's")
                        .param("scope", "READ")
                        .param("account", "viewer.mar")
                        .param(
                                "expires",
                                LocalDate.now(ZoneOffset.UTC).plusDays(5).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("only administrators issue tokens")));
        assertThat(sql.sql("select count(*) from identity.access_token")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theExpiryIsADayAsTheReaderWritesItInTheirLanguage() throws Exception {
        String user = account("token.days", false);
        MockHttpSession session = signIn(mvc, user, PASSWORD);
        var arabic = new jakarta.servlet.http.Cookie("ENTENTE_LANG", "ar");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        mvc.perform(get("/account/tokens").session(session).cookie(arabic))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + inArabic(today.plusDays(90)) + "\"")));
        LocalDate day = today.plusDays(40);
        mvc.perform(post("/account/tokens")
                        .session(session)
                        .with(csrf())
                        .cookie(arabic)
                        .param("name", "تقرير")
                        .param("scope", "READ")
                        .param("expires", inArabic(day))
                        .param("_days", "expires"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"new-token\"")));
        assertThat(sql.sql(
                                "select (expires_at at time zone 'UTC')::date from identity.access_token t, identity.account a "
                                        + "where a.id = t.account_id and a.username = ?")
                        .param(user)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(day.plusDays(1)); // valid through the day named, to its end
        // A day that is none is refused, naming the field, and shown back as typed.
        mvc.perform(post("/account/tokens")
                        .session(session)
                        .with(csrf())
                        .cookie(arabic)
                        .param("name", "تقرير آخر")
                        .param("scope", "READ")
                        .param("expires", "31 فبراير 2027")
                        .param("_days", "expires"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("ينتهي في: تاريخ بين الغد وسنة من اليوم.")))
                .andExpect(content().string(Matchers.containsString("value=\"31 فبراير 2027\"")));
    }

    /** A day as the pages write it for a Moroccan reader in Arabic ("7 مارس 2027"). */
    private static String inArabic(LocalDate day) {
        var format =
                com.ibm.icu.text.DateFormat.getInstanceForSkeleton("yMMMMd", new com.ibm.icu.util.ULocale("ar-MA"));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(
                java.util.Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @Test
    void anAdministratorIssuesATokenToAServiceAccountOfTheirNationOnly() throws Exception {
        String service = account("service.mar", false);
        MockHttpSession admin = signIn(mvc, account("token.admin", true), PASSWORD);
        String secret = createFor(
                admin,
                service,
                "Partner sync",
                "READ",
                LocalDate.now(ZoneOffset.UTC).plusDays(7));
        HttpResponse<String> users = call("GET", "/api/v1/agreements", secret, null);
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(sql.sql("select created_by from identity.access_token where prefix = ?")
                        .param(secret.substring(0, 10))
                        .query(String.class)
                        .single())
                .startsWith("token.admin");
        mvc.perform(post("/account/tokens")
                        .session(admin)
                        .with(csrf())
                        .param("name", "Foreign")
                        .param("scope", "READ")
                        .param("account", "planner.isr")
                        .param(
                                "expires",
                                LocalDate.now(ZoneOffset.UTC).plusDays(5).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("an account of your nation")));
    }

    private String create(MockHttpSession session, String name, String scope, LocalDate expires) throws Exception {
        return createFor(session, "", name, scope, expires);
    }

    private String createFor(MockHttpSession session, String account, String name, String scope, LocalDate expires)
            throws Exception {
        String page = mvc.perform(post("/account/tokens")
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("scope", scope)
                        .param("account", account)
                        .param("expires", expires.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("the new token on the page").isTrue();
        return secret.group(1);
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String account(String prefix, boolean administrator) {
        String username = prefix + "." + System.nanoTime() % 1_000_000_000;
        accounts.create(
                new NewAccount(username, PASSWORD, "MAR", Classification.SECRET, "en", administrator, false, false));
        return username;
    }

    private long audited(String action, String outcome, String actorOrAccount) {
        return sql.sql("select count(*) from audit.event where action = ? and outcome = ? "
                        + "and (actor = ? or details->>'account' = ?)")
                .params(action, outcome, actorOrAccount, actorOrAccount)
                .query(Long.class)
                .single();
    }
}
