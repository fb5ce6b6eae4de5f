package org.entente.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
    }
}
