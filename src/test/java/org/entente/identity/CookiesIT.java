package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The session cookie as the real server sends it, and the session's absolute end. */
@DemoApplicationTest
class CookiesIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNotMadeSecureByAForgedHeader() throws Exception {
        String plain = sessionCookie(false);
        assertThat(plain)
                .contains("ENTENTE_SESSION=", "HttpOnly", "SameSite=Strict")
                .doesNotContain("Secure");
        // X-Forwarded-Proto is believed only from the proxies in entente.trusted-proxies (none here):
        // from any other peer it changes nothing (TrustedProxiesTest covers a listed proxy).
        assertThat(sessionCookie(true)).contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure");
    }

    @Test
    void aSessionEndsAfterTheAbsoluteTimeoutHoweverActive() throws Exception {
        var session = signIn(mvc, "viewer.mar");
        session.setAttribute(
                SignInSuccess.SIGNED_IN_AT,
                Instant.now().minus(Duration.ofHours(12).plusMinutes(1)));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    private String sessionCookie(boolean behindTls) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (behindTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<Void> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("ENTENTE_SESSION="))
                .findFirst()
                .orElseThrow();
    }
}
