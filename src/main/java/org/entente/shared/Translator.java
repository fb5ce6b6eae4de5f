package org.entente.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Message keys to text in the reader's language, formatted with ICU's MessageFormat: CLDR plural
 * rules ({@code {0,plural,one{…}two{…}few{…}other{…}}} — Arabic has six forms, Hebrew four) and
 * numbers written the way the reader's region writes them.
 *
 * <p>A pattern without braces or apostrophes is its own text and is returned as it is; the others
 * are parsed once per language and kept (issue 20: a page of 500 activities asked for thousands of
 * texts, and parsing each anew was a fifth of the page's time). ICU's {@code MessageFormat} is not
 * safe for concurrent use: a thread that formats a pattern while another does gets its own parsed
 * one, kept for later ({@link Reusable}), rather than shared under a lock that concurrent pages waited on (scale20e:
 * the layout's own messages made every request of eight concurrent readers queue on the same few).
 */
@Component
public class Translator {

    private final MessageSource messages;

    private record Parsed(ULocale locale, String pattern) {}

    /** At most a few hundred entries: the patterns with arguments (about 220) in each language. */
    private final Map<Parsed, Reusable<MessageFormat>> formats = new ConcurrentHashMap<>();

    /**
     * A pattern formatted with one whole number (the bell's "3 unread notifications" on every page,
     * a count of results), as it was formatted before: ICU's plural rules and number formatting were
     * about a twentieth of a results page's CPU (search33). At most {@value #COUNTS_KEPT} are kept.
     */
    private record Counted(Parsed parsed, long count) {}

    static final int COUNTS_KEPT = 4_096;

    private final Map<Counted, String> counted = new ConcurrentHashMap<>();

    Translator(MessageSource messages) {
        this.messages = messages;
    }

    public String t(Locale locale, String key, Object... args) {
        return format(messages.getMessage(key, null, locale), locale, args);
    }

    /** The message in the reader's language, or empty when no bundle has the key (a key from elsewhere). */
    public java.util.Optional<String> find(Locale locale, String key, Object... args) {
        String pattern = messages.getMessage(key, null, null, locale);
        return java.util.Optional.ofNullable(pattern).map(found -> format(found, locale, args));
    }

    private String format(String pattern, Locale locale, Object[] args) {
        if (pattern.indexOf('{') < 0 && pattern.indexOf('}') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // nothing for MessageFormat to replace or unquote
        }
        // Each instance parsed from the pattern, not cloned: ICU's clone shares its argument formatters.
        Parsed parsed = new Parsed(ULocale.forLocale(locale), pattern);
        Reusable<MessageFormat> format =
                formats.computeIfAbsent(parsed, p -> new Reusable<>(() -> new MessageFormat(p.pattern(), p.locale())));
        Object[] resolved = resolved(locale, args);
        if (resolved != null
                && resolved.length == 1
                && (resolved[0] instanceof Integer || resolved[0] instanceof Long)) {
            var key = new Counted(parsed, ((Number) resolved[0]).longValue());
            String text = counted.get(key);
            if (text == null) {
                text = format.with(f -> f.format(resolved));
                if (counted.size() < COUNTS_KEPT) {
                    counted.put(key, text);
                }
            }
            return text;
        }
        return format.with(f -> f.format(resolved));
    }

    /** How many formatted counts are kept (for tests). */
    int countsKept() {
        return counted.size();
    }

    /** An argument that is itself a message (a field's name in "{0} is required.") in the same language. */
    private Object[] resolved(Locale locale, Object[] args) {
        if (args == null || Arrays.stream(args).noneMatch(MessageSourceResolvable.class::isInstance)) {
            return args;
        }
        return Arrays.stream(args)
                .map(arg -> arg instanceof MessageSourceResolvable message ? messages.getMessage(message, locale) : arg)
                .toArray();
    }
}
