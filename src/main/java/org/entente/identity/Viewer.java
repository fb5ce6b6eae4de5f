package org.entente.identity;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.entente.shared.Classification;
import org.entente.shared.Isolate;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Markings;
import org.entente.shared.Nations;
import org.entente.shared.PersonName;
import org.entente.shared.PersonNames;
import org.entente.shared.Reusable;
import org.entente.shared.Translator;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Who is looking at a page, in which language: what every template gets as {@code viewer}, to
 * translate, format dates and nation names the CLDR way, and post forms with the CSRF token.
 */
public final class Viewer implements org.entente.shared.web.PageNames {

    /** One entry of the language switcher, named in its own language. */
    public record Language(String code, String name, boolean current) {}

    private static final String DAY_MONTH_YEAR = "yMMMMd";
    /** The one way a moment is shown, to the minute: seconds say nothing to a reader (issue 16). */
    private static final String MOMENT = "yMMMdHm";

    private final Locale locale;
    private final SignedInUser user;
    private final Translator messages;
    private final CsrfToken csrf;
    private final String path;
    private final Markings markings;
    private final PersonNames people;

    /** The people behind the accounts this page names, looked up once each. */
    private final java.util.Map<String, PersonName> persons = new java.util.HashMap<>();

    /**
     * ICU's formatters by locale, kept across pages: costly to build, cheap to use, unsafe to share
     * (scale20e: the committee page built its date-interval formatter anew on every request, a
     * tenth of its CPU at eight concurrent readers).
     */
    private static final java.util.Map<Locale, Reusable<DateFormat>> DAYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.Map<Locale, Reusable<DateIntervalFormat>> PERIODS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.Map<Locale, Reusable<DateFormat>> MOMENTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    Viewer(
            Locale locale,
            SignedInUser user,
            Translator messages,
            CsrfToken csrf,
            String path,
            Markings markings,
            PersonNames people) {
        this.locale = locale;
        this.user = user;
        this.messages = messages;
        this.csrf = csrf;
        this.path = path;
        this.markings = markings;
        this.people = people;
    }

    /** Static assets' public URLs: fingerprinted by content, so that they can be cached for a year. */
    private java.util.function.UnaryOperator<String> assets = java.util.function.UnaryOperator.identity();

    /** The signed-in person's own name, when it is known without a read (OwnName, per session). */
    private java.util.function.Supplier<PersonName> ownName;

    /** The bell's count for this page: asked once, when the navigation shows it. */
    private java.util.function.Supplier<java.util.OptionalInt> unreadCount = java.util.OptionalInt::empty;

    private java.util.OptionalInt unread;

    /** Sets where the bell's count comes from (ViewerAdvice, per page). */
    Viewer withUnread(java.util.function.Supplier<java.util.OptionalInt> count) {
        this.unreadCount = count;
        return this;
    }

    /**
     * The signed-in reader's unread notifications, written into the page's bell so that a page view
     * is one request; empty when they cannot be counted now (the bell then asks for its count itself).
     */
    public java.util.OptionalInt unread() {
        if (unread == null) {
            unread = unreadCount.get();
        }
        return unread;
    }

    /** Sets where the signed-in person's own name comes from (ViewerAdvice, per page). */
    Viewer withOwnName(java.util.function.Supplier<PersonName> name) {
        this.ownName = name;
        return this;
    }

    /** Sets how a static asset's path becomes its fingerprinted URL (ViewerAdvice, per page). */
    Viewer withAssets(java.util.function.UnaryOperator<String> urls) {
        this.assets = urls;
        return this;
    }

    /**
     * The URL of a static asset ({@code /css/entente.css}) under its content fingerprint ({@code
     * /css/entente-5d41402a….css}): the only way a template names one, so that a changed file gets a
     * new URL and browsers keep the rest for a year.
     */
    public String asset(String path) {
        String url = assets.apply(path);
        return url == null ? path : url;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag for {@code <html lang>}, e.g. {@code ar-MA}. */
    public String lang() {
        return locale.toLanguageTag();
    }

    public String dir() {
        return LanguageChoice.isRightToLeft(locale) ? "rtl" : "ltr";
    }

    public boolean signedIn() {
        return user != null;
    }

    public SignedInUser user() {
        return user;
    }

    /** Whether the signed-in user holds the role, {@code ADMINISTRATOR} or {@code AUDITOR}: to show only what they may open. */
    public boolean hasRole(String role) {
        return user != null
                && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /** The texts this page has asked for, kept for the rest of it (committee32). */
    private final PageTexts said = new PageTexts();

    public String t(String key, Object... args) {
        return said.t(messages, locale, key, args);
    }

    public String text(LocalizedText text) {
        if (text.unreadable()) {
            return t(Limits.INVALID_VALUE);
        }
        return text.in(locale);
    }

    /**
     * The name of the language a text is shown in when it is not the reader's ("English" for a name
     * held only in Latin script, read in French), for the page to mark it; null when it is theirs.
     */
    public String originalLanguage(LocalizedText text) {
        if (!PersonName.translationMissing(text, locale)) {
            return null;
        }
        return Locale.forLanguageTag(text.languageFor(locale)).getDisplayLanguage(locale);
    }

    /** The person an account belongs to, as this reader may know them; never the login name. */
    public PersonName person(String username) {
        if (user == null || username == null) {
            return PersonName.unnamed(null);
        }
        return persons.computeIfAbsent(
                username,
                u -> ownName != null && u.equals(user.username()) ? ownName.get() : people.ofAccount(user, u));
    }

    /**
     * Reads the people behind these accounts at once, for a page that names many (the audit's actor
     * filter, the committee's action notes): in the caller's transaction, when it has one.
     */
    @Override
    public void knowing(java.util.Collection<String> usernames) {
        if (user == null || people == null) {
            return;
        }
        var unknown = usernames.stream()
                .filter(u -> u != null && !persons.containsKey(u))
                .filter(u -> ownName == null || !u.equals(user.username())) // known without a read
                .toList();
        if (!unknown.isEmpty()) {
            persons.putAll(people.ofAccounts(user, unknown));
        }
    }

    /** The signed-in user as a person: the greeting's name. */
    public PersonName me() {
        return person(user == null ? null : user.username());
    }

    /** Who did something, as one line in the reader's language (name, rank, function): for messages and titles. */
    public String who(String username) {
        return who(person(username));
    }

    public String who(PersonName person) {
        return person.text(messages, locale);
    }

    /** Only the person's name (without rank or function), in the reader's language: for a greeting. */
    public String nameOf(PersonName person) {
        return person.named() ? text(person.name()) : who(person);
    }

    /** A day, the CLDR way for the reader's locale: "8 December 2025", "8 دجنبر 2025". */
    public String date(LocalDate date) {
        if (Limits.isInvalid(date)) {
            return t(Limits.INVALID_VALUE);
        }
        return DAYS.computeIfAbsent(
                        locale,
                        l -> new Reusable<>(
                                () -> inUtc(DateFormat.getInstanceForSkeleton(DAY_MONTH_YEAR, ULocale.forLocale(l)))))
                .with(format -> format.format(new Date(epochMillis(date))));
    }

    /**
     * A date field's value as the reader writes days ("8 دجنبر 2025"): the day an ISO value names, else
     * the text as typed (a refused value shown back). {@code ReaderDaysFilter} reads it back.
     */
    public String dayInput(String value) {
        LocalDate day = org.entente.shared.web.IsoDate.Check.day(value);
        return day == null ? (value == null ? "" : value) : date(day);
    }

    /** A period of days as CLDR writes it: "7–9 December 2026", "7–9 دجنبر 2026". */
    public String dates(LocalDate start, LocalDate end) {
        if (Limits.isInvalid(start) || Limits.isInvalid(end)) {
            return t(Limits.INVALID_VALUE);
        }
        if (start.equals(end)) {
            return date(start);
        }
        return PERIODS.computeIfAbsent(
                        locale,
                        l -> new Reusable<>(() -> {
                            DateIntervalFormat format =
                                    DateIntervalFormat.getInstance(DAY_MONTH_YEAR, ULocale.forLocale(l));
                            format.setTimeZone(TimeZone.GMT_ZONE);
                            return format;
                        }))
                .with(format -> format.format(new DateInterval(epochMillis(start), epochMillis(end))));
    }

    /**
     * A moment to the minute, in UTC, the CLDR way: "8 Dec 2025, 14:03", "8 دجنبر 2025، 14:03" — the one
     * time format of every page (comments, proposals, history, the audit trail); the second stays in
     * the {@code <time datetime>} attribute ({@link #datetime}) for whoever needs it.
     */
    public String moment(Instant instant) {
        return inUtc(MOMENTS, MOMENT, instant);
    }

    private String inUtc(java.util.Map<Locale, Reusable<DateFormat>> formats, String skeleton, Instant instant) {
        return formats.computeIfAbsent(
                        locale,
                        l -> new Reusable<>(
                                () -> inUtc(DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLocale(l)))))
                .with(format -> format.format(Date.from(instant)));
    }

    /** A moment for a {@code <time datetime>} attribute: to the second, in UTC (HTML allows no nanoseconds). */
    public String datetime(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static DateFormat inUtc(DateFormat format) {
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    }

    private static long epochMillis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    public String nation(String alpha3) {
        return Nations.name(alpha3, locale);
    }

    /** Nation names joined as a list in the reader's language, each isolated ("France and Morocco", "فرنسا والمغرب"). */
    public String nations(List<String> alpha3Codes) {
        return Isolate.list(locale, alpha3Codes.stream().map(this::nation).toList());
    }

    /** The marking of a level ("RESTRICTED"), as this deployment names it. */
    public String markingName(Classification classification) {
        return markings.name(classification);
    }

    public String classification(Classification classification) {
        return t("classification." + classification.name());
    }

    /**
     * The banner band's marking: the canonical one ({@code RESTRICTED // REL TO ISR, MAR}), or the bare
     * classification for a page that shows no record (a null label).
     */
    public String marking(Label label) {
        return label == null ? markings.name(Classification.UNCLASSIFIED) : markings.banner(label);
    }

    /** The classification in the reader's words, when they are not the marking's own (English) words. */
    public String markingInWords(Label label) {
        Classification level = label == null ? Classification.UNCLASSIFIED : label.classification();
        String words = classification(level);
        return words.equalsIgnoreCase(markings.name(level)) ? null : words;
    }

    public String bannerLevel(Label label) {
        return label == null ? "unclassified" : label.classification().name().toLowerCase(Locale.ROOT);
    }

    /** Each language's name in itself, found once (every page's switcher asked the JDK for four). */
    private static final List<Language> LANGUAGE_NAMES = LanguageChoice.LANGUAGES.stream()
            .map(code -> {
                Locale language = Locale.forLanguageTag(code);
                return new Language(code, language.getDisplayLanguage(language), false);
            })
            .toList();

    public List<Language> languages() {
        String current = locale.getLanguage();
        return LANGUAGE_NAMES.stream()
                .map(language -> language.code().equals(current)
                        ? new Language(language.code(), language.name(), true)
                        : language)
                .toList();
    }

    /** The current page, for forms that come back to it (such as the language switcher). */
    public String path() {
        return path;
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** The {@code data-hx-headers} value that lets htmx requests pass the CSRF check. */
    public String htmxHeaders() {
        return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
    }
}
