package org.entente.access;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.Classification;
import org.entente.shared.Nations;
import org.entente.shared.Subject;

/**
 * How a form's label fields are read, the same in every module that labels what it records: the
 * classification typed, which the subject may give only within their clearance ({@link
 * AccessPolicy#withinClearance}), and the nations it is released to. A field read wrong is put in
 * {@code errors} under its name, with its message key.
 */
public final class LabelFields {

    private LabelFields() {}

    /** The classification named, if the subject may give it; otherwise (or null) the field refused. */
    public static Classification classification(Subject subject, String typed, Map<String, String> errors) {
        try {
            Classification classification = Classification.parse(typed == null ? "" : typed);
            if (!AccessPolicy.withinClearance(subject, classification)) {
                errors.put("classification", "agreement.new.refused.aboveClearance");
            }
            return classification;
        } catch (IllegalArgumentException unknown) {
            errors.put("classification", "agreement.new.refused.classification");
            return null;
        }
    }

    /** Upper-cased, stripped, distinct codes, blanks dropped; an unknown nation refuses the field. */
    public static List<String> releasableTo(List<String> codes, Map<String, String> errors) {
        List<String> kept = codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        if (kept.stream().anyMatch(n -> !Nations.isKnown(n))) {
            errors.put("releasableTo", "agreement.new.refused.unknownNation");
        }
        return kept;
    }
}
