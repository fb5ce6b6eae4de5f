package org.entente.calendar;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.shared.CalendarEntry;
import org.entente.shared.CalendarSource;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    private final List<CalendarSource> sources;
    private final CalendarFeeds feeds;

    CalendarController(List<CalendarSource> sources, CalendarFeeds feeds) {
        this.sources = sources;
        this.feeds = feeds;
    }

    @GetMapping(MONTH)
    String month(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String month,
            Locale locale,
            Model model) {
        LocalDate today = LocalDate.now();
        YearMonth shown;
        try {
            shown = month == null ? YearMonth.from(today) : YearMonth.parse(month);
        } catch (DateTimeParseException notAMonth) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
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
        return feedsPage(owner, model, null, null, revoked != null);
    }

    @PostMapping(FEEDS)
    String create(
            @AuthenticationPrincipal Subject owner,
            @RequestParam(required = false) String maxClassification,
            Model model,
            HttpServletResponse response) {
        Classification level;
        try {
            level = Classification.valueOf(String.valueOf(maxClassification));
        } catch (IllegalArgumentException unknown) {
            response.setStatus(422);
            return feedsPage(owner, model, null, "calendar.feed.levelRequired", false);
        }
        try {
            String secret = feeds.create(owner, level);
            String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/calendar/" + secret + ".ics")
                    .toUriString();
            return feedsPage(owner, model, address, null, false);
        } catch (IllegalArgumentException refused) {
            response.setStatus(422);
            return feedsPage(owner, model, null, refused.getMessage(), false);
        }
    }

    @PostMapping(REVOKE)
    String revoke(@AuthenticationPrincipal Subject owner, @PathVariable long id) {
        if (!feeds.revoke(owner, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
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

    private String feedsPage(Subject owner, Model model, String newAddress, String error, boolean revoked) {
        Classification highest = feeds.highestFor(owner);
        model.addAttribute("feeds", feeds.of(owner));
        model.addAttribute("levels", List.of(Classification.values()).subList(0, highest.ordinal() + 1));
        model.addAttribute("newAddress", newAddress);
        model.addAttribute("error", error);
        model.addAttribute("revoked", revoked);
        model.addAttribute("label", Label.unclassified(owner.nation()));
        return "calendar/feeds";
    }
}
