package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The pages no other browser test opens, opened once each so that the page checks (HTML checker,
 * axe in Arabic and English, 390 px, links) see them too: the administrators' pages and the
 * partners' forms. Issue 13 asks for those checks on every page. Still unopened by any browser
 * test: the committee, session and project forms, the plans' list, a plan's rates and signing.
 */
@DemoApplicationTest
class UnvisitedPagesBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyOtherPageIsCheckedToo() {
        long organization = id("select min(id) from partners.organization where owner_nation = 'MAR'");
        long person = id("select min(id) from partners.person where owner_nation = 'MAR'");
        List<String> answers = new ArrayList<>();

        signInAs("admin.mar", "en");
        for (String path : List.of(
                "/admin/domains",
                "/admin/outbox",
                "/admin/search",
                "/people/new",
                "/organizations/" + organization,
                "/organizations/" + organization + "/edit",
                "/people/" + person + "/edit")) {
            answers.add(visit(path));
        }
        assertThat(answers).allMatch(answer -> answer.endsWith(" 200"));
    }

    private String visit(String path) {
        Response response = page.navigate(url(path));
        return path + " " + (response == null ? "no response" : response.status());
    }

    private long id(String query) {
        Long id = Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> sql.sql(query).query(Long.class).single());
        assertThat(id).as(query).isNotNull();
        return id;
    }
}
