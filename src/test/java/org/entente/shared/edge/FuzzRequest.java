package org.entente.shared.edge;

import static org.entente.shared.edge.FuzzInputs.pick;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.shared.edge.FuzzInputs.Category;
import org.entente.shared.edge.FuzzInputs.Shape;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.json.JsonMapper;

/**
 * One generated bad request: its builder, what it is (for the report), and the status the edge
 * must answer when the fault is one the edge owns (0 when any non-5xx answer will do).
 */
record FuzzRequest(
        AbstractMockHttpServletRequestBuilder<?> builder,
        String description,
        int expectedStatus,
        int expectedSignedIn,
        boolean keepsCookies) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Over the 1 MB limit of JSON and forms; over the 25 MB of uploads. */
    private static final byte[] OVER_BODY = new byte[1024 * 1024 + 1];

    private static final byte[] OVER_UPLOAD = new byte[25 * 1024 * 1024 + 64 * 1024 + 1];

    static FuzzRequest build(Category category, String route, HandlerMethod handler, Fixtures fixtures, Random random) {
        String method = route.substring(0, route.indexOf(' '));
        String pattern = route.substring(route.indexOf(' ') + 1);
        Shape shape = handler == null
                ? new Shape(
                        pattern.equals("/login") ? List.of("username", "password") : List.of(), null, false, List.of())
                : FuzzInputs.shape(handler);
        boolean api = pattern.startsWith("/api/");
        boolean write = !method.equals("GET");
        boolean json = api && shape.body() != null;
        long id = fixtures.someId();
        // The path, with real records; PATH replaces one variable by a bad value.
        List<String> segments = new ArrayList<>(List.of(pattern.substring(1).split("/", -1)));
        List<Integer> variables = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{")) {
                variables.add(i);
                String name = segment.substring(1, segment.indexOf('}'));
                String rest = segment.substring(segment.indexOf('}') + 1);
                segments.set(i, fixtures.value(name, i > 0 ? segments.get(i - 1) : "") + rest);
            }
        }
        String description = "";
        int expected = 0;
        int expectedSignedIn = 0;
        boolean keepsCookies = false;
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Object> body = json ? plausibleBody(shape.body(), id) : null;
        String rawBody = null;
        byte[] bytes = null;
        Map<String, String> headers = new LinkedHashMap<>();
        String fileName = "plan.xlsx";
        String query = "";
        List<String> fieldNames = write ? shape.formFields() : shape.parameters();
        String target = fieldNames.isEmpty() ? "q" : pick(fieldNames, random);
        for (String name : write ? shape.parameters() : List.<String>of()) {
            fields.put(name, FuzzInputs.plausible(name, id));
        }
        switch (category) {
            case EMPTY -> {
                fieldNames.forEach(name -> fields.put(name, ""));
                if (json) {
                    rawBody = pick(List.of("", "{}", "null", "[]", "\"\""), random);
                }
                description = "empty values, body " + rawBody;
            }
            case MISSING -> {
                fields.clear();
                if (json) {
                    body.keySet().removeIf(k -> random.nextBoolean());
                }
                description = "fields missing: " + (json ? body.keySet() : "all");
            }
            case HUGE -> {
                String huge = "ج".repeat(random.nextBoolean() ? 60_000 : 250_000);
                fields.put(target, huge);
                if (json) {
                    body.put(pick(new ArrayList<>(body.keySet()), random), huge);
                }
                description = "a " + huge.length() + "-character value in " + target;
            }
            case OVERSIZE_BODY -> {
                if (shape.multipart() || pattern.endsWith(".xlsx")) {
                    bytes = OVER_UPLOAD;
                } else {
                    bytes = OVER_BODY;
                }
                expected = 413;
                description = "a body of " + bytes.length + " bytes";
            }
            case NUL, CONTROL, BIDI -> {
                String bad = category == Category.NUL
                        ? pick(List.of("\u0000", "a\u0000b", "x\u0000"), random)
                        : category == Category.CONTROL
                                ? pick(FuzzInputs.CONTROLS, random)
                                : pick(FuzzInputs.BIDI, random);
                boolean override = bad.contains("\u202D") || bad.contains("\u202E");
                int where = random.nextInt(json ? 6 : 5);
                switch (where) {
                    case 0 -> fields.put(target, bad);
                    case 1 -> fields.put(target + bad, "x");
                    case 2 -> {
                        if (variables.isEmpty()) {
                            // No variable in this path: the value goes to a parameter instead.
                            fields.put("id", bad);
                        } else {
                            segments.set(variables.get(random.nextInt(variables.size())), RequestFuzzIT.encode(bad));
                        }
                    }
                    case 3 ->
                        headers.put(
                                pick(List.of("Accept-Language", "If-Match", "HX-Request", "X-Custom"), random), bad);
                    case 4 -> fileName = "plan" + bad + ".xlsx";
                    default -> {
                        // Into a text of the body: a string, or a string in a map of languages.
                        List<RecordComponent> texts = new ArrayList<>();
                        for (RecordComponent c : shape.body().getRecordComponents()) {
                            Object plausible = body.get(c.getName());
                            if (c.getType() == String.class
                                    || plausible instanceof Map<?, ?> m
                                            && m.values().stream().allMatch(String.class::isInstance)) {
                                texts.add(c);
                            }
                        }
                        if (texts.isEmpty()) {
                            body.put(pick(new ArrayList<>(body.keySet()), random) + bad, "x");
                            where = -1;
                        } else {
                            RecordComponent text = pick(texts, random);
                            body.put(
                                    text.getName(),
                                    body.get(text.getName()) instanceof String ? bad : Map.of("en", bad));
                            target = text.getName();
                        }
                    }
                }
                if (where == 2 && variables.isEmpty()) {
                    where = 0;
                }
                if (where == 4 && !shape.multipart()) {
                    fields.put(target, bad);
                    where = 0;
                }
                // What is refused: any control anywhere; an override anywhere; any other bidi control
                // in a name, a path or a file name (isolates and embeddings in free text, and so in
                // header values, are allowed). The edge refuses before sign-in; the JSON reader after.
                boolean refused = category != Category.BIDI || override || where == 1 || where == 2 || where == 4;
                if (refused && where >= 0 && where <= 4) {
                    expected = 400;
                } else if (refused && where == 5) {
                    expectedSignedIn = 400;
                }
                description = "%s at %s in %s"
                        .formatted(
                                escape(bad),
                                where < 0
                                        ? "JSON name"
                                        : List.of("value", "name", "path", "header", "file name", "JSON value")
                                                .get(where),
                                target);
            }
            case INVALID_UTF8 -> {
                String bad = pick(FuzzInputs.INVALID_UTF8, random);
                query = "?" + target + "=" + bad;
                byte[] raw = pick(FuzzInputs.INVALID_UTF8_BYTES, random);
                if (write) {
                    var out = new java.io.ByteArrayOutputStream();
                    byte[] prefix = json
                            ? "{\"title\": {\"en\": \"".getBytes(StandardCharsets.UTF_8)
                            : (target + "=").getBytes(StandardCharsets.UTF_8);
                    out.writeBytes(prefix);
                    out.writeBytes(raw);
                    out.writeBytes(json ? "\"}}".getBytes(StandardCharsets.UTF_8) : new byte[0]);
                    bytes = out.toByteArray();
                }
                description = "invalid UTF-8 " + bad + " in the query and the body";
            }
            case WRONG_TYPES -> {
                if (json) {
                    RecordComponent component = pick(List.of(shape.body().getRecordComponents()), random);
                    body.put(component.getName(), FuzzInputs.wrongType(component.getGenericType(), random));
                    description = "wrong type for " + component.getName() + ": " + body.get(component.getName());
                } else {
                    String value = pick(List.of("abc", "[]", "{}", "1e999", "-0", "true", "0x10", "１２"), random);
                    fields.put(target, value);
                    description = "wrong type for " + target + ": " + value;
                }
            }
            case DEEP_NESTING -> {
                String deep = FuzzInputs.nested(random.nextBoolean() ? 600 : 3000, random.nextBoolean());
                if (json) {
                    rawBody = random.nextBoolean()
                            ? deep
                            : "{\"" + pick(new ArrayList<>(body.keySet()), random) + "\": " + deep + "}";
                }
                fields.put(target, deep);
                description = "nesting " + deep.length() / 2 + " deep";
            }
            case NUMBERS_FOR_DATES -> {
                String number = pick(FuzzInputs.NUMBERS_FOR_DATES, random);
                String date = pick(FuzzInputs.BAD_DATES, random);
                fieldNames.stream()
                        .filter(n -> FuzzInputs.plausible(n, 0).equals("2027-05-04"))
                        .forEach(n -> fields.put(n, random.nextBoolean() ? number : date));
                if (json) {
                    for (RecordComponent c : shape.body().getRecordComponents()) {
                        if (FuzzInputs.plausibleJson(c.getGenericType(), c.getName(), 0, 0) instanceof String s
                                && s.equals("2027-05-04")) {
                            body.put(
                                    c.getName(),
                                    random.nextBoolean()
                                            ? (Object) Double.parseDouble(number.replace("NaN", "0"))
                                            : date);
                        }
                    }
                }
                description = "dates " + number + " / " + date;
            }
            case DOTTED_NAMES -> {
                String dotted = pick(FuzzInputs.DOTTED, random);
                if (!shape.recordFields().isEmpty()) {
                    // A record bound from the request meets a nested path under one of its own
                    // components, the trap of ?classification.x=1 (the component left null).
                    dotted = pick(shape.recordFields(), random) + pick(List.of(".x", "[0]", ".x.y", "[MAR]"), random);
                }
                fields.put(dotted, pick(List.of("x", "MAR", "1", "RESTRICTED"), random));
                if (json) {
                    body.put(dotted, "x");
                }
                description = "field " + dotted;
            }
            case UNKNOWN_CODES -> {
                String code = pick(FuzzInputs.UNKNOWN_CODES, random);
                fieldNames.stream()
                        .filter(n -> !FuzzInputs.plausible(n, 0).startsWith("Fuzz")
                                && !FuzzInputs.plausible(n, 0).equals("2027-05-04"))
                        .forEach(n -> fields.put(n, code));
                if (json) {
                    for (RecordComponent c : shape.body().getRecordComponents()) {
                        Object plausible = body.get(c.getName());
                        if (FuzzInputs.raw(c.getGenericType()).isEnum()
                                || c.getName()
                                        .toLowerCase()
                                        .matches(
                                                ".*(nation|party|parties|kind|status|domain|classification|releasable|type|role|bearer).*")) {
                            body.put(
                                    c.getName(),
                                    plausible instanceof List<?>
                                            ? List.of(code)
                                            : plausible instanceof Map<?, ?> ? Map.of(code, 1) : code);
                        }
                    }
                }
                if (!variables.isEmpty() && random.nextBoolean()) {
                    segments.set(variables.get(random.nextInt(variables.size())), RequestFuzzIT.encode(code));
                }
                description = "unknown code " + code;
            }
            case PATH -> {
                String bad = pick(FuzzInputs.PATH_VALUES, random);
                if (variables.isEmpty()) {
                    query = "?id=" + bad;
                } else {
                    segments.set(variables.get(random.nextInt(variables.size())), bad);
                }
                // In a path segment, a control or an override is the edge's to refuse.
                if (!variables.isEmpty() && bad.matches(".*(%00|%E2%80%AE|%0A).*")) {
                    expected = 400;
                }
                description = "path value " + abbreviateValue(bad);
            }
            case HEADERS -> {
                String header =
                        pick(List.of("Accept-Language", "If-Match", "HX-Request", "Content-Type", "Cookie"), random);
                String value = switch (header) {
                    case "Accept-Language" ->
                        pick(
                                List.of(
                                        "xx-XX;q=abc",
                                        "ar;q=2, *;q=-1",
                                        "e".repeat(5000),
                                        "",
                                        ",,,",
                                        "he-IL-u-nu-hebr"),
                                random);
                    case "If-Match" ->
                        pick(
                                List.of("\"abc", "W/\"x\"", "*", "\"1\", \"2\"", "", "\"" + "9".repeat(40) + "\""),
                                random);
                    case "HX-Request" -> pick(List.of("true", "false", "", "1;x"), random);
                    case "Content-Type" ->
                        pick(
                                List.of(
                                        "application/json",
                                        "text/plain",
                                        "multipart/form-data",
                                        "application/x-www-form-urlencoded; charset=nope",
                                        "application/xml",
                                        "*/*"),
                                random);
                    default -> pick(List.of("ENTENTE_LANG=xx", "ENTENTE_LANG=", "ENTENTE_SESSION=garbage"), random);
                };
                headers.put(header, value);
                keepsCookies = header.equals("Cookie");
                description = "header " + header + ": " + abbreviateValue(value);
            }
        }
        String uri = "/" + String.join("/", segments) + query;
        boolean multipartBody = shape.multipart() && bytes == null && rawBody == null;
        AbstractMockHttpServletRequestBuilder<?> builder = RequestFuzzIT.at(method, uri, multipartBody);
        if (multipartBody && builder instanceof MockMultipartHttpServletRequestBuilder parts) {
            parts.file(
                    new MockMultipartFile("file", fileName, "application/octet-stream", new byte[] {'P', 'K', 3, 4}));
        }
        if (bytes != null) {
            builder.content(bytes)
                    .contentType(
                            json
                                    ? MediaType.APPLICATION_JSON
                                    : shape.multipart() || pattern.endsWith(".xlsx")
                                            ? MediaType.APPLICATION_OCTET_STREAM
                                            : MediaType.APPLICATION_FORM_URLENCODED);
        } else if (json && write) {
            builder.contentType(MediaType.APPLICATION_JSON)
                    .content(rawBody != null ? rawBody : JSON.writeValueAsString(body));
        }
        fields.forEach((name, value) -> builder.param(name, value));
        headers.forEach(builder::header);
        return new FuzzRequest(builder, description, expected, expectedSignedIn, keepsCookies);
    }

    private static Map<String, Object> plausibleBody(Class<?> type, long id) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Type generic = component.getGenericType();
                body.put(component.getName(), FuzzInputs.plausibleJson(generic, component.getName(), id, 1));
            }
        }
        return body;
    }

    private static String escape(String value) {
        var shown = new StringBuilder();
        value.chars()
                .forEach(c -> shown.append(c < 0x20 || c >= 0x7F ? "\\u%04X".formatted(c) : Character.toString(c)));
        return shown.toString();
    }

    private static String abbreviateValue(String value) {
        String shown = escape(value);
        return shown.length() > 40 ? shown.substring(0, 40) + "…(" + value.length() + ")" : shown;
    }
}
