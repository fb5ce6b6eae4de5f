package org.entente.comments;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.shared.BidiControls;
import org.entente.shared.Limits;
import org.entente.shared.Refused;

/**
 * A comment's text as typed: refused when it says nothing, is longer than {@value #MAX_LENGTH}
 * characters or carries direction overrides; and the accounts it mentions ({@code @username}).
 * The database holds the same limit as a CHECK constraint.
 */
record CommentText(String body) {

    /** The longest comment, in characters (Unicode code points). */
    static final int MAX_LENGTH = 10_000;

    /** The field every refusal of the text names. */
    static final String FIELD = "body";

    /**
     * {@code @name} at the start or after a character that cannot end an e-mail address's local
     * part; a name ends before a trailing full stop ("thanks @planner.mar.").
     */
    static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*)");

    /** Most mentions a comment may hold: a list of everyone is a broadcast, not a mention. */
    static final int MAX_MENTIONS = 20;

    /** The typed text, kept as typed: Markdown is rendered when shown, never stored. */
    static CommentText of(String body) {
        refusal(body).ifPresent(refused -> {
            throw refused;
        });
        return new CommentText(body);
    }

    /** Why the text is refused, if it is. */
    static Optional<Refused> refusal(String body) {
        if (Limits.blank(body)) {
            return Optional.of(Refused.field(FIELD, "comments.error.blank"));
        }
        if (!Limits.fits(body, MAX_LENGTH)) {
            return Optional.of(Refused.field(FIELD, "comments.error.tooLong", MAX_LENGTH));
        }
        if (BidiControls.refused(body)) {
            return Optional.of(Refused.field(FIELD, BidiControls.REFUSED));
        }
        if (mentionsIn(body).size() > MAX_MENTIONS) {
            return Optional.of(Refused.field(FIELD, "comments.error.tooManyMentions", MAX_MENTIONS));
        }
        return Optional.empty();
    }

    /** The usernames mentioned, lower-cased, each once, in the order written. */
    Set<String> mentions() {
        return mentionsIn(body);
    }

    private static Set<String> mentionsIn(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher found = MENTION.matcher(body == null ? "" : body);
        while (found.find()) {
            names.add(found.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
