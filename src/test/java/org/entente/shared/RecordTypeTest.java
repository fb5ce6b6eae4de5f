package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The catalogue of record kinds is whole: the constant a validation pattern needs names every kind,
 * each kind named in a sentence has its words in every bundle (each kind's name alone is checked
 * with every shown enum, {@code web.EnumMessageKeys}), and each kind is found by its spelling.
 */
class RecordTypeTest {

    @Test
    void theNamesConstantSpellsEveryKindInOrder() {
        assertThat(RecordType.NAMES).isEqualTo(RecordType.names());
    }

    @Test
    void everyKindOneMayCommentOnIsNamedInASentenceInEveryLanguage() throws IOException {
        List<RecordType> commented =
                Arrays.stream(RecordType.values()).filter(RecordType::commented).toList();
        assertThat(commented).isNotEmpty();
        for (String bundle : List.of("", "_en", "_fr", "_ar", "_he")) {
            Properties messages = PropertiesLoaderUtils.loadProperties(new EncodedResource(
                    new ClassPathResource("i18n/messages" + bundle + ".properties"), StandardCharsets.UTF_8));
            for (RecordType type : commented) {
                assertThat(messages.getProperty(type.inSentenceKey()))
                        .as(type.inSentenceKey() + " in messages" + bundle)
                        .isNotBlank();
            }
        }
    }

    @Test
    void eachKindIsFoundByItsSpellingAndNothingElseIs() {
        for (RecordType type : RecordType.values()) {
            assertThat(RecordType.spelled(type.spelled())).contains(type);
        }
        assertThat(RecordType.spelled("ACTION_ITEM")).isEmpty();
        assertThat(RecordType.spelled("record")).isEmpty();
        assertThat(RecordType.spelled(null)).isEmpty();
    }
}
