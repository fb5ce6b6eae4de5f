package org.entente.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.shared.CalendarEntry;
import org.entente.shared.CalendarSource;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.Forms;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The month view, the page where users manage their calendar feeds, and the feeds themselves. */
@Controller
class CalendarController {

    static final String MONTH = "/calendar";
    static final String FEEDS = "/calendar/feeds";
    static final String REVOKE = "/calendar/feeds/{id}/revoke";
    static final String FEED = "/calendar/{secret}.ics";

    /** The feed form's names: its messages name the field themselves; the select's id is the field's name. */
    static final Forms.Names NAMES = new Forms.Names(Forms.ERRORS, null, "");

    private final List<CalendarSource> sources;
    private final CalendarFeeds feeds;
    private final Forms forms;

    CalendarController(List<CalendarSource> sources, CalendarFeeds feeds, Forms forms) {
        this.sources = sources;
        this.feeds = feeds;
        this.forms = forms;
    }

    /** The month shown: {@code 2026-12}; a month that is no month is answered 400 by Spring. */
    @GetMapping(MONTH)
    String month(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) YearMonth month,
            Locale locale,
            Model model) {
        LocalDate today = LocalDate.now();
        YearMonth shown = month == null ? YearMonth.from(today) : month;
        LocalDate from = shown.atDay(1).minusDays(7);
        LocalDate to = shown.atEndOfMonth().plusDays(7);
        var entries = new ArrayList<CalendarEntry>();
        sources.forEach(source -> entries.addAll(source.calendarEntries(reader, from, to)));
        entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::uid));
        Month grid = Month.of(shown, entries, locale, today);
        model.addAttribute("month", grid);
        model.addAttribute("previous", shown.minusMonths(1).toString());
        model.addAttribute("next", shown.plusMonths(1).toString());
        model.addAttribute("current", YearMonth.from(today).toString());
        model.addAttribute(
                "label",
                Label.highWaterMark(
                        reader.nation(),
                        entries.stream().map(CalendarEntry::label).toList()));
        return "calendar/month";
    }

    @GetMapping(FEEDS)
    String feeds(@AuthenticationPrincipal Subject owner, @RequestParam(required = false) String revoked, Model model) {
        return feedsPage(owner, model, null, revoked != null);
    }

    /** The new feed's form as posted: a level by its constant's name, as the select offers them. */
    record FeedForm(String maxClassification) {

        /** The level so named, or null for none (refused by the rules). */
        Classification level() {
            return Limits.known(Classification.class, maxClassification);
        }
    }

    @PostMapping(FEEDS)
    String create(@AuthenticationPrincipal Subject owner, FeedForm form, BindingResult binding, Model model) {
        return forms.submit(
                NAMES,
                binding,
                model,
                () -> {
                    String secret = feeds.create(owner, form.level());
                    String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/calendar/" + secret + ".ics")
                            .toUriString();
                    return feedsPage(owner, model, address, false);
                },
                () -> feedsPage(owner, model, null, false));
    }

    @PostMapping(REVOKE)
    String revoke(@AuthenticationPrincipal Subject owner, @PathVariable long id) {
        if (!feeds.revoke(owner, id)) {
            throw new NotReadable("feed", id);
        }
        return "redirect:" + FEEDS + "?revoked";
    }

    /** What a calendar program fetches: no session, the secret is the key. */
    @GetMapping(FEED)
    ResponseEntity<String> feed(@PathVariable String secret) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return feeds.publish(secret, base)
                .map(published -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .header("Content-Language", published.locale().getLanguage())
                        .body(published.ics()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String feedsPage(Subject owner, Model model, String newAddress, boolean revoked) {
        Forms.noErrorsYet(model);
        model.addAttribute("feeds", feeds.of(owner));
        model.addAttribute("levels", feeds.levelsFor(owner));
        model.addAttribute("newAddress", newAddress);
        model.addAttribute("revoked", revoked);
        model.addAttribute("label", Label.unclassified(owner.nation()));
        return "calendar/feeds";
    }
}
