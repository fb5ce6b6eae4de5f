package org.entente.shared.edge;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bad inputs the fuzzer sends, by category, and what a route expects to be sent (its
 * parameters, form fields and JSON fields, read from the handler method's signature, plus the
 * field names the templates post). Deterministic for a given {@link Random}.
 */
final class FuzzInputs {

    /** The categories, in the order they run and are reported. */
    enum Category {
        EMPTY,
        MISSING,
        HUGE,
        OVERSIZE_BODY,
        NUL,
        CONTROL,
        BIDI,
        INVALID_UTF8,
        WRONG_TYPES,
        DEEP_NESTING,
        NUMBERS_FOR_DATES,
        DOTTED_NAMES,
        UNKNOWN_CODES,
        PATH,
        HEADERS
    }

    /** Field names the forms post (from the templates), with their languages and nations filled in. */
    static final List<String> FORM_FIELDS = List.of(
            "status",
            "nation",
            "version",
            "kind",
            "classification",
            "releasableTo",
            "title.en",
            "title.ar",
            "note",
            "note.ar",
            "name.en",
            "name.fr",
            "domain",
            "code",
            "reason",
            "quarter",
            "plannedStart",
            "plannedEnd",
            "parentId",
            "hostNation",
            "date",
            "username",
            "plannedQuarter",
            "parties",
            "nations",
            "name",
            "language",
            "from",
            "to",
            "clearance",
            "city.en",
            "agreementId",
            "year",
            "value",
            "type",
            "text.en",
            "termYears",
            "target",
            "tacitRenewal",
            "summary.en",
            "startDate",
            "start",
            "signedPlace.en",
            "signedOn",
            "signatory.MAR",
            "session",
            "secretariat",
            "scope",
            "role",
            "responsible",
            "responsible.ar",
            "name.ar",
            "position.en",
            "plannedDate",
            "password",
            "party",
            "partnerNation",
            "participants.MAR",
            "outcomes",
            "outcome",
            "members",
            "leadNation",
            "lang",
            "group",
            "expires",
            "endDate",
            "enabled",
            "dueDate",
            "domains",
            "description.en",
            "decision.en",
            "decision",
            "day",
            "costBearer",
            "corrigendum.en",
            "committee",
            "coChair.MAR.position",
            "coChair.ISR.organization",
            "capacity.MAR",
            "cadence",
            "body.en",
            "alternating",
            "agenda.en",
            "administrator",
            "actualStart",
            "actualEnd",
            "actualDate",
            "actual",
            "action",
            "account",
            "abbreviation",
            "code",
            "number",
            "organizationId",
            "objective.1",
            "venue.en",
            "rank.en");

    static final List<String> NUMBERS_FOR_DATES =
            List.of("-999999999", "0", "20000", "1e20", "-1", "99999999999999999999", "1.5", "NaN");
    static final List<String> BAD_DATES = List.of(
            "+999999999-12-31",
            "-999999999-01-01",
            "2026-13-45",
            "2026-02-30",
            "0000-00-00",
            "26-1-1",
            "2026-03-01T10:00",
            "01/03/2026",
            "infinity",
            "-infinity",
            "epoch",
            "now");
    static final List<String> UNKNOWN_CODES = List.of(
            "XXX",
            "mar",
            "MARO",
            "ZZ",
            "FRA,MAR",
            "NO_SUCH_DOMAIN",
            "SECRETISSIMO",
            "ÉTÉ",
            "restricted",
            "0",
            "-1",
            "null",
            "undefined",
            "__proto__",
            "*");
    static final List<String> DOTTED = List.of(
            "kind.x",
            "username.x",
            "title.en.x",
            "classification.x",
            "nation.x",
            "releasableTo[0]",
            "releasableTo[MAR]",
            "releasableTo[",
            "releasableTo[99999999999]",
            "participants[MAR]",
            "class.module.classLoader",
            "status.name",
            "domain.code.x",
            "[0]",
            ".",
            "..",
            "title.",
            "a.b.c.d.e.f.g.h",
            "plannedStart.year");
    static final List<String> CONTROLS = List.of(
            "\u0000",
            "a\u0000b",
            "\u0001",
            "\u0007",
            "\u0008",
            "\u000B",
            "\u000C",
            "\u001B[31m",
            "\u007F",
            "\u0085",
            "\u009B",
            "x\u0000",
            "\u0000\u0000\u0000");
    static final List<String> BIDI = List.of(
            "\u202Egnp.exe",
            "\u202D",
            "abc\u202Edef",
            "\u2066MAR\u2069",
            "\u202A\u202B\u202C",
            "\u2067",
            "\u2068",
            "\u200F\u202E\u200F",
            "MA\u202ER");
    /**
     * Bad path segments. Malformed escapes ({@code %zz}) are not among them: Tomcat answers 400 to
     * those before the application sees them (RequestEdgesIT sends one over a socket).
     */
    static final List<String> PATH_VALUES = List.of(
            "0",
            "-1",
            "99999999999999999999",
            "9223372036854775808",
            "abc",
            "%00",
            "a%00b",
            "%E2%80%AE",
            "%C3%28",
            "%FF%FE",
            "..%2F..",
            "%20",
            "1.5",
            "1e3",
            "%0A",
            "%2Fetc%2Fpasswd",
            "x".repeat(3000));

    static final List<String> INVALID_UTF8 = List.of("%C3%28", "%A0%A1", "%E2%28%A1", "%F0%28%8C%BC", "%FF", "%C0%AF");
    static final List<byte[]> INVALID_UTF8_BYTES = List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC},
            new byte[] {(byte) 0xC0, (byte) 0xAF});

    /** What a route takes: request parameters (and form fields), and the JSON body's record, if any. */
    /**
     * @param recordFields the components of the records the handler binds from the query string or
     *     form (a query record such as {@code PlanQuery}): each can be named with a nested path
     */
    record Shape(List<String> parameters, Class<?> body, boolean multipart, List<String> recordFields) {

        /** The fields to send in a form: the handler's own, then the forms' usual ones. */
        List<String> formFields() {
            Set<String> fields = new LinkedHashSet<>(parameters);
            fields.addAll(FORM_FIELDS);
            return new ArrayList<>(fields);
        }
    }

    static Shape shape(HandlerMethod handler) {
        List<String> parameters = new ArrayList<>();
        List<String> recordFields = new ArrayList<>();
        Class<?> body = null;
        boolean multipart = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = type;
            } else if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            } else if (MultipartFile.class.isAssignableFrom(type)) {
                multipart = true;
                parameters.add(param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName());
            } else if (param != null && !Map.class.isAssignableFrom(type)) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                parameters.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    parameters.add(component.getName());
                    recordFields.add(component.getName());
                }
            }
        }
        parameters.removeIf(p -> p == null || p.isEmpty());
        return new Shape(parameters, body, multipart, recordFields);
    }

    /** A plausible value for a form field or query parameter, from its name. */
    static String plausible(String name, long id) {
        String n = name.toLowerCase();
        if (n.endsWith("date")
                || n.endsWith("start")
                || n.endsWith("end")
                || n.endsWith("on")
                || n.equals("from")
                || n.equals("to")
                || n.equals("day")) {
            return "2027-05-04";
        }
        if (n.contains("nation")
                || n.equals("party")
                || n.equals("parties")
                || n.equals("releasableto")
                || n.equals("nations")
                || n.equals("costbearer")) {
            return "MAR";
        }
        if (n.equals("classification") || n.equals("clearance") || n.equals("maxclassification")) {
            return "RESTRICTED";
        }
        if (n.equals("year")) {
            return "2027";
        }
        if (n.contains("quarter")) {
            return "2";
        }
        if (n.endsWith("id") || n.equals("number") || n.equals("session") || n.equals("version")) {
            return Long.toString(id);
        }
        if (n.equals("lang") || n.equals("language") || n.equals("languages")) {
            return "en";
        }
        return "Fuzz " + name;
    }

    /** A well-formed JSON value of this type, to mutate one field of. */
    static Object plausibleJson(Type type, String name, long id, int depth) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            Object value = plausible(name, id);
            return value;
        }
        if (raw == LocalDate.class) {
            return "2027-05-04";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return name.toLowerCase().contains("quarter") ? 2 : id;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return false;
        }
        if (raw.isEnum()) {
            return ((Enum<?>) raw.getEnumConstants()[0]).name();
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type value = argument(type, 1);
            return Map.of(raw(value) == String.class ? "en" : "MAR", plausibleJson(value, name, id, depth + 1));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return List.of(plausibleJson(argument(type, 0), name, id, depth + 1));
        }
        if (raw.isRecord() && depth < 3) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                object.put(
                        component.getName(),
                        plausibleJson(component.getGenericType(), component.getName(), id, depth + 1));
            }
            return object;
        }
        return null;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return String.class;
    }

    /** A value of the wrong JSON type for a field of this type. */
    static Object wrongType(Type type, Random random) {
        Class<?> raw = raw(type);
        List<Object> options =
                new ArrayList<>(List.of(Map.of("x", 1), List.of(1, "two"), true, 3.5, -1, "text", List.of(), Map.of()));
        if (raw == String.class || raw == LocalDate.class || raw.isEnum()) {
            options.removeIf(o -> o instanceof String);
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != boolean.class) {
            options.removeIf(o -> o instanceof Integer);
        } else if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            options.removeIf(o -> o instanceof Map);
            Map<String, Object> nulls = new LinkedHashMap<>();
            nulls.put("MAR", null);
            options.add(nulls);
            options.add(Map.of("MAR", List.of(1)));
        } else if (Collection.class.isAssignableFrom(raw)) {
            options.removeIf(o -> o instanceof List);
            List<Object> nulls = new ArrayList<>();
            nulls.add(null);
            options.add(nulls);
        }
        return options.get(random.nextInt(options.size()));
    }

    /** JSON nested {@code depth} levels deep, as text. */
    static String nested(int depth, boolean objects) {
        var json = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            json.append(objects ? "{\"a\":" : "[");
        }
        json.append("1");
        for (int i = 0; i < depth; i++) {
            json.append(objects ? "}" : "]");
        }
        return json.toString();
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
