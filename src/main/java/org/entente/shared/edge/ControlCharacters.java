package org.entente.shared.edge;

/**
 * The characters no request may carry, wherever they come from (path, query, parameters, headers,
 * file names, JSON). The rule, in two strengths:
 *
 * <ul>
 *   <li><b>Everywhere</b>: C0 controls except tab, line feed and carriage return (a browser sends
 *       every line break of a text area as CR LF, so CR stays; it is never stored as a line of its
 *       own meaning), DEL, C1 controls, and unpaired UTF-16 surrogates (no valid UTF-8 decodes to
 *       one; PostgreSQL cannot store them). NUL is the sharpest of these: PostgreSQL refuses it in
 *       text, and it truncates C strings downstream.
 *   <li><b>Free text</b> (parameter values, JSON string values): the bidirectional <em>overrides</em>
 *       LRO and RLO (U+202D, U+202E) are refused as well — they reorder what a reader sees, the
 *       "Trojan source" and file-name spoofing trick. Arabic and Hebrew text legitimately carries
 *       the marks LRM, RLM and ALM (U+200E, U+200F, U+061C), the embeddings (U+202A–U+202C) and
 *       the isolates (U+2066–U+2069): all allowed.
 *   <li><b>Identifiers</b> (paths, parameter and field names, part names, file names): no C0
 *       control at all (not even tab or a line break), and every bidi embedding, override and
 *       isolate (U+202A–U+202E, U+2066–U+2069); only the marks stay allowed (an Arabic file name
 *       may carry an RLM). Header values follow the free-text rule (a tab is legal in a header;
 *       Tomcat itself refuses CR and LF there).
 * </ul>
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** The index of the first character free text may not hold, or -1. */
    public static int firstInText(CharSequence text) {
        return first(text, false);
    }

    /** The index of the first character an identifier (name, path, header, file name) may not hold, or -1. */
    public static int firstInIdentifier(CharSequence text) {
        return first(text, true);
    }

    public static boolean isCleanText(CharSequence text) {
        return text == null || firstInText(text) < 0;
    }

    public static boolean isCleanIdentifier(CharSequence text) {
        return text == null || firstInIdentifier(text) < 0;
    }

    /** A name as it may be shown back: without the characters an identifier may not hold. */
    public static String printable(String name) {
        var shown = new StringBuilder();
        name.codePoints().filter(c -> isCleanIdentifier(Character.toString(c))).forEach(shown::appendCodePoint);
        return shown.toString();
    }

    private static int first(CharSequence text, boolean identifier) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || refused(c, identifier)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(char c, boolean identifier) {
        if (c < 0x20) {
            return identifier || (c != '\t' && c != '\n' && c != '\r');
        }
        if (c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if (c == '\u202D' || c == '\u202E') {
            return true;
        }
        return identifier && ((c >= '\u202A' && c <= '\u202C') || (c >= '\u2066' && c <= '\u2069'));
    }
}
