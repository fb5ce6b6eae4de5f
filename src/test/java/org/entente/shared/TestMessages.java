package org.entente.shared;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles and translator without a Spring context, for unit tests in any package. */
public final class TestMessages {

    private TestMessages() {}

    public static Translator translator() {
        return translator(code -> {});
    }

    /** The same translator, telling {@code looked} each key it looks up in the bundles. */
    public static Translator translator(java.util.function.Consumer<String> looked) {
        var source = new ResourceBundleMessageSource() {
            @Override
            protected String resolveCodeWithoutArguments(String code, java.util.Locale locale) {
                looked.accept(code);
                return super.resolveCodeWithoutArguments(code, locale);
            }
        };
        return new Translator(configured(source));
    }

    /** The bundles themselves, for a test that reads a pattern as the application finds it. */
    public static ResourceBundleMessageSource bundles() {
        return configured(new ResourceBundleMessageSource());
    }

    private static ResourceBundleMessageSource configured(ResourceBundleMessageSource source) {
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
