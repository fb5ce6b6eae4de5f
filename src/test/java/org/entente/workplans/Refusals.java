package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.shared.Refused;

/** The assertion the rules-core tests share: refused, naming this one field with this key, 422. */
final class Refusals {

    private Refusals() {}

    static void refused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.fields())
                    .as("the refusal names the field and says why")
                    .anySatisfy(error -> {
                        assertThat(error.field()).isEqualTo(field);
                        assertThat(error.messageKey()).isEqualTo(key);
                    });
            assertThat(refused.denial()).isFalse();
            assertThat(refused.status()).isEqualTo(422);
        });
    }
}
