package org.entente.shared.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.shared.api.ApiRequestInvalid;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The API's JSON reader: strict, and every refusal names its field. */
class StrictJsonTest {

    enum Kind {
        WORKSHOP,
        VISIT
    }

    record Input(
            String title,
            Kind kind,
            LocalDate plannedStart,
            Integer quarter,
            Long committeeId,
            Map<String, Integer> participants,
            List<Long> objectiveIds,
            Map<String, String> city) {}

    static final JsonMapper JSON = StrictJson.configure(JsonMapper.builder()).build();

    @Test
    void aWellFormedBodyIsReadAsSent() {
        Input input = JSON.readValue("""
                {"title": "اجتماع\u200F", "kind": "VISIT", "plannedStart": "2026-03-01", "quarter": 2,
                 "committeeId": 7, "participants": {"MAR": 3}, "objectiveIds": [1, 2], "city": {"fr": "Rabat"}}""", Input.class);
        assertThat(input.plannedStart()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(input.kind()).isEqualTo(Kind.VISIT);
        assertThat(input.participants()).containsEntry("MAR", 3);
    }

    @Test
    void datesAreOnlyIsoStrings() {
        assertRefused("{\"plannedStart\": -999999999}", 422, "plannedStart", "api.value.invalid");
        assertRefused("{\"plannedStart\": 20000}", 422, "plannedStart", "api.value.invalid");
        assertRefused("{\"plannedStart\": \"+999999999-12-31\"}", 422, "plannedStart", "api.value.invalid");
        assertRefused("{\"plannedStart\": \"2026-02-30\"}", 422, "plannedStart", "api.value.invalid");
        assertRefused("{\"plannedStart\": \"2026-03-01T10:00\"}", 422, "plannedStart", "api.value.invalid");
        assertRefused("{\"plannedStart\": [2026, 3, 1]}", 422, "plannedStart", "api.value.invalid");
    }

    @Test
    void unknownFieldsNullsInMapsAndUnknownCodesAreRefusedByName() {
        assertRefused("{\"committeeId\": 1, \"titel\": \"x\"}", 422, "titel", "api.field.unknown");
        assertRefused("{\"participants\": {\"MAR\": null}}", 422, "participants.MAR", "api.value.required");
        assertRefused("{\"objectiveIds\": [1, null]}", 422, "objectiveIds[1]", "api.value.required");
        assertRefused("{\"kind\": \"PARTY\"}", 422, "kind", "api.value.unknown");
        assertRefused("{\"kind\": 1}", 422, "kind", "api.value.unknown");
    }

    @Test
    void wrongTypesAreRefusedNotCoerced() {
        assertRefused("{\"title\": 5}", 422, "title", "api.value.invalid");
        assertRefused("{\"title\": {\"en\": \"x\"}}", 422, "title", "api.value.invalid");
        assertRefused("{\"quarter\": \"2\"}", 422, "quarter", "api.value.invalid");
        assertRefused("{\"quarter\": 2.5}", 422, "quarter", "api.value.invalid");
        assertRefused("{\"city\": {\"fr\": 5}}", 422, "city.fr", "api.value.invalid");
    }

    @Test
    void controlCharactersInValuesAndKeysAreRefused() {
        assertRefused("{\"title\": \"a\\u0000b\"}", 400, "title", "api.value.control");
        assertRefused("{\"title\": \"a\\u202Eb\"}", 400, "title", "api.value.control");
        assertRefused("{\"title\": \"a\\ud800b\"}", 400, "title", "api.value.control");
        assertRefused("{\"city\": {\"f\\u0000r\": \"Rabat\"}}", 400, "city", "api.value.control");
    }

    @Test
    void aBodyThatIsNotJsonIsNoFieldsFault() {
        Throwable error = catchThrowable(() -> JSON.readValue("{\"title\": ", Input.class));
        assertThat(error).isNotNull();
        assertThat(JsonRefusals.of(error)).isNull();
        Throwable deep = catchThrowable(() -> JSON.readValue("[".repeat(5000), Object.class));
        assertThat(deep).isNotNull();
        assertThat(JsonRefusals.of(deep)).isNull();
    }

    private static void assertRefused(String body, int status, String field, String key) {
        Throwable error = catchThrowable(() -> JSON.readValue(body, Input.class));
        assertThat(error).as(body).isNotNull();
        ApiRequestInvalid refusal = JsonRefusals.of(error);
        assertThat(refusal).as(body + " → " + error).isNotNull();
        assertThat(refusal.status()).as(body).isEqualTo(status);
        assertThat(refusal.errors()).as(body).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
