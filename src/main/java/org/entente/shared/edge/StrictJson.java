package org.entente.shared.edge;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How the API reads JSON: strictly, so that what a caller meant is never guessed. Every refusal
 * names its field (the path through the body, {@code participants.MAR}); {@link JsonRefusals}
 * turns it into a problem.
 *
 * <ul>
 *   <li>Dates only as ISO-8601 strings ({@code "2026-03-01"}): a number is no longer read as days
 *       since 1970, a date-time or a six-digit year is refused.
 *   <li>A field the record does not have is refused (the API documents its fields; a misspelt one
 *       silently dropped would store something other than what was sent).
 *   <li>No scalar coercions: text is a JSON string, a number a JSON number, a flag a JSON
 *       boolean; an enum is its code, never its index.
 *   <li>{@code null} inside a list or a map ({@code "participants": {"MAR": null}}) is refused; so
 *       is {@code null} for a primitive field.
 *   <li>Text and map keys holding a refused character ({@link ControlCharacters}) are refused.
 * </ul>
 *
 * Nesting depth and token sizes keep Jackson's own stream limits (500 levels), and a body is at
 * most 1 MB anyway ({@link RequestLimits}).
 */
public final class StrictJson {

    private StrictJson() {}

    /** Applies the rules to a mapper builder (the application's, and tests'). */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .withCoercionConfig(
                        LogicalType.Integer,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .addModule(module());
    }

    static SimpleModule module() {
        return new SimpleModule("entente-strict-json")
                .addDeserializer(String.class, new Text())
                .addDeserializer(LocalDate.class, new IsoDate())
                .addKeyDeserializer(String.class, new Key());
    }

    /** A JSON value carrying a character no text may hold. */
    public static final class RefusedCharacter extends MismatchedInputException {

        RefusedCharacter(JsonParser parser, Class<?> target) {
            super(parser, "a control character or direction override", target);
        }
    }

    /** Text: a JSON string only, without refused characters. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            if (!ControlCharacters.isCleanText(text)) {
                throw new RefusedCharacter(parser, String.class);
            }
            return text;
        }
    }

    /** A map key (a language, a nation code): an identifier, so no control and no bidi control. */
    static final class Key extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (!ControlCharacters.isCleanIdentifier(key)) {
                throw new RefusedCharacter(context.getParser(), String.class);
            }
            return key;
        }
    }

    /** A date: only {@code YYYY-MM-DD}, a real day of the calendar. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            if (ISO.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException notADay) {
                    // refused below
                }
            }
            return (LocalDate)
                    context.handleWeirdStringValue(LocalDate.class, text, "not an ISO-8601 date (YYYY-MM-DD)");
        }
    }
}
