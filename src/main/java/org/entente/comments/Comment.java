package org.entente.comments;

import java.time.Instant;
import java.util.List;
import org.entente.identity.Viewer;
import org.entente.shared.Label;
import org.entente.shared.PersonName;

/**
 * A comment as its reader sees it: every version of its text, oldest first (an edit adds one, none
 * is lost), and its label.
 */
public record Comment(
        long id,
        String recordType,
        long recordId,
        String author,
        boolean internal,
        Instant postedAt,
        Label label,
        List<Version> versions) {

    /** One version of the text, as typed (Markdown). */
    public record Version(int number, String body, Instant writtenAt) {

        /** The text as safe HTML (Markdown subset; raw HTML shown as text), mentions as typed: for the API. */
        public String html() {
            return Markdown.html(body);
        }

        /**
         * The text as the reader sees it on a page: each mention of someone they may know shown by
         * the person's name in their language (rank and function as its title), never the login name.
         */
        public String html(Viewer viewer) {
            return Markdown.html(body, username -> mentioned(viewer, username));
        }

        private static java.util.Optional<Markdown.Person> mentioned(Viewer viewer, String username) {
            PersonName person = viewer.person(username);
            if (!person.named()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Markdown.Person(
                    viewer.text(person.name()),
                    person.name().languageFor(viewer.locale()),
                    viewer.who(person),
                    person.href().orElse(null)));
        }
    }

    public Comment {
        versions = List.copyOf(versions);
    }

    /** The text shown: the latest version. */
    public Version current() {
        return versions.get(versions.size() - 1);
    }

    /** Whether the text was edited since it was posted. */
    public boolean edited() {
        return versions.size() > 1;
    }

    /** The versions before the current one, newest first. */
    public List<Version> earlier() {
        List<Version> earlier = new java.util.ArrayList<>(versions.subList(0, versions.size() - 1));
        java.util.Collections.reverse(earlier);
        return earlier;
    }

    /** Whether this reader wrote it (and so may edit it). */
    public boolean byAuthor(String username) {
        return author.equalsIgnoreCase(username == null ? "" : username);
    }
}
