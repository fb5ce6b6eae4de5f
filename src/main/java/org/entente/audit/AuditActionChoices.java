package org.entente.audit;

import com.ibm.icu.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.shared.Translator;

/**
 * What the audit page's filter offers instead of a code to type: every action the bundles name
 * ({@code audit.action.<code>}, which {@code AuditActionKeysTest} keeps complete for what the code
 * writes), grouped by the module that writes it, each group led by the choice of all its actions
 * (the filter matches the start of a code: {@code identity.} is every sign-in and account change),
 * and sorted as the reader's language sorts.
 */
public final class AuditActionChoices {

    /** One action to choose: the code the filter sends, and its name. */
    public record Choice(String code, String name) {}

    /** A module's actions, named (its {@code audit.module.<module>}), with the code of them all ({@code module.}). */
    public record Group(String name, Choice all, List<Choice> actions) {}

    private static final String ACTION = "audit.action.";

    /** The actions' codes by module, read once from the bundle that holds every key. */
    private static final Map<String, List<String>> CODES = codes();

    private static final Map<Locale, List<Group>> BY_LOCALE = new ConcurrentHashMap<>();

    private AuditActionChoices() {}

    /** The groups in the reader's language. */
    public static List<Group> in(Translator messages, Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, l -> groups(messages, l));
    }

    /** Whether the filter's value is one the choices offer (else the page offers it too, as typed). */
    public static boolean offers(List<Group> groups, String code) {
        return groups.stream()
                .anyMatch(group -> group.all().code().equals(code)
                        || group.actions().stream()
                                .anyMatch(choice -> choice.code().equals(code)));
    }

    private static List<Group> groups(Translator messages, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<String> order = collator::compare;
        List<Group> groups = new ArrayList<>();
        CODES.forEach((module, codes) -> {
            String name = messages.find(locale, "audit.module." + module).orElse(module);
            List<Choice> choices = codes.stream()
                    .map(code -> new Choice(code, messages.t(locale, ACTION + code)))
                    .sorted(Comparator.comparing(Choice::name, order))
                    .toList();
            groups.add(
                    new Group(name, new Choice(module + ".", messages.t(locale, "audit.filter.allOf", name)), choices));
        });
        groups.sort(Comparator.comparing(Group::name, order));
        return List.copyOf(groups);
    }

    private static Map<String, List<String>> codes() {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", Locale.ROOT);
        Map<String, List<String>> byModule = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(ACTION) && !key.equals(ACTION + "unrecognised")) {
                String code = key.substring(ACTION.length());
                int dot = code.indexOf('.');
                String module = dot < 0 ? code : code.substring(0, dot);
                byModule.computeIfAbsent(module, m -> new ArrayList<>()).add(code);
            }
        }
        byModule.replaceAll((module, codes) -> List.copyOf(codes));
        return byModule;
    }
}
