package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search never tells anyone more than they may read: for every persona and a set of queries, the
 * API's count equals the number of matching entries whose label that persona may read, counted
 * here without row-level security (as the database's superuser) and filtered by the label rule in
 * Java ({@link Label#readableBy}). At least one query must match entries some persona may not
 * read, or the comparison would prove nothing.
 */
@DemoApplicationTest
class SearchNeedToKnowIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> QUERIES = List.of(
            "Benslimane", "تكوين", "exercise", "plan", "committee", "مشروع", "session", "JMC", "2026", "formation");

    @Autowired
    MockMvc mvc;

    @Autowired
    SuperuserConnections superuser;

    record Entry(Label label) {}

    @Test
    void everyPersonaCountsExactlyTheMatchesItMayRead() throws Exception {
        List<String> wrong = new ArrayList<>();
        boolean someoneMissesSomething = false;
        for (String query : QUERIES) {
            List<Label> matches = matches(SearchQuery.parse(query, false));
            for (Persona persona : Persona.values()) {
                var session = signIn(mvc, persona);
                long total = JSON.readTree(mvc.perform(
                                        get("/api/v1/search").param("q", query).session(session))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .get("total")
                        .asLong();
                String nation = persona.subject().nation();
                Classification clearance = persona.subject().clearance();
                long readable = matches.stream()
                        .filter(label -> label.readableBy(nation, clearance))
                        .count();
                someoneMissesSomething |= readable < matches.size();
                if (total != readable) {
                    wrong.add("%s as %s: %d found, %d readable of %d"
                            .formatted(query, persona.username(), total, readable, matches.size()));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(someoneMissesSomething)
                .as("some query matches an entry some persona may not read")
                .isTrue();
    }

    /** The labels of every entry the query matches, whoever may read it. */
    private List<Label> matches(SearchQuery query) throws Exception {
        var labels = new ArrayList<Label>();
        try (var connection = superuser.open();
                var statement = connection.prepareStatement("""
                        select classification, owner_nation, releasable_to from search.entry
                         where document @@ to_tsquery('simple', ?)
                            or (? is not null and upper(code) like ? || '%')""")) {
            statement.setString(1, query.tsquery());
            statement.setString(2, query.code());
            statement.setString(3, query.code());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    labels.add(new Label(Classification.values()[rows.getShort(1)], rows.getString(2), Set.of((String[])
                            rows.getArray(3).getArray())));
                }
            }
        }
        return labels;
    }
}
