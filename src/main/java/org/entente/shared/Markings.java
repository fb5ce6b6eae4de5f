package org.entente.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes and reads the banner form of a label, {@code RESTRICTED // REL TO ISR, MAR}, with the
 * classification names this deployment uses ({@code entente.classification-names}, lowest first).
 *
 * <p>Reading is strict: only the canonical form is accepted (owner first, then the other nations
 * alphabetically, each once, every code a known ISO 3166-1 alpha-3 code), so that nothing a user
 * or a partner system writes can widen a release by accident ({@code "REL TO ,"} is an error,
 * never "everyone").
 */
public final class Markings {

    public static final List<String> DEFAULT_NAMES = List.of("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET");

    private static final String SEPARATOR = " // ";
    private static final String RELEASE = "REL TO ";
    private static final Pattern NATION = Pattern.compile("[A-Z]{3}");

    private static final Markings STANDARD = new Markings(DEFAULT_NAMES);

    private final List<String> names;

    public Markings(List<String> names) {
        if (names.size() != Classification.values().length) {
            throw new IllegalArgumentException(
                    "entente.classification-names needs " + Classification.values().length + " names, lowest first");
        }
        var seen = new LinkedHashSet<String>();
        for (String name : names) {
            if (name == null
                    || name.isBlank()
                    || name.contains("//")
                    || !seen.add(name.strip().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Classification names must be distinct and not blank: " + names);
            }
        }
        this.names = List.copyOf(seen);
    }

    public static Markings standard() {
        return STANDARD;
    }

    public String name(Classification classification) {
        return names.get(classification.ordinal());
    }

    public Classification classification(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown classification '" + name + "'; known: " + String.join(", ", names)));
    }

    /** The classification this deployment so names (case and spaces aside), or empty for none. */
    public Optional<Classification> find(String name) {
        int level = names.indexOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        return level < 0 ? Optional.empty() : Optional.of(Classification.values()[level]);
    }

    public String banner(Label label) {
        List<String> others = new ArrayList<>(label.audience());
        others.remove(label.owner());
        others.sort(null);
        if (others.isEmpty()) {
            return name(label.classification()) + SEPARATOR + label.owner();
        }
        return name(label.classification()) + SEPARATOR + RELEASE + label.owner() + ", " + String.join(", ", others);
    }

    public Label parse(String banner) {
        if (banner == null) {
            throw new IllegalArgumentException("A marking is required");
        }
        String text = banner.strip().replaceAll("\\s+", " ");
        int separator = text.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException(
                    "A marking reads CLASSIFICATION // OWNER or CLASSIFICATION // REL TO OWNER, …");
        }
        Classification classification = classification(text.substring(0, separator));
        String release = text.substring(separator + SEPARATOR.length());
        if (!release.startsWith(RELEASE)) {
            return new Label(classification, nation(release), Set.of());
        }
        String[] nations = release.substring(RELEASE.length()).split(", ", -1);
        if (nations.length < 2) {
            throw new IllegalArgumentException("REL TO names the owner, then at least one other nation");
        }
        String owner = nation(nations[0]);
        var others = new ArrayList<String>();
        for (int i = 1; i < nations.length; i++) {
            String nation = nation(nations[i]);
            if (nation.equals(owner)
                    || (!others.isEmpty() && others.get(others.size() - 1).compareTo(nation) >= 0)) {
                throw new IllegalArgumentException(
                        "After the owner, nations are listed once each, in alphabetical order: " + release);
            }
            others.add(nation);
        }
        return new Label(classification, owner, Set.copyOf(others));
    }

    private static String nation(String code) {
        if (!NATION.matcher(code).matches() || !Nations.isKnown(code)) {
            throw new IllegalArgumentException("'" + code + "' is not a known ISO 3166-1 alpha-3 nation code");
        }
        return code;
    }
}
