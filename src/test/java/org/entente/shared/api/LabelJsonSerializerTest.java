package org.entente.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Markings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** Issue 16 item 7: the API's banner is named by the deployment's marking settings, as the pages' is. */
class LabelJsonSerializerTest {

    private static final Markings FRENCH =
            new Markings(List.of("NON PROTÉGÉ", "DIFFUSION RESTREINTE", "CONFIDENTIEL DÉFENSE", "SECRET"));

    @Test
    void theBannerUsesTheDeploymentsNamesAndTheOneCanonicalOrder() {
        JsonMapper json = JsonMapper.builder()
                .addModule(new SimpleModule().addSerializer(LabelJson.class, new LabelJsonSerializer(FRENCH)))
                .build();
        Label label = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR", "FRA"));

        JsonNode written = json.readTree(json.writeValueAsString(LabelJson.of(label)));

        assertThat(written.get("banner").asString())
                .isEqualTo("DIFFUSION RESTREINTE // REL TO MAR, FRA, ISR")
                // the function the pages' banner and chips call (Viewer.marking)
                .isEqualTo(FRENCH.banner(label));
        assertThat(written.get("classification").asString()).isEqualTo("RESTRICTED");
        assertThat(written.get("owner").asString()).isEqualTo("MAR");
        assertThat(written.get("releasableTo").toString()).isEqualTo("[\"FRA\",\"ISR\"]");
    }
}
