package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message that carries a count gives Arabic its six plural forms and Hebrew its three: "8 من
 * أصل 8 نشاطًا" is wrong Arabic (8 takes أنشطة, 2 takes نشاطين). A message carries a count when its
 * English message treats an argument as a plural, or puts an argument right before a counted noun
 * ("{1} activities", "{0} differences"); a plural written in Arabic or Hebrew has all its forms too.
 */
class PluralFormsTest {

    /** The CLDR categories each language must spell out (Arabic's zero may be written {@code =0}). */
    static final Map<String, List<String>> NEEDED =
            Map.of("ar", List.of("zero", "one", "two", "few", "many", "other"), "he", List.of("one", "two", "other"));

    /** "{1} activities", "{0} of {1} activities": the argument before a plural English noun. */
    static final Pattern COUNTED = Pattern.compile("\\{(\\d)}(?:\\s+of\\s+\\{(\\d)})?\\s+([a-z]+s)\\b");

    static final Set<String> VERBS =
            Set.of("is", "was", "does", "follows", "differs", "comes", "matches", "has", "awaits");

    @Test
    void everyCountHasTheArabicAndHebrewPluralForms() throws IOException {
        Properties english = load("messages");
        Map<String, Properties> bundles = Map.of("ar", load("messages_ar"), "he", load("messages_he"));
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            Set<Integer> counts = new HashSet<>(countedInEnglish(english.getProperty(key)));
            counts.addAll(plurals(english.getProperty(key)).keySet());
            for (var language : NEEDED.entrySet()) {
                Set<Integer> arguments = new TreeSet<>(counts);
                arguments.addAll(
                        plurals(bundles.get(language.getKey()).getProperty(key)).keySet());
                for (int argument : arguments) {
                    Set<String> forms = plurals(bundles.get(language.getKey()).getProperty(key))
                            .get(argument);
                    if (forms == null) {
                        problems.add(
                                language.getKey() + " " + key + ": {" + argument + "} is a count without plural forms");
                        continue;
                    }
                    for (String category : language.getValue()) {
                        boolean zeroAsExact = category.equals("zero") && forms.contains("=0");
                        if (!forms.contains(category) && !zeroAsExact) {
                            problems.add(language.getKey() + " " + key + ": {" + argument + "} lacks " + category);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCountsReadRightInArabicAndHebrew() throws IOException {
        Properties arabic = load("messages_ar");
        Properties hebrew = load("messages_he");
        String pattern = arabic.getProperty("workplans.approvedCount");
        assertThat(format(pattern, "ar", 8, 8)).isEqualTo("8 من أصل 8 أنشطة موافق عليها من الطرفين");
        assertThat(format(pattern, "ar", 2, 2)).isEqualTo("2 من أصل نشاطين موافق عليها من الطرفين");
        assertThat(format(pattern, "ar", 12, 40)).isEqualTo("12 من أصل 40 نشاطًا موافق عليها من الطرفين");
        assertThat(format(hebrew.getProperty("workplans.shown"), "he", 2, 2)).isEqualTo("מוצגות 2 מתוך שתי פעילויות");
    }

    private static String format(String pattern, String language, Object... args) {
        return new MessageFormat(pattern, new ULocale(language)).format(args);
    }

    static List<Integer> countedInEnglish(String text) {
        List<Integer> counted = new ArrayList<>();
        var matcher = COUNTED.matcher(text);
        while (matcher.find()) {
            if (!VERBS.contains(matcher.group(3))) {
                counted.add(Integer.parseInt(matcher.group(matcher.group(2) != null ? 2 : 1)));
            }
        }
        return counted;
    }

    /** The plural arguments of an ICU message, each with its selectors ("one", "=0"…). */
    static Map<Integer, Set<String>> plurals(String message) {
        var found = new java.util.HashMap<Integer, Set<String>>();
        if (message == null) {
            return found;
        }
        var pattern = new MessagePattern(message);
        for (int i = 0; i < pattern.countParts(); i++) {
            var part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                int argument = pattern.getPart(i + 1).getValue();
                int limit = pattern.getLimitPartIndex(i);
                Set<String> selectors = found.computeIfAbsent(argument, a -> new TreeSet<>());
                for (int j = i + 2; j < limit; j++) {
                    var inner = pattern.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        selectors.add(pattern.getSubstring(inner));
                    } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = pattern.getLimitPartIndex(j); // skip the form's own text
                    }
                }
            }
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = PluralFormsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
