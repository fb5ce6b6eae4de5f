package org.entente.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.entente.shared.Subject;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoItem.TodoKind;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.Fragment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What awaits the caller, outside the home page: the navigation's count (an htmx fragment each page
 * loads after it is shown, so that no page waits for it) and {@code GET /api/v1/me/todo}.
 */
@Controller
class TodoController {

    static final String COUNT = "/me/todo/count";
    static final String API = "/api/v1/me/todo";

    /** An item as the API shows it; {@code title} is keyed by language. */
    record TodoJson(
            TodoKind kind,
            Map<String, String> title,
            String reference,
            int count,
            LocalDate due,
            boolean overdue,
            String href,
            LabelJson label) {
        static TodoJson of(TodoItem item) {
            return new TodoJson(
                    item.kind(),
                    item.title().values(),
                    item.reference(),
                    item.count(),
                    item.due(),
                    item.overdue(),
                    item.href(),
                    LabelJson.of(item.label()));
        }
    }

    private final TodoList todo;
    private final Clock clock;

    TodoController(TodoList todo) {
        this.todo = todo;
        this.clock = Clock.systemDefaultZone();
    }

    @GetMapping(COUNT)
    @Fragment
    String count(@AuthenticationPrincipal Subject reader, Model model) {
        model.addAttribute("count", todo.count(reader, LocalDate.now(clock)));
        return "web/todoCount";
    }

    @GetMapping(API)
    @ResponseBody
    ListJson<TodoJson> api(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        var head = todo.page(
                reader, LocalDate.now(clock), (int) Math.min(paging.offset(), Integer.MAX_VALUE), paging.size());
        return new ListJson<>(
                head.items().stream().map(TodoJson::of).toList(), paging.page(), paging.size(), head.total());
    }
}
