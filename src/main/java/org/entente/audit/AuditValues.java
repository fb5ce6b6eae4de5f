package org.entente.audit;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.entente.identity.Viewer;
import org.entente.shared.Classification;
import org.entente.shared.Isolate;
import org.entente.shared.PersonName;
import org.entente.shared.RecordType;
import org.entente.shared.Reusable;
import org.entente.shared.Translator;

/**
 * An audit entry's values as the auditor reads them, in their language: a detail's value by what its
 * key holds (a day, a moment, a count, a status through its enum's message keys, a nation, an
 * account's person), the object an event concerns, and the address it came from. The trail keeps
 * what the code wrote (ISO days, enum codes, login names), which stays in each value's title for an
 * auditor who needs it; the page shows words. What a detail holds is said here once per key, and
 * per action where one key holds different things ({@code before}: a clearance, a milestone's
 * status, a marking); {@code AuditValuesTest} fails for a key the code writes that is said nowhere.
 */
public final class AuditValues {

    /** What a detail's value is, and so how it is shown. */
    enum Kind {
        /** An ISO day: "12 March 2026", "12 مارس 2026". */
        DAY,
        /** An ISO instant: to the second, in UTC. */
        MOMENT,
        /** A count or a quantity, grouped and with the locale's digits. */
        NUMBER,
        /** A number that names something (a year, an entry, a record): the locale's digits, no grouping. */
        IDENTIFIER,
        /** A page of the audit list, stored from 0 and read from 1. */
        PAGE,
        /** A code named by a message key: the rule's prefix then the code. */
        WORD,
        /** A nation's code: its name. */
        NATION,
        /** A language's code: its name in the reader's language. */
        LANGUAGE,
        /** Language codes, comma-separated: their names, as a list. */
        LANGUAGES,
        /** A login name: the person the account belongs to, as the reader may know them. */
        ACCOUNT,
        /** Login names, comma-separated. */
        ACCOUNTS,
        /** An audit action's code or its start: its name. */
        ACTION,
        /** A classification level's code: its name. */
        CLASSIFICATION,
        /** A marking as the banner writes it ({@code RESTRICTED // REL TO ISR, MAR}): as it is, left to right. */
        MARKING,
        /** A code the reader uses as such (an activity's code, a request): as it is, left to right. */
        CODE,
        /** Codes or numbers, comma-separated: each left to right, in a list. */
        CODES,
        /** A digest: its first characters, the whole in the title. */
        DIGEST,
        /** A record as {@code kind:id}: the kind named, then its number. */
        RECORD,
        /** Fields of a form, comma-separated: their labels, the rule's prefix then the field. */
        FIELDS,
        /** {@code true} or {@code false}: yes or no. */
        YES_NO,
        /** Why something was refused: a message key, or a code the rule's prefix names. */
        REASON,
        /** Text as someone typed it (a file's or a token's name): as it is. */
        TEXT
    }

    record Rule(Kind kind, String prefix) {
        static Rule of(Kind kind) {
            return new Rule(kind, null);
        }

        static Rule word(String prefix) {
            return new Rule(Kind.WORD, prefix);
        }
    }

    /**
     * One value as shown: the text, the value as stored when it differs (a title for the auditor), and
     * whether it is a code read left to right.
     */
    public record Shown(String text, String stored, boolean code) {

        static Shown words(String text, String stored) {
            return new Shown(text, text.equals(stored) ? null : stored, false);
        }

        static Shown code(String stored) {
            return new Shown(stored, null, true);
        }
    }

    /** A detail as shown: its key (named by the page's {@code detailNames}) and its value. */
    public record Detail(String key, Shown value) {}

    /** What each detail key holds, whatever the action. */
    static final Map<String, Rule> BY_KEY = Map.ofEntries(
            Map.entry("account", Rule.of(Kind.ACCOUNT)),
            Map.entry("action", Rule.of(Kind.ACTION)),
            Map.entry("actor", Rule.of(Kind.CODE)),
            Map.entry("actual", Rule.of(Kind.NUMBER)),
            Map.entry("after", Rule.of(Kind.MARKING)),
            Map.entry("back", Rule.of(Kind.MOMENT)),
            Map.entry("before", Rule.of(Kind.MARKING)),
            Map.entry("carried", Rule.of(Kind.NUMBER)),
            Map.entry("clearance", Rule.of(Kind.CLASSIFICATION)),
            Map.entry("code", Rule.of(Kind.CODE)),
            Map.entry("committee", Rule.of(Kind.IDENTIFIER)),
            Map.entry("date", Rule.of(Kind.DAY)),
            Map.entry("decisions", Rule.of(Kind.NUMBER)),
            Map.entry("entries", Rule.of(Kind.NUMBER)),
            Map.entry("entry", Rule.of(Kind.IDENTIFIER)),
            Map.entry("events", Rule.of(Kind.NUMBER)),
            Map.entry("expires", Rule.of(Kind.DAY)),
            Map.entry("failuresInARow", Rule.of(Kind.NUMBER)),
            Map.entry("fields", new Rule(Kind.FIELDS, "session.field.")),
            Map.entry("firstBadEntry", Rule.of(Kind.IDENTIFIER)),
            Map.entry("format", Rule.word("audit.value.format.")),
            Map.entry("from", Rule.of(Kind.DAY)),
            Map.entry("ids", Rule.of(Kind.CODES)),
            Map.entry("internal", Rule.of(Kind.YES_NO)),
            Map.entry("kind", Rule.of(Kind.CODE)),
            Map.entry("kpi", Rule.word("kpi.")),
            Map.entry("labelAfter", Rule.of(Kind.MARKING)),
            Map.entry("labelBefore", Rule.of(Kind.MARKING)),
            Map.entry("language", Rule.of(Kind.LANGUAGE)),
            Map.entry("languages", Rule.of(Kind.LANGUAGES)),
            Map.entry("maxClassification", Rule.of(Kind.CLASSIFICATION)),
            Map.entry("means", Rule.word("audit.value.means.")),
            Map.entry("mentions", Rule.of(Kind.ACCOUNTS)),
            Map.entry("name", Rule.of(Kind.TEXT)),
            Map.entry("nation", Rule.of(Kind.NATION)),
            Map.entry("number", Rule.of(Kind.IDENTIFIER)),
            Map.entry("outcome", Rule.word("audit.outcome.")),
            Map.entry("page", Rule.of(Kind.PAGE)),
            Map.entry("party", Rule.of(Kind.NATION)),
            Map.entry("person", Rule.of(Kind.IDENTIFIER)),
            Map.entry("plan", Rule.of(Kind.IDENTIFIER)),
            Map.entry("planned", Rule.of(Kind.DAY)),
            Map.entry("project", Rule.of(Kind.IDENTIFIER)),
            Map.entry("quarter", Rule.of(Kind.IDENTIFIER)),
            Map.entry("reason", new Rule(Kind.REASON, "audit.value.reason.")),
            Map.entry("record", Rule.of(Kind.RECORD)),
            Map.entry("request", Rule.of(Kind.CODE)),
            Map.entry("rows", Rule.of(Kind.NUMBER)),
            Map.entry("scope", Rule.word("tokens.scope.")),
            Map.entry("session", Rule.of(Kind.IDENTIFIER)),
            Map.entry("sha256", Rule.of(Kind.DIGEST)),
            Map.entry("status", Rule.of(Kind.CODE)),
            Map.entry("stopped", Rule.of(Kind.MOMENT)),
            Map.entry("target", Rule.of(Kind.NUMBER)),
            Map.entry("to", Rule.of(Kind.DAY)),
            Map.entry("value", Rule.of(Kind.NUMBER)),
            Map.entry("version", Rule.of(Kind.IDENTIFIER)),
            Map.entry("withdrawn", Rule.of(Kind.CODES)),
            Map.entry("year", Rule.of(Kind.IDENTIFIER)));

    /** Where one key holds something else for one action: {@code action + " " + key}. */
    static final Map<String, Rule> BY_ACTION = Map.ofEntries(
            Map.entry("identity.account.clearance before", Rule.of(Kind.CLASSIFICATION)),
            Map.entry("identity.account.clearance after", Rule.of(Kind.CLASSIFICATION)),
            Map.entry("projects.milestone.record before", Rule.word("milestone.status.")),
            Map.entry("projects.milestone.record status", Rule.word("milestone.status.")),
            Map.entry("projects.milestone.record actual", Rule.of(Kind.DAY)),
            Map.entry("committees.action.update status", Rule.word("action.status.")),
            Map.entry("agreements.agreement.create kind", Rule.word("agreement.kind.")),
            Map.entry("agreements.agreement.event kind", Rule.word("agreement.event.")),
            Map.entry("audit.verify reason", Rule.word("audit.value.problem.")),
            Map.entry("workplans.plan.next from", Rule.of(Kind.IDENTIFIER)));

    private static final Map<Locale, Reusable<NumberFormat>> NUMBERS = new ConcurrentHashMap<>();
    private static final Map<Locale, Reusable<NumberFormat>> IDENTIFIERS = new ConcurrentHashMap<>();

    private final Viewer viewer;
    private final Translator messages;

    private AuditValues(Viewer viewer, Translator messages) {
        this.viewer = viewer;
        this.messages = messages;
    }

    /** The values of a page, for this reader. */
    public static AuditValues forReader(Viewer viewer, Translator messages) {
        return new AuditValues(viewer, messages);
    }

    /** What a detail holds in an entry of this action. */
    static Rule rule(String action, String key) {
        Rule special = BY_ACTION.get(action + " " + key);
        return special != null ? special : BY_KEY.getOrDefault(key, Rule.of(Kind.TEXT));
    }

    /** An entry's details, each value in the reader's language. */
    public List<Detail> details(String action, Map<String, String> details) {
        return details.entrySet().stream()
                .map(detail -> new Detail(detail.getKey(), value(action, detail.getKey(), detail.getValue())))
                .toList();
    }

    /** One detail's value, in the reader's language; a value that is not what its key says is shown as stored. */
    public Shown value(String action, String key, String value) {
        if (value == null || value.isEmpty()) {
            return Shown.code("");
        }
        Rule rule = rule(action, key);
        try {
            return shown(rule, value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Shown.code(value);
        }
    }

    private Shown shown(Rule rule, String value) {
        return switch (rule.kind()) {
            case DAY -> Shown.words(viewer.date(LocalDate.parse(value)), value);
            case MOMENT -> Shown.words(viewer.moment(Instant.parse(value)), value);
            case NUMBER -> Shown.words(number(NUMBERS, true, new BigDecimal(value)), value);
            case IDENTIFIER -> Shown.words(number(IDENTIFIERS, false, new BigDecimal(value)), value);
            case PAGE -> Shown.words(number(IDENTIFIERS, false, new BigDecimal(value).add(BigDecimal.ONE)), value);
            case WORD -> word(rule.prefix(), value);
            case NATION -> Shown.words(viewer.nation(value), value);
            case LANGUAGE -> Shown.words(language(value), value);
            case LANGUAGES -> Shown.words(Isolate.list(viewer.locale(), split(value, this::language)), value);
            case ACCOUNT -> account(value);
            case ACCOUNTS ->
                Shown.words(
                        Isolate.list(
                                viewer.locale(),
                                split(value, login -> account(login).text())),
                        value);
            case ACTION -> value.endsWith(".") ? module(value) : word("audit.action.", value);
            case CLASSIFICATION -> Shown.words(viewer.classification(Classification.valueOf(value)), value);
            case MARKING, CODE -> Shown.code(value);
            case CODES -> Shown.code(String.join(viewer.t("list.separator"), split(value, Isolate::code)));
            case DIGEST -> new Shown(value.length() > 12 ? value.substring(0, 12) + "…" : value, value, true);
            case RECORD -> record(value);
            case FIELDS ->
                Shown.words(
                        Isolate.list(viewer.locale(), split(value, field -> known(rule.prefix() + field, field))),
                        value);
            case YES_NO -> found(Boolean.parseBoolean(value) ? "audit.value.yes" : "audit.value.no", value);
            case REASON -> reason(rule.prefix(), value);
            case TEXT -> new Shown(value, null, false);
        };
    }

    /**
     * An event's object as the reader knows it: an account's person (the login in the title), a
     * timeline's nations; another's identifier as stored, read left to right.
     */
    public Shown object(String objectType, String objectId) {
        if (objectId == null) {
            return null;
        }
        return switch (objectType) {
            case "account" -> account(objectId);
            case "timeline" -> Shown.words(Isolate.list(viewer.locale(), split(objectId, viewer::nation)), objectId);
            default -> Shown.code(objectId);
        };
    }

    /**
     * An address as people write it: an IPv6 address shortened the RFC 5952 way ({@code
     * 0:0:0:0:0:0:0:1} is {@code ::1}), anything else as it came.
     */
    public static String address(String address) {
        if (address == null || address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:]+")) {
            return address;
        }
        String[] groups = address.split(":", -1);
        if (groups.length != 8 || Arrays.stream(groups).anyMatch(g -> g.isEmpty() || g.length() > 4)) {
            return address;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (Integer.parseInt(groups[i], 16) != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && Integer.parseInt(groups[i], 16) == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder shortened = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                shortened.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            shortened.append(Integer.toHexString(Integer.parseInt(groups[i], 16)));
            if (i < 7) {
                shortened.append(':');
            }
        }
        return shortened.toString();
    }

    private Shown account(String login) {
        String system = AuditActors.forReader(viewer, messages).system(login);
        if (system != null) {
            return Shown.words(system, login);
        }
        PersonName person = viewer.person(login);
        return person.named() ? Shown.words(viewer.nameOf(person), login) : Shown.code(login);
    }

    private Shown record(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return Shown.code(value);
        }
        String kind = value.substring(0, colon);
        String id = value.substring(colon + 1);
        return RecordType.spelled(kind)
                .map(type -> Shown.words(
                        viewer.t(type.key()) + " " + Isolate.code(number(IDENTIFIERS, false, new BigDecimal(id))),
                        value))
                .orElse(Shown.code(value));
    }

    /** A module's actions, as the filter offers them ({@code identity.}: every sign-in and account change). */
    private Shown module(String prefix) {
        return messages.find(viewer.locale(), "audit.module." + prefix.substring(0, prefix.length() - 1))
                .map(name -> Shown.words(messages.t(viewer.locale(), "audit.filter.allOf", name), prefix))
                .orElseGet(() -> Shown.code(prefix));
    }

    /** A code through its message key; one without a name (a code of an older entry) as stored. */
    private Shown word(String prefix, String code) {
        return messages.find(viewer.locale(), prefix + code)
                .map(name -> Shown.words(name, code))
                .orElseGet(() -> Shown.code(code));
    }

    /** A refusal's reason: a message key as the refusal said it, or a code its prefix names. */
    private Shown reason(String prefix, String value) {
        if (value.indexOf('.') > 0) {
            var said = messages.find(viewer.locale(), value);
            if (said.isPresent()) {
                return Shown.words(said.get(), value);
            }
        }
        return word(prefix, value);
    }

    private Shown found(String key, String stored) {
        return Shown.words(viewer.t(key), stored);
    }

    private String known(String key, String otherwise) {
        return messages.find(viewer.locale(), key).orElse(otherwise);
    }

    private String language(String code) {
        Locale language = Locale.forLanguageTag(code.strip());
        String name = language.getDisplayLanguage(viewer.locale());
        if (name.isEmpty() || name.equals(code.strip())) {
            throw new IllegalArgumentException("Not a language: " + code);
        }
        return name;
    }

    private static List<String> split(String value, Function<String, String> each) {
        return Arrays.stream(value.split(",")).map(String::strip).map(each).toList();
    }

    private String number(Map<Locale, Reusable<NumberFormat>> formats, boolean grouped, BigDecimal number) {
        return formats.computeIfAbsent(
                        viewer.locale(),
                        l -> new Reusable<>(() -> {
                            NumberFormat format = NumberFormat.getInstance(ULocale.forLocale(l));
                            format.setGroupingUsed(grouped);
                            format.setMaximumFractionDigits(6);
                            return format;
                        }))
                .with(format -> format.format(number));
    }
}
