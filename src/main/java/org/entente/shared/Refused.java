package org.entente.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one exception for "refused": the rules say no to what was asked. Its {@link #messageKey()}
 * (with {@link #args()}) says why in the user's language, and {@link #fields()} names each field to
 * correct. Nothing was stored.
 *
 * <p>Controllers do not catch it. Pages answer 422 with the same form again and the errors beside
 * the fields (see {@link org.entente.shared.web.Forms}); the API answers 422 {@code
 * application/problem+json} with {@code errors[]}. A subclass that is a {@link #denial()} (the
 * access policy's {@code AccessDeniedException}) answers 403 and is audited. See {@code
 * docs/refusals.md}.
 */
public class Refused extends RuntimeException {

    /** One field to correct: the form field's name and the message key saying why, with its arguments. */
    public record FieldError(String field, String messageKey, Object... args) {

        public FieldError {
            args = args == null ? new Object[0] : args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public String toString() {
            return field + "=" + messageKey + Arrays.toString(args);
        }
    }

    /** What a denial refused, for the audit trail: the action tried and the record concerned. */
    public record Target(String action, String objectType, String objectId, Label label) {}

    /** The message key of a refusal that names only fields. */
    public static final String FIELDS = "validation.summary";

    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldError> fields;
    private transient Target target;

    /** A refusal of the whole request, not of one field. */
    public Refused(String messageKey, Object... args) {
        this(messageKey, args, List.of());
    }

    /** A refusal naming each field to correct, in the order of the form. */
    public Refused(List<FieldError> fields) {
        this(FIELDS, new Object[0], fields);
    }

    protected Refused(String messageKey, Object[] args, List<FieldError> fields) {
        super(messageKey + (fields.isEmpty() ? "" : " " + fields));
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
        this.fields = List.copyOf(fields);
    }

    /** A refusal naming each field (in the map's order) with the message key saying why. */
    public static Refused fields(java.util.Map<String, String> messageKeys) {
        return new Refused(messageKeys.entrySet().stream()
                .map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList());
    }

    /** A refusal of one field. */
    public static Refused field(String field, String messageKey, Object... args) {
        return new Refused(List.of(new FieldError(field, messageKey, args)));
    }

    /**
     * The message key prefix of the refused fields' names ({@code workplans.field.}), so that an
     * answer without a form beside it (the API) can name each field in the reader's language; none
     * by default.
     */
    public String fieldLabelPrefix() {
        return null;
    }

    /**
     * The API's {@code errors[]} for a refusal whose fields are not a form's, each {@code {field,
     * message}} already in the reader's language (a spreadsheet's cells: "row 7, column D (Type)");
     * empty, the default, for a form's fields, which the one refusal path names itself.
     */
    public List<Map<String, String>> namedErrors(Translator messages, Locale locale) {
        return List.of();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The fields to correct, in the order of the form (empty when the whole request is refused). */
    public List<FieldError> fields() {
        return fields;
    }

    /**
     * Names what was refused, for the audit entry of a denial (without it the handlers record the
     * request's method and route).
     */
    public Refused on(String action, String objectType, Object objectId, Label label) {
        this.target = new Target(action, objectType, objectId == null ? null : objectId.toString(), label);
        return this;
    }

    /** What was refused, or null when the thrower did not say. */
    public Target target() {
        return target;
    }

    /** Whether this is the access policy saying no (403, audited) rather than the rules of the record (422). */
    public boolean denial() {
        return false;
    }

    /** The HTTP status that answers it. */
    public int status() {
        return denial() ? 403 : 422;
    }
}
