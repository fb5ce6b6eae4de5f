package org.entente.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.agreements.AgreementSummary;
import org.entente.agreements.Agreements;
import org.entente.committees.ActionItem;
import org.entente.committees.ActionItems;
import org.entente.committees.CommitteeSummary;
import org.entente.committees.Committees;
import org.entente.committees.SessionSummary;
import org.entente.identity.SignedInUser;
import org.entente.projects.Progress;
import org.entente.projects.ProjectSummary;
import org.entente.projects.Projects;
import org.entente.shared.EntenteProperties;
import org.entente.shared.Label;
import org.entente.shared.TodoItem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in home page: the committees the reader may see, what comes next, and the agreements
 * whose term ends soon.
 */
@Controller
class HomeController {

    static final String PATH = "/";
    static final int UPCOMING = 10;

    /**
     * How many to-do items the home page shows unless asked for all ({@code ?todo=all}): the first in
     * the list's order (decisions first, then the overdue). A planner of a hundred committees has a
     * few hundred items; listing each on every visit made the page grow with the programme (issue 19,
     * the million-activity set). The heading still counts them all.
     */
    static final int TODO_SHOWN = 20;

    /** How far ahead the home page reminds of agreements whose term ends (expiry or renewal). */
    static final int TERM_REMINDER_DAYS = 90;

    private final Committees committees;
    private final ActionItems actions;
    private final Agreements agreements;
    private final Projects projects;
    private final EntenteProperties properties;
    private final TodoList todo;
    private final TransactionTemplate pageReads;
    private final Clock clock;

    HomeController(
            Committees committees,
            ActionItems actions,
            Agreements agreements,
            Projects projects,
            EntenteProperties properties,
            TodoList todo,
            PlatformTransactionManager transactions) {
        this.committees = committees;
        this.actions = actions;
        this.agreements = agreements;
        this.projects = projects;
        this.properties = properties;
        this.todo = todo;
        // The page's reads in one read-only transaction: one round of the reader's settings, not one
        // per panel (the home page opened ten transactions a view before).
        this.pageReads = new TransactionTemplate(transactions);
        this.pageReads.setReadOnly(true);
        this.clock = Clock.systemDefaultZone();
    }

    @GetMapping(PATH)
    String home(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "todo", required = false) String todoShown,
            Model model) {
        var shown = new ArrayList<Label>();
        var lists = pageReads.execute(status -> read(user, "all".equals(todoShown), shown, model));
        Label page = Label.highWaterMark(properties.hostNation(), shown);
        model.addAttribute("label", page);
        committees.recordListing(lists.committees(), page);
        agreements.recordListing(lists.endingTerms(), page);
        projects.recordListing(lists.projects(), page);
        return "web/home";
    }

    /** What the page lists, for the audit entries written once its reads have ended. */
    private record Listed(
            List<CommitteeSummary> committees, List<AgreementSummary> endingTerms, List<ProjectSummary> projects) {}

    private Listed read(SignedInUser user, boolean allTodo, List<Label> shown, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<CommitteeSummary> visible = committees.visibleTo(user);
        List<SessionSummary> upcoming = committees.upcomingFor(user, today, UPCOMING);
        visible.forEach(c -> {
            shown.add(c.label());
            if (c.lastSession() != null) {
                shown.add(c.lastSession().label());
            }
        });
        upcoming.forEach(s -> shown.add(s.label()));
        // The head the panel shows, and the whole list's length: each source reads only what the
        // first TODO_SHOWN items need (TodoSource.headFor), as the API's page does; the whole list
        // (on the million-activity set, every overdue activity of every plan being executed, grouped
        // into some 100 items cut to 20) only when asked for all.
        List<TodoItem> awaiting;
        if (allTodo) {
            awaiting = todo.of(user, today);
            model.addAttribute("todoTotal", awaiting.size());
        } else {
            var head = todo.page(user, today, 0, TODO_SHOWN);
            awaiting = head.items();
            model.addAttribute("todoTotal", head.total());
        }
        awaiting.forEach(t -> shown.add(t.label()));
        model.addAttribute("todo", awaiting);
        List<AgreementSummary> endingTerms = agreements.termsEndingWithin(user, today, TERM_REMINDER_DAYS);
        endingTerms.forEach(a -> shown.add(a.label()));
        List<ActionItem> overdue = actions.overdueFor(user, today, UPCOMING);
        overdue.forEach(a -> shown.add(a.label()));
        model.addAttribute("overdue", overdue);
        model.addAttribute("endingTerms", endingTerms);
        // The projects under way, each with its progress rolled up (Progress documents the formula).
        List<ProjectSummary> followed = projects.visibleTo(user, Projects.Filter.NONE);
        followed.forEach(p -> shown.add(p.label()));
        Map<Long, Progress> progress = projects.progressOf(user, followed);
        model.addAttribute("projects", followed);
        model.addAttribute("progress", progress);
        model.addAttribute("committees", visible);
        model.addAttribute("upcoming", upcoming);
        return new Listed(visible, endingTerms, followed);
    }
}
