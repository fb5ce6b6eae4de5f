package org.entente.shared.api;

import java.util.List;
import java.util.Set;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Markings;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link LabelJson} with its {@code banner} named by this deployment's marking settings
 * ({@code entente.classification-names}), by the same function the pages' banner and chips use
 * ({@link Markings#banner}), so that the API and the page read one marking (issue 16 item 7).
 */
@JacksonComponent
class LabelJsonSerializer extends StdSerializer<LabelJson> {

    /** The label's fields as written. */
    record Written(Classification classification, String owner, List<String> releasableTo, String banner) {}

    private final Markings markings;

    LabelJsonSerializer(Markings markings) {
        super(LabelJson.class);
        this.markings = markings;
    }

    @Override
    public void serialize(LabelJson label, JsonGenerator json, SerializationContext context) {
        String banner =
                markings.banner(new Label(label.classification(), label.owner(), Set.copyOf(label.releasableTo())));
        context.writeValue(json, new Written(label.classification(), label.owner(), label.releasableTo(), banner));
    }
}
