package org.entente.comments;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.entente.shared.PersonName;

/**
 * A comment's words as plain text for a notice or a mail: each mention ({@code @planner.isr}) of
 * someone the reader may know becomes that person's name in the reader's language, never the login
 * name; a mention of an unknown account or a hidden person stays as typed. The page's form, with the
 * function as a title, is {@link Comment.Version#html(org.entente.identity.Viewer)}.
 */
public final class Mentions {

    private Mentions() {}

    /** The text with the mentions named; {@code people} gives the person behind a lower-cased username. */
    public static String named(String text, Function<String, PersonName> people, Locale locale) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        Matcher found = CommentText.MENTION.matcher(text);
        var named = new StringBuilder();
        while (found.find()) {
            PersonName person = people.apply(found.group(1).toLowerCase(Locale.ROOT));
            String shown = person != null && person.named() ? person.name().in(locale) : found.group();
            found.appendReplacement(named, Matcher.quoteReplacement(shown));
        }
        return found.appendTail(named).toString();
    }
}
