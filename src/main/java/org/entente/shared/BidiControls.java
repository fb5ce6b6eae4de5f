package org.entente.shared;

/**
 * Direction controls a name or a title may not carry: the embeddings and overrides (U+202A–U+202E),
 * which reorder what a reader sees on every page the value is shown on, and isolates (U+2066–U+2069)
 * that do not pair up. The request edge already refuses the overrides LRO and RLO in any request;
 * this rule refuses the rest where names are recorded, naming the field. Marks (LRM, RLM, ALM) and
 * the joiners ZWJ and ZWNJ, which Arabic and Persian words need inside them, are kept.
 */
public final class BidiControls {

    /** The message refusing such a value, with the field's label in the summary. */
    public static final String REFUSED = "text.refused.bidiControls";

    private BidiControls() {}

    /** Whether the text carries an embedding, an override or an unpaired isolate. */
    public static boolean refused(String text) {
        if (text == null) {
            return false;
        }
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u202A' && c <= '\u202E') {
                return true;
            }
            if (c >= '\u2066' && c <= '\u2068') {
                open++;
            } else if (c == '\u2069' && --open < 0) {
                return true;
            }
        }
        return open != 0;
    }

    /** Whether any language's form carries one. */
    public static boolean refused(LocalizedText text) {
        return text != null && text.values().values().stream().anyMatch(BidiControls::refused);
    }
}
