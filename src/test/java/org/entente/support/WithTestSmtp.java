package org.entente.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) on a port of the run's own, for the tests that read mails back
 * (notify18d). The test classes that implement this interface share its one property source, so
 * they share one application context (and one database) with mail on, instead of starting one each;
 * the server is started once, with that context, and outlives each class.
 */
public interface WithTestSmtp {

    /** The mails' links start with this address. */
    String BASE_URL = "https://entente.example.org";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", Smtp::port);
        properties.add("entente.mail.base-url", () -> BASE_URL);
        // The tests send when they want to (MailDelivery.drain), not on the scheduler's beat.
        properties.add("entente.mail.poll", () -> "1h");
    }

    /** The running server (started at first use). */
    static GreenMail smtp() {
        return Smtp.server();
    }

    /** The subject and text (every text part) of each mail received for the address, in order. */
    static List<String> mailsTo(String address) throws Exception {
        var mails = new ArrayList<String>();
        for (MimeMessage message : smtp().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                mails.add(message.getSubject() + "\n" + text(message));
            }
        }
        return mails;
    }

    /** A mail's text parts, one after the other. */
    static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            Object content = part.getContent();
            return content instanceof java.io.InputStream stream
                    ? new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    : (String) content;
        }
        var all = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.append(text(child)).append('\n');
            }
        }
        return all.toString();
    }

    /** The server and its port, held once per test run. */
    final class Smtp {

        private static final int PORT = freePort();
        private static GreenMail server;

        private Smtp() {}

        static int port() {
            server();
            return PORT;
        }

        static synchronized GreenMail server() {
            if (server == null) {
                server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                server.start();
            }
            return server;
        }

        /** Stops the server: the SMTP server is down until {@link #restart()}. */
        public static synchronized void stop() {
            server().stop();
            server = null;
        }

        /** Starts the server again on the same port, with an empty mailbox. */
        public static synchronized void restart() {
            if (server != null) {
                server.stop();
                server = null;
            }
            server();
        }

        private static int freePort() {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
