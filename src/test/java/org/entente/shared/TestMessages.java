package org.entente.shared;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles and translator without a Spring context, for unit tests in any package. */
public final class TestMessages {

    private TestMessages() {}

    public static Translator translator() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Translator(source);
    }
}
