package org.entente.database;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests to a running Entente over real HTTP, with a cookie jar: what a browser sees, error pages
 * included (MockMvc does not render them).
 */
final class LiveHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    LiveHttp(int port) {
        this(port, new CookieManager());
    }

    /** Another node seen by the same browser: the cookies (the session's among them) go along. */
    LiveHttp(int port, CookieManager cookies) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return client.send(
                request(path, language).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The body as bytes (a download). */
    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return client.send(request(path, "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Opens the sign-in page (for its CSRF token), then posts the form. */
    HttpResponse<String> signIn(String username, String password, String language)
            throws IOException, InterruptedException {
        return signIn(username, password, csrfToken(get("/login", language).body()), language);
    }

    /** The CSRF token of a page already read (its form's hidden field). */
    static String csrfToken(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        return token.group(1);
    }

    /** Posts the sign-in form with a token read earlier (the sign-in page not read again). */
    HttpResponse<String> signIn(String username, String password, String csrfToken, String language)
            throws IOException, InterruptedException {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken);
        return client.send(
                request("/login", language)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String language) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                .header("Accept-Language", language);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
