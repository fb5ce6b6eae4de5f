package org.entente.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * What a document template gets as {@code doc}: its label and banner, its title, and its languages
 * (one, or two side by side) as {@link Column columns}.
 *
 * <p>The columns are laid out in the reading direction of the first language: with {@code ar,en}
 * Arabic is on the right and English on the left, with {@code en,fr} English is on the left, with
 * {@code he,ar} Hebrew is on the right. {@link #columns()} gives them left to right, the order in
 * which a table row writes its cells.
 */
public final class Bilingual {

    private final Label label;
    private final String banner;
    private final LocalizedText title;
    private final List<Column> languages;
    private final String stylesheet;

    Bilingual(Label label, String banner, LocalizedText title, List<Column> languages, String stylesheet) {
        this.label = label;
        this.banner = banner;
        this.title = title;
        this.languages = List.copyOf(languages);
        this.stylesheet = stylesheet;
    }

    /** The documents' CSS (pages, banner, columns), for the page template's {@code <style>}. */
    public String stylesheet() {
        return stylesheet;
    }

    public Label label() {
        return label;
    }

    /** The marking of the whole document, e.g. {@code RESTRICTED // REL TO MAR, ISR}. */
    public String banner() {
        return banner;
    }

    /** The level, lowercase, for the banner's colour class. */
    public String level() {
        return label.classification().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The languages in the order asked for: the first is the document's main language. */
    public List<Column> languages() {
        return languages;
    }

    public Column first() {
        return languages.get(0);
    }

    public boolean twoColumns() {
        return languages.size() > 1;
    }

    /** The columns from left to right: the first language on the side its writing starts from. */
    public List<Column> columns() {
        if (!first().rightToLeft()) {
            return languages;
        }
        List<Column> leftToRight = new ArrayList<>(languages);
        Collections.reverse(leftToRight);
        return leftToRight;
    }

    /** Which side of the page a column's footer line goes: its own column's, or its writing's start. */
    public String side(Column column) {
        boolean left = twoColumns() ? columns().get(0) == column : !column.rightToLeft();
        return left ? "at-left" : "at-right";
    }

    /** The title in the given column's language. */
    public String title(Column column) {
        return column.text(title);
    }

    /** The title as the PDF's metadata gives it: each language's, joined. */
    public String metadataTitle() {
        return languages.stream()
                .map(this::title)
                .distinct()
                .reduce((a, b) -> a + " / " + b)
                .orElse("");
    }
}
