package org.entente.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Message keys to text in the reader's language, formatted with ICU's MessageFormat: CLDR plural
 * rules ({@code {0,plural,one{…}two{…}few{…}other{…}}} — Arabic has six forms, Hebrew four) and
 * numbers written the way the reader's region writes them.
 */
@Component
public class Translator {

    private final MessageSource messages;

    Translator(MessageSource messages) {
        this.messages = messages;
    }

    public String t(Locale locale, String key, Object... args) {
        String pattern = messages.getMessage(key, null, locale);
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(resolved(locale, args));
    }

    /** The message in the reader's language, or empty when no bundle has the key (a key from elsewhere). */
    public java.util.Optional<String> find(Locale locale, String key, Object... args) {
        String pattern = messages.getMessage(key, null, null, locale);
        return java.util.Optional.ofNullable(pattern)
                .map(found -> new MessageFormat(found, ULocale.forLocale(locale)).format(resolved(locale, args)));
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
