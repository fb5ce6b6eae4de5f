package org.entente.documents;

import java.util.List;
import org.entente.shared.LocalizedText;

/**
 * A long table for the {@code documents/table} template: headings (message keys) and rows of
 * cells, each cell's text per language. In two languages every row holds each language's cells,
 * side by side; the headings repeat on every page.
 *
 * @param headingKeys a message key per column
 * @param rows the cells of each row, one per heading
 */
public record PdfTable(List<String> headingKeys, List<List<LocalizedText>> rows) {

    public PdfTable {
        headingKeys = List.copyOf(headingKeys);
        rows = List.copyOf(rows);
        for (List<LocalizedText> row : rows) {
            if (row.size() != headingKeys.size()) {
                throw new IllegalArgumentException(
                        "Every row has " + headingKeys.size() + " cells, one per heading: " + row);
            }
        }
    }
}
