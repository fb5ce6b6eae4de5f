package org.entente.shared.api;

import java.util.List;
import org.entente.shared.Classification;
import org.entente.shared.Label;

/** A label as every record of the API carries it (api.md). */
public record LabelJson(Classification classification, String owner, List<String> releasableTo, String banner) {

    /** The label's JSON form; {@code null} for a record without a label. */
    public static LabelJson of(Label label) {
        return label == null
                ? null
                : new LabelJson(
                        label.classification(),
                        label.owner(),
                        label.releasableTo().stream().sorted().toList(),
                        label.banner());
    }
}
