package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in as an attacker tries it, over real HTTP to the running server (Tomcat decodes the path
 * and applies the forwarded-header rules; a mock request would do neither). Each test connects
 * from a loopback address of its own (127.0.0.x), so that the per-address delays of one test do
 * not reach another.
 */
@DemoApplicationTest
class SignInFloodIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("ENTENTE_SESSION=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordChecks passwordChecks;

    @Autowired
    JdbcClient sql;

    @Test
    void aPercentEncodedLoginPathIsThrottledLikeTheLoginPath() throws Exception {
        var client = new Client("127.0.0.21");
        for (int i = 0; i < 20; i++) {
            var answer = client.signIn("/%6cogin", "nobody." + i, "wrong password", Map.of());
            assertThat(answer.status()).as("attempt %d", i + 1).isEqualTo(302);
            assertThat(answer.header("location")).endsWith("/login?error");
        }
        var refused = client.signIn("/%6cogin", "nobody.else", "wrong password", Map.of("Accept-Language", "fr"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("retry-after"))).isBetween(1, 30);
        assertThat(refused.body()).contains("Trop de tentatives de connexion");
        assertThat(client.signIn("/login", "nobody.else", "wrong password", Map.of())
                        .status())
                .isEqualTo(429);
    }

    @Test
    void aForgedForwardedForFromAPeerNotListedAsAProxyIsIgnored() throws Exception {
        var client = new Client("127.0.0.22");
        for (int i = 0; i < 20; i++) {
            var forged = Map.of("X-Forwarded-For", "203.0.113." + (i + 1));
            assertThat(client.signIn("/login", "nobody." + i, "wrong password", forged)
                            .status())
                    .isEqualTo(302);
        }
        var refused = client.signIn("/login", "nobody.else", "wrong", Map.of("X-Forwarded-For", "198.51.100.9"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(audited("203.0.113.%")).isZero();
        assertThat(audited("127.0.0.22")).isEqualTo(20);
    }

    @Test
    void fiftyWrongPasswordsAtOnceCheckNoMoreThanTheFreeFive() throws Exception {
        String username = newAccount();
        var client = new Client("127.0.0.23");
        client.open();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(50);
        long checked;
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.signIn("/login", username, "wrong password " + n, Map.of())
                            .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            var counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertThat(counts.keySet()).containsOnly(302, 429);
            checked = counts.getOrDefault(302, 0L);
        } finally {
            pool.shutdownNow();
        }
        // Five at most: on a loaded machine one of the five may also have found no place to check
        // its password in time (429, not counted), never a sixth checked.
        assertThat(checked).isBetween(1L, 5L);
        assertThat(failedSignIns(username)).isEqualTo(checked);
        for (long i = checked; i < 5; i++) {
            assertThat(client.signIn("/login", username, "wrong again", Map.of())
                            .status())
                    .isEqualTo(302);
        }
        assertThat(client.signIn("/login", username, SignInIT.PASSWORD, Map.of())
                        .status())
                .isEqualTo(429);
        assertThat(failedSignIns(username)).isEqualTo(5);
    }

    private long failedSignIns(String username) {
        return sql.sql("select failed_sign_ins from identity.account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Test
    void whenEveryPasswordCheckIsTakenASignInWaitsBrieflyThenGets429AndIsNotCounted() throws Exception {
        String username = newAccount();
        var client = new Client("127.0.0.24");
        client.open();
        Semaphore places = passwordChecks.places();
        int taken = places.drainPermits();
        try {
            long began = System.nanoTime();
            var refused = client.signIn("/login", username, SignInIT.PASSWORD, Map.of("Accept-Language", "en"));
            long waitedMillis = (System.nanoTime() - began) / 1_000_000;
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("retry-after")).isEqualTo("2");
            assertThat(refused.body()).contains("Too many sign-in attempts for now");
            assertThat(waitedMillis).isGreaterThanOrEqualTo(1_900);
        } finally {
            places.release(taken);
        }
        var signedIn = client.signIn("/login", username, SignInIT.PASSWORD, Map.of());
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("location")).doesNotContain("error");
    }

    private long audited(String addressPattern) {
        return sql.sql("""
                        select count(*) from audit.event
                         where action = 'identity.sign-in' and outcome = 'FAILURE' and source_address like ?""").param(addressPattern).query(Long.class).single();
    }

    private String newAccount() {
        String username = "flood." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(
                username, SignInIT.PASSWORD, "MAR", Classification.RESTRICTED, "en", false, false, false));
        return username;
    }

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A browser reduced to what signing in needs, speaking HTTP/1.1 from a local address of its choosing. */
    private final class Client {
        private final InetAddress local;
        private volatile String session;
        private volatile String csrf;

        Client(String localAddress) throws IOException {
            this.local = InetAddress.getByName(localAddress);
        }

        /** Opens the sign-in page once: a session and its CSRF token. */
        void open() throws IOException {
            var page = send("GET", "/login", Map.of(), null);
            var cookie = SESSION.matcher(page.header("set-cookie"));
            var token = CSRF.matcher(page.body());
            assertThat(cookie.find() && token.find()).as("sign-in page").isTrue();
            session = cookie.group(1);
            csrf = token.group(1);
        }

        Answer signIn(String path, String username, String password, Map<String, String> headers) throws IOException {
            if (session == null) {
                open();
            }
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
            return send("POST", path, headers, form);
        }

        private Answer send(String method, String path, Map<String, String> headers, String form) throws IOException {
            try (var socket = new Socket()) {
                socket.bind(new InetSocketAddress(local, 0));
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
                socket.setSoTimeout(30_000);
                var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                        .append("Host: localhost:")
                        .append(port)
                        .append("\r\nConnection: close\r\nAccept: text/html\r\n");
                if (session != null) {
                    request.append("Cookie: ENTENTE_SESSION=").append(session).append("\r\n");
                }
                headers.forEach((name, value) -> request.append(name + ": " + value + "\r\n"));
                byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
                if (form != null) {
                    request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                            .append("Content-Length: ")
                            .append(body.length)
                            .append("\r\n");
                }
                request.append("\r\n");
                var out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.UTF_8));
                out.write(body);
                out.flush();
                return parse(socket.getInputStream());
            }
        }

        private static Answer parse(InputStream in) throws IOException {
            var all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            var headers = new java.util.HashMap<String, String>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.merge(
                        head[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip(),
                        (a, b) -> a + "; " + b);
            }
            return new Answer(status, headers, text.substring(end + 4));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
