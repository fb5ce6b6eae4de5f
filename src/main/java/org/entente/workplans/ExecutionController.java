package org.entente.workplans;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.entente.agreements.Agreements;
import org.entente.committees.Committees;
import org.entente.committees.SessionSummary;
import org.entente.shared.Label;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Execution as it stands, over what the reader may see: a plan's timeline (Gantt) and dashboard,
 * every plan of a year together, and a plan's execution rates (a fragment the plan page loads).
 * Overdue activities are flagged, and "the next 30 days" holds the sessions as well as the dated
 * activities.
 */
@Controller
class ExecutionController {

    static final String DASHBOARD = "/workplans/dashboard";
    static final String OVERVIEW = "/workplans/{id}/overview";
    static final String RATES = "/workplans/{id}/rates";

    /** How far "the next days" look ahead. */
    static final int NEXT_DAYS = 30;

    private final WorkPlans plans;
    private final ExecutionRates rates;
    private final YearTallies tallies;
    private final Committees committees;
    private final Agreements agreements;
    private final org.entente.shared.Translator messages;

    ExecutionController(
            WorkPlans plans,
            ExecutionRates rates,
            YearTallies tallies,
            Committees committees,
            Agreements agreements,
            org.entente.shared.Translator messages) {
        this.messages = messages;
        this.plans = plans;
        this.rates = rates;
        this.tallies = tallies;
        this.committees = committees;
        this.agreements = agreements;
    }

    /** Every plan of a year the reader may see, together: rates and counts by quarter, domain and nation. */
    // One read-only transaction for the page's reads (issue 20): the reader's settings for row-level
    // security are set once, not once per service call.
    @Transactional(readOnly = true)
    @GetMapping(DASHBOARD)
    String dashboard(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) Integer year,
            Locale locale,
            Model model) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int shown = year == null || year < 1900 || year > 2999 ? today.getYear() : year;
        YearTallies.Dashboard counted = tallies.ofYear(reader, shown, today, NEXT_DAYS, rightToLeft(locale));
        model.addAttribute("year", shown);
        model.addAttribute("plans", counted.plans());
        model.addAttribute("overview", counted.overview());
        model.addAttribute(
                "upcomingMore",
                counted.upcomingCount() - counted.overview().upcoming().size());
        model.addAttribute(
                "overdueMore",
                counted.overdueCount() - counted.overview().overdue().size());
        model.addAttribute("rates", counted.rates());
        List<SessionSummary> sessions = nextSessions(reader, today, null);
        model.addAttribute("sessions", sessions);
        model.addAttribute("domains", agreements.domains());
        var labels = new ArrayList<Label>(counted.labels());
        sessions.forEach(s -> labels.add(s.label()));
        model.addAttribute("label", Label.highWaterMark(reader.nation(), labels));
        return "workplans/dashboard";
    }

    /** The plan's timeline and dashboard, over what the reader may see. */
    @Transactional(readOnly = true) // one transaction for the page's reads, as the dashboard
    @GetMapping(OVERVIEW)
    String overview(@AuthenticationPrincipal Subject reader, @PathVariable long id, Locale locale, Model model) {
        PlanSummary plan = readable(reader, id);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<ActivitySummary> all = plans.activitiesOf(reader, id, WorkPlans.Filter.NONE, "quarter");
        PlanOverview overview = PlanOverview.of(plan.year(), plan.status(), all, today, rightToLeft(locale));
        model.addAttribute("plan", plan);
        model.addAttribute("months", monthNames(overview.gantt().months(), locale));
        model.addAttribute("overview", overview);
        model.addAttribute("rates", rates.ofPlan(reader, id, today));
        List<SessionSummary> sessions = nextSessions(reader, today, plan.committeeId());
        model.addAttribute("sessions", sessions);
        model.addAttribute("domains", agreements.domains());
        var labels = new ArrayList<Label>();
        all.forEach(a -> labels.add(a.label()));
        sessions.forEach(s -> labels.add(s.label()));
        labels.add(plan.label());
        model.addAttribute("label", Label.highWaterMark(plan.label().owner(), labels));
        return "workplans/overview";
    }

    /** A plan's execution rates, the fragment its page loads once shown. */
    @GetMapping(RATES)
    String rates(@AuthenticationPrincipal Subject reader, @PathVariable long id, Model model) {
        readable(reader, id);
        model.addAttribute("rates", rates.ofPlan(reader, id, LocalDate.now(ZoneOffset.UTC)));
        model.addAttribute("domains", agreements.domains());
        return "workplans/rates";
    }

    /** The sessions the reader may see in the next days, of one committee or of all. */
    private List<SessionSummary> nextSessions(Subject reader, LocalDate today, Long committeeId) {
        return committees.upcomingFor(reader, today, 20).stream()
                .filter(s -> !s.startDate().isAfter(today.plusDays(NEXT_DAYS)))
                .filter(s -> committeeId == null || s.committeeId() == committeeId)
                .toList();
    }

    /** "Jan" … "Dec" in the reader's language, with the year at each January and at the first month. */
    static List<String> monthNames(List<YearMonth> months, Locale locale) {
        DateFormat month = DateFormat.getInstanceForSkeleton("MMM", ULocale.forLocale(locale));
        DateFormat withYear = DateFormat.getInstanceForSkeleton("MMMyy", ULocale.forLocale(locale));
        month.setTimeZone(TimeZone.GMT_ZONE);
        withYear.setTimeZone(TimeZone.GMT_ZONE);
        var names = new ArrayList<String>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            Date day = Date.from(m.atDay(15).atStartOfDay(ZoneOffset.UTC).toInstant());
            boolean marked = months.size() > 12 && (i == 0 || m.getMonthValue() == 1);
            names.add((marked ? withYear : month).format(day));
        }
        return names;
    }

    private static boolean rightToLeft(Locale locale) {
        return List.of("ar", "he").contains(locale.getLanguage());
    }

    private PlanSummary readable(Subject reader, long id) {
        return plans.find(reader, id).orElseThrow(() -> new NotReadable("workplan", id));
    }
}
