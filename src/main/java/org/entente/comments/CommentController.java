package org.entente.comments;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.entente.identity.Accounts;
import org.entente.identity.SignedInUser;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.FormErrors;
import org.entente.shared.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A record's comments on its page (the {@code comments/slot} template loads the thread with htmx,
 * or links to it without script), posting, editing one's own, the people one may mention, and
 * watching. A refused comment shows the thread again on a page of its own, with the text as typed
 * and the error beside the field (422).
 */
@Controller
class CommentController {

    static final String THREAD = "/comments/{recordType}/{recordId}";
    static final String EDIT = "/comments/{id}/versions";
    static final String ONE = "/comments/{id}";
    static final String PEOPLE = "/comments/{recordType}/{recordId}/people";
    static final String WATCH = "/watching/{recordType}/{recordId}";

    /** How many people the mention list offers at most. */
    static final int SUGGESTIONS = 8;

    private final Comments comments;
    private final Watching watching;
    private final Accounts accounts;
    private final Forms forms;

    CommentController(Comments comments, Watching watching, Accounts accounts, Forms forms) {
        this.comments = comments;
        this.watching = watching;
        this.accounts = accounts;
        this.forms = forms;
    }

    /** The thread: only the fragment for htmx, a page of its own otherwise. */
    @GetMapping(THREAD)
    String thread(
            @AuthenticationPrincipal Subject reader,
            @PathVariable String recordType,
            @PathVariable long recordId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        show(reader, recordType, recordId, TypedComment.NONE, model);
        return "true".equals(htmx) ? "comments/thread" : "comments/page";
    }

    @PostMapping(THREAD)
    @DeniedAs(action = Comments.POST, objectType = "record")
    String post(
            @AuthenticationPrincipal Subject author,
            @PathVariable String recordType,
            @PathVariable long recordId,
            @Valid CommentForm form,
            BindingResult binding,
            Model model) {
        return forms.submit(
                binding,
                model,
                "comments.field.",
                () -> {
                    Comment posted = comments.post(author, recordType, recordId, form.body(), form.isInternal());
                    return "redirect:/comments/" + posted.id();
                },
                () -> {
                    show(author, recordType, recordId, new TypedComment(0, form.body(), form.isInternal()), model);
                    return "comments/page";
                });
    }

    @PostMapping(EDIT)
    @DeniedAs(action = Comments.EDIT, objectType = "comment")
    String edit(
            @AuthenticationPrincipal Subject editor,
            @PathVariable long id,
            @Valid CommentForm form,
            BindingResult binding,
            Model model) {
        Comment comment = comments.find(editor, id).orElseThrow(() -> new NotReadable("comment", id));
        return forms.submit(
                binding,
                model,
                "comments.field.",
                () -> "redirect:/comments/"
                        + comments.edit(editor, id, form.body()).id(),
                () -> {
                    show(
                            editor,
                            comment.recordType(),
                            comment.recordId(),
                            new TypedComment(id, form.body(), false),
                            model);
                    return "comments/page";
                });
    }

    /** A link to one comment: its record's page, at the comment. */
    @GetMapping(ONE)
    String one(@AuthenticationPrincipal Subject reader, @PathVariable long id) {
        String page = comments.pageOf(reader, id).orElseThrow(() -> new NotReadable("comment", id));
        return "redirect:" + page.replaceFirst("#.*$", "") + "#comment-" + id;
    }

    /** The people whose username starts with what follows the {@code @}, among those who may read the record. */
    @GetMapping(PEOPLE)
    String people(
            @AuthenticationPrincipal Subject reader,
            @PathVariable String recordType,
            @PathVariable long recordId,
            @RequestParam(required = false) String q,
            Model model) {
        CommentedRecords.Found record = comments.thread(reader, recordType, recordId)
                .map(Comments.Thread::record)
                .orElseThrow(() -> new NotReadable(CommentedRecords.named(recordType), recordId));
        String prefix = q == null ? "" : q.strip().replaceFirst("^@", "");
        List<SignedInUser> people = prefix.isEmpty()
                ? List.of()
                : accounts.activeStartingWith(prefix.toLowerCase(Locale.ROOT), 50).stream()
                        .filter(account -> record.label().readableBy(account.nation(), account.clearance()))
                        .filter(account -> comments.mayRead(account, recordType, recordId))
                        .limit(SUGGESTIONS)
                        .toList();
        model.addAttribute("people", people.stream().map(SignedInUser::username).toList());
        return "comments/people";
    }

    /** Starts or stops watching; htmx gets the button back, a form post goes back to the page. */
    @PostMapping(WATCH)
    @DeniedAs(action = Watching.WATCH, objectType = "record")
    String watch(
            @AuthenticationPrincipal Subject subject,
            @PathVariable String recordType,
            @PathVariable long recordId,
            @RequestParam(required = false) String watch,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        String page = watching.watch(subject, recordType, recordId, !"false".equals(watch));
        if ("true".equals(htmx)) {
            model.addAttribute("recordType", recordType);
            model.addAttribute("recordId", recordId);
            model.addAttribute("watching", watching.watches(subject, recordType, recordId));
            return "comments/watch";
        }
        return "redirect:" + page;
    }

    private void show(Subject reader, String recordType, long recordId, TypedComment typed, Model model) {
        Comments.Thread thread = comments.thread(reader, recordType, recordId)
                .orElseThrow(() -> new NotReadable(CommentedRecords.named(recordType), recordId));
        model.addAttribute("recordType", recordType);
        model.addAttribute("recordId", recordId);
        model.addAttribute("recordUrl", thread.record().url());
        model.addAttribute("label", thread.record().label());
        model.addAttribute("comments", thread.comments());
        model.addAttribute("watching", watching.watches(reader, recordType, recordId));
        model.addAttribute("typed", typed);
        model.addAttribute("maxLength", CommentText.MAX_LENGTH);
        Forms.noErrorsYet(model);
        if (!(model.getAttribute(Forms.ERRORS) instanceof FormErrors)) {
            model.addAttribute(Forms.ERRORS, FormErrors.NONE);
        }
    }
}
