package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.entente.documents.Pdf;
import org.entente.support.Personas;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A value already in the database that no form or API call could write any more (-infinity, a date
 * in year 0001, a title that is not an object of strings), written by the owner around the CHECK
 * constraints, as an old row or a manual repair would: the plan page, the activity page, the plan
 * PDF and the Excel export still answer 200 to both parties, and show "invalid value" in the
 * reader's language where the value would be.
 */
@RunsAlongside
@DemoApplicationTest
// A database of its own: the corrupted rows it leaves would otherwise reach every later test of the
// shared one (a backup of it could not be restored: the restored tables check every row).
@TestPropertySource(properties = "spring.application.name=entente-corrupted-values")
class CorruptedValuesIT {

    /** "invalid value" in the two readers' languages (limits.invalidValue). */
    private static final Map<String, String> INVALID = Map.of("en", "invalid value", "ar", "قيمة غير صالحة");

    @Autowired
    MockMvc mvc;

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    ApplicationContext context;

    WorkPlansFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = WorkPlansFixture.of(context);
    }

    @Test
    void infiniteAndAncientDatesDegradeToInvalidValueForBothParties() throws Exception {
        long plan = fixture.plan(fixture.setting(), 2031);
        long infinite = fixture.propose(WorkPlansFixture.PLANNER_MAR, plan, "Infinite activity", 2);
        long ancient = fixture.propose(WorkPlansFixture.PLANNER_ISR, plan, "Ancient activity", 3);
        // Dates no service accepts any more.
        corrupt("workplans.activity", "planned_start = '-infinity', planned_end = 'infinity'", infinite);
        corrupt("workplans.activity", "planned_start = '0001-01-01', planned_end = '2031-05-01'", ancient);

        degradesForBothParties(plan, infinite);
        degradesForBothParties(plan, ancient);
        for (var reader : readers()) {
            assertThat(page("/calendar?month=2031-03", reader)).doesNotContain("Ancient activity");
        }
    }

    @Test
    void unreadableTextsDegradeToInvalidValueForBothParties() throws Exception {
        long plan = fixture.plan(fixture.setting(), 2032);
        long unreadable = fixture.propose(WorkPlansFixture.PLANNER_MAR, plan, "Unreadable activity", 2);
        corrupt("workplans.activity", "title = '[1, 2]', city = '{\"en\": null}'", unreadable);
        corrupt("workplans.plan", "title = '\"a bare string\"'", plan);

        degradesForBothParties(plan, unreadable);
    }

    @Test
    void anUnknownActivityTypeDegradesToInvalidValueForBothParties() throws Exception {
        long plan = fixture.plan(fixture.setting(), 2032);
        long unknown = fixture.propose(WorkPlansFixture.PLANNER_MAR, plan, "Unknown type", 2);
        corrupt("workplans.activity", "type = 'SUBMARINE_PICNIC'", unknown);

        degradesForBothParties(plan, unknown);
    }

    /** The plan page, the activity page, the plan PDF and the Excel export: 200 and "invalid value". */
    private void degradesForBothParties(long plan, long activity) throws Exception {
        for (var reader : readers()) {
            String invalid = INVALID.get(reader.language());
            assertThat(page("/workplans/" + plan, reader)).contains(invalid).contains("</html>");
            assertThat(page("/activities/" + activity, reader))
                    .contains(invalid)
                    .contains("</html>");
            assertThat(pdfText(plan, reader)).contains(invalid);
            assertThat(spreadsheetCells(plan, reader)).contains(invalid);
            // No day to show it on: the calendar leaves it out, and still answers.
            assertThat(page("/calendar?month=2031-03", reader)).contains("</html>");
        }
    }

    record Reader(String username, String language, MockHttpSession session) {

        Cookie cookie() {
            return new Cookie("ENTENTE_LANG", language);
        }
    }

    private List<Reader> readers() throws Exception {
        return List.of(
                new Reader("planner.mar", "ar", Personas.signIn(mvc, "planner.mar")),
                new Reader("planner.isr", "en", Personas.signIn(mvc, "planner.isr")));
    }

    private String page(String path, Reader reader) throws Exception {
        return new String(ok(get(path), reader), StandardCharsets.UTF_8);
    }

    private String pdfText(long plan, Reader reader) throws Exception {
        byte[] pdf =
                ok(get("/api/v1/workplans/" + plan + "/document.pdf").param("languages", reader.language()), reader);
        return Pdf.normalise(
                Pdf.of("corrupted-" + plan + "-" + reader.language(), pdf).text());
    }

    /** The body of a 200 answer to the reader. */
    private byte[] ok(MockHttpServletRequestBuilder request, Reader reader) throws Exception {
        return mvc.perform(request.session(reader.session()).cookie(reader.cookie()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private List<String> spreadsheetCells(long plan, Reader reader) throws Exception {
        byte[] bytes = ok(get("/api/v1/workplans/" + plan + "/activities.xlsx"), reader);
        var cells = new ArrayList<String>();
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return cells;
    }

    /**
     * Writes {@code set} into the row as the database owner, around the table's CHECK constraints:
     * they are dropped, the row changed, and put back {@code NOT VALID} — an old row the constraints
     * let through, as after the V2x migrations.
     */
    private void corrupt(String table, String set, long id) throws Exception {
        try (Connection connection = superuser.open()) {
            connection.setAutoCommit(false);
            var checks = new ArrayList<String[]>();
            try (var statement =
                    connection.prepareStatement("select conname, pg_get_constraintdef(oid) from pg_constraint"
                            + " where conrelid = ?::regclass and contype = 'c'")) {
                statement.setString(1, table);
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        checks.add(
                                new String[] {rs.getString(1), rs.getString(2).replace(" NOT VALID", "")});
                    }
                }
            }
            try (var statement = connection.createStatement()) {
                for (String[] check : checks) {
                    statement.execute("alter table %s drop constraint \"%s\"".formatted(table, check[0]));
                }
                assertThat(statement.executeUpdate("update %s set %s where id = %d".formatted(table, set, id)))
                        .isEqualTo(1);
                for (String[] check : checks) {
                    statement.execute(
                            "alter table %s add constraint \"%s\" %s not valid".formatted(table, check[0], check[1]));
                }
            }
            connection.commit();
        }
    }
}
