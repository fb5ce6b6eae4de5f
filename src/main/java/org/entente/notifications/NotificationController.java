package org.entente.notifications;

import java.util.List;
import java.util.Locale;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.entente.shared.web.Forms;
import org.entente.shared.web.Fragment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notifications page (read and unread, newest first, each a link to its record; mark all read;
 * the e-mail choice) and the bell in the navigation, an htmx fragment every page polls.
 */
@Controller
class NotificationController {

    static final String PAGE = "/notifications";
    static final String BELL = "/notifications/bell";
    static final String READ = "/notifications/read";
    static final String MAIL = "/notifications/mail";

    static final int PAGE_SIZE = 50;
    static final int ADDRESS_LIMIT = 254;

    private final NotificationStore store;
    private final MailQueue mails;
    private final Forms forms;

    NotificationController(NotificationStore store, MailQueue mails, Forms forms) {
        this.store = store;
        this.mails = mails;
        this.forms = forms;
    }

    @GetMapping(BELL)
    @Fragment // the fragment is the count: no page's count asked for it
    String bell(@AuthenticationPrincipal Subject reader, Model model) {
        model.addAttribute("count", store.unread(reader));
        return "notifications/bell";
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal Subject reader, @RequestParam(required = false) String page, Model model) {
        Forms.noErrorsYet(model);
        return page(reader, page, model, mails.settingOf(reader.username()));
    }

    /** Marks one notification read ({@code id}), or all of them. */
    @PostMapping(READ)
    String read(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) List<Long> id,
            RedirectAttributes redirect) {
        int changed = store.markRead(reader, id == null ? List.of() : id);
        forms.notice(redirect, "notifications.marked", changed);
        return "redirect:" + PAGE;
    }

    /** The e-mail form as posted: an address (blank for none) and a choice by its constant's name. */
    record MailForm(String address, String choice) {}

    @PostMapping(MAIL)
    String mail(
            @AuthenticationPrincipal Subject reader,
            MailForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        MailChoice choice = Limits.known(MailChoice.class, form.choice());
        String address = form.address() == null || form.address().isBlank()
                ? null
                : form.address().strip();
        return forms.submit(
                new Forms.Names(Forms.ERRORS, "notifications.mail.field.", ""),
                binding,
                model,
                () -> {
                    mails.choose(reader, checked(address, choice));
                    forms.notice(redirect, "notifications.mail.saved");
                    return "redirect:" + PAGE;
                },
                () -> page(reader, null, model, new MailSetting(address, choice)));
    }

    private static MailSetting checked(String address, MailChoice choice) {
        if (choice == null) {
            throw Refused.field("choice", "notifications.mail.choiceRequired");
        }
        if (address != null
                && (address.length() > ADDRESS_LIMIT
                        || !address.matches("[^@\\s]+@[^@\\s]+")
                        || address.chars().anyMatch(Character::isISOControl))) {
            throw Refused.field("address", "notifications.mail.addressInvalid");
        }
        return new MailSetting(address == null ? null : address.toLowerCase(Locale.ROOT), choice);
    }

    private String page(Subject reader, String pageParameter, Model model, MailSetting setting) {
        int page = pageNumber(pageParameter);
        long total = store.count(reader);
        var items = store.page(reader, page * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("items", items);
        model.addAttribute("page", page);
        model.addAttribute("more", (long) (page + 1) * PAGE_SIZE < total);
        model.addAttribute("unread", store.unread(reader));
        model.addAttribute("setting", setting);
        model.addAttribute("choices", List.of(MailChoice.values()));
        model.addAttribute("mailEnabled", mails.enabled());
        model.addAttribute(
                "label",
                Label.highWaterMark(
                        reader.nation(), items.stream().map(Notification::label).toList()));
        return "notifications/list";
    }

    /** A page number as typed: anything that is not a small whole number is the first page. */
    private static int pageNumber(String text) {
        if (text == null || !text.matches("\\d{1,6}")) {
            return 0;
        }
        return Integer.parseInt(text);
    }
}
