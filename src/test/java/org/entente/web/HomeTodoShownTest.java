package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoItem.TodoKind;
import org.junit.jupiter.api.Test;

/**
 * The home page lists the first {@value HomeController#TODO_SHOWN} to-do items in the list's order,
 * all of them when asked ({@code ?todo=all}), and a short list whole.
 */
class HomeTodoShownTest {

    static List<TodoItem> items(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new TodoItem(
                        TodoKind.ACTIVITY_OVERDUE,
                        LocalizedText.of("en", "plan " + i),
                        "",
                        1,
                        LocalDate.of(2026, 1, 1).plusDays(i),
                        true,
                        "/workplans/" + i + "/overview#overdue",
                        Label.unclassified("MAR"),
                        ""))
                .toList();
    }

    @Test
    void aLongListShowsItsFirstItemsUnlessAllAreAskedFor() {
        var all = items(HomeController.TODO_SHOWN + 7);
        var shown = HomeController.shownOnHome(all, false);
        assertThat(shown)
                .hasSize(HomeController.TODO_SHOWN)
                .containsExactlyElementsOf(all.subList(0, HomeController.TODO_SHOWN));
        assertThat(HomeController.shownOnHome(all, true)).isEqualTo(all);
    }

    @Test
    void aShortListIsShownWhole() {
        var exactly = items(HomeController.TODO_SHOWN);
        assertThat(HomeController.shownOnHome(exactly, false)).isEqualTo(exactly);
        assertThat(HomeController.shownOnHome(items(3), false)).hasSize(3);
    }
}
