package org.entente.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The errors of a form shown again, in the user's language and in the order of the form: what the
 * jte partial {@code tag/formErrors.jte} lists at the top (each linking to its field) and what each
 * field shows beside it ({@link #of(String)}).
 */
public final class FormErrors {

    /**
     * One error.
     *
     * @param field the form field's name ({@code title.en}), or empty for the whole form
     * @param anchor the id of the element the summary links to
     * @param label the field's name as the form shows it, or empty
     * @param message why, in the user's language
     */
    public record Entry(String field, String anchor, String label, String message) {}

    public static final FormErrors NONE = new FormErrors(List.of());

    private final List<Entry> entries;

    FormErrors(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether the field (or one of its parts, {@code title} for {@code title.en}) has an error. */
    public boolean has(String field) {
        return entries.stream()
                .anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "."));
    }

    /** The messages of the field and its parts, joined, or null when it has none. */
    public String of(String field) {
        List<String> messages = new ArrayList<>();
        entries.stream()
                .filter(e -> e.field().equals(field) || e.field().startsWith(field + "."))
                .forEach(e -> messages.add(e.message()));
        return messages.isEmpty() ? null : String.join(" ", messages);
    }

    /** The id of the message beside the field ({@code form/fieldError.jte}), or null when it has none. */
    public String messageId(String field) {
        return has(field) ? anchorOf(field) + "-error" : null;
    }

    /**
     * An {@code aria-describedby} of the field's hint (when it has one) and its message (when
     * refused), or null when neither: a screen reader reads the message with the field.
     */
    public String describedBy(String field, String hintId) {
        String error = messageId(field);
        if (hintId == null) {
            return error;
        }
        return error == null ? hintId : hintId + " " + error;
    }

    /** The first error's anchor, to put the focus on. */
    public Optional<String> firstAnchor() {
        return entries.stream().map(Entry::anchor).findFirst();
    }

    /** The same errors linking to element ids with this prefix ({@code context-date} for {@code date}). */
    FormErrors anchoredAt(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        return new FormErrors(entries.stream()
                .map(e -> e.field().isEmpty() ? e : new Entry(e.field(), prefix + e.anchor(), e.label(), e.message()))
                .toList());
    }

    /** The element id a field's error links to: {@code title.en} → {@code title-en}. */
    public static String anchorOf(String field) {
        return field.isEmpty() ? "form-errors" : field.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
