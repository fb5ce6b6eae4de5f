package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.shared.TodoItem.TodoKind;
import org.entente.workplans.PlanTodo.Counting;
import org.entente.workplans.PlanTodo.Part;
import org.junit.jupiter.api.Test;

/**
 * The work plans' to-do list and the navigation's count read the same parts, named by kind (issue 15,
 * nego15g): the count once took the decisions by position in the list, so a part added to the list
 * would have shifted what it counted. Read from the statements themselves, without a database.
 */
class PlanTodoTest {

    private static final Pattern KIND = Pattern.compile("'([A-Z_]+)' as kind");

    private static List<TodoKind> kindsIn(String statement) {
        return KIND.matcher(statement)
                .results()
                .map(m -> TodoKind.valueOf(m.group(1)))
                .toList();
    }

    private static Set<TodoKind> kindsOf(Counting counting) {
        return PlanTodo.PARTS.stream()
                .filter(part -> part.counting() == counting)
                .map(Part::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TodoKind.class)));
    }

    @Test
    void eachPartMakesTheKindItIsNamedByOnceInTheList() {
        for (Part part : PlanTodo.PARTS) {
            assertThat(kindsIn(part.select())).as(part.kind().name()).containsExactly(part.kind());
        }
        assertThat(kindsIn(PlanTodo.listStatement()))
                .containsExactlyElementsOf(
                        PlanTodo.PARTS.stream().map(Part::kind).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void theCountReadsEveryKindTheListMakesAndNoOther() {
        List<TodoKind> listed = kindsIn(PlanTodo.listStatement());
        List<TodoKind> readAsListed = kindsIn(PlanTodo.listedPartsStatement());
        Set<TodoKind> probed = kindsOf(Counting.PROBED);

        assertThat(readAsListed).containsExactlyInAnyOrderElementsOf(kindsOf(Counting.AS_LISTED));
        assertThat(readAsListed).doesNotContainAnyElementsOf(probed);
        var counted = EnumSet.copyOf(probed);
        counted.addAll(readAsListed);
        assertThat(counted).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void aProbedPartSaysWhatItProbesAndAListedOneIsReadAsTheListReadsIt() {
        for (Part part : PlanTodo.PARTS) {
            if (part.counting() == Counting.PROBED) {
                assertThat(part.planCondition()).as(part.kind().name()).isNotBlank();
                assertThat(part.activityCondition()).as(part.kind().name()).isNotBlank();
            } else {
                assertThat(PlanTodo.listedPartsStatement()).contains(part.select());
            }
        }
    }

    @Test
    void theLastPartIsTheLastKindAndCountedWithoutListing() {
        // headFor lists every part but the last and, once the page is full, counts the last by its
        // probe: right only if no item of the last part can come before another part's in the list.
        Part last = PlanTodo.PARTS.get(PlanTodo.PARTS.size() - 1);
        assertThat(last.counting()).isEqualTo(Counting.PROBED);
        assertThat(PlanTodo.PARTS.subList(0, PlanTodo.PARTS.size() - 1))
                .allSatisfy(part -> assertThat(part.kind()).isLessThan(last.kind()));
    }
}
