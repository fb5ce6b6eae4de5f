package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The full rebuild, chunk after chunk in transactions of their own: it puts back what the index
 * should hold — an entry lost, an entry gone stale, an entry whose record is gone — and leaves the
 * rest as it was, whatever the chunk's size.
 */
@DemoApplicationTest
class SearchRebuildIT {

    @Autowired
    SearchRebuild rebuild;

    @Autowired
    SuperuserConnections superuser;

    @Test
    void aRebuildInSmallChunksPutsBackTheIndexAsItShouldBe() throws Exception {
        List<String> before = entries();
        assertThat(before).hasSizeGreaterThan(50);
        update("""
                delete from search.entry where (record_type, record_id) =
                    (select record_type, record_id from search.entry where record_type = 'activity' order by record_id limit 1)""");
        update("""
                update search.entry set document = to_tsvector('simple', 'stale'), title = '{"en": "stale"}'
                 where (record_type, record_id) =
                    (select record_type, record_id from search.entry where record_type = 'session' order by record_id limit 1)""");
        update("""
                insert into search.entry (record_type, record_id, title, body, lang, url, document, classification, owner_nation)
                values ('activity', 987654321, '{"en": "gone"}', '{}', 'en', '/activities/987654321',
                        to_tsvector('simple', 'gone'), 0, 'MAR'),
                       ('retired-kind', 1, '{"en": "gone"}', '{}', 'en', '/', to_tsvector('simple', 'gone'), 0, 'MAR')""");
        assertThat(entries()).isNotEqualTo(before);

        long written = rebuild.rebuild(3);

        assertThat(entries()).isEqualTo(before);
        assertThat(written).isEqualTo(before.size());
    }

    private void update(String statement) throws SQLException {
        try (var connection = superuser.open();
                var update = connection.createStatement()) {
            assertThat(update.executeUpdate(statement)).isPositive();
        }
    }

    /** Every entry, as the superuser reads it (no row-level security), with what a search uses. */
    private List<String> entries() throws SQLException {
        List<String> entries = new ArrayList<>();
        try (var connection = superuser.open();
                var statement = connection.prepareStatement("""
                        select record_type, record_id, title::text, code, body, lang, url, committee_id, year, status,
                               nation, document::text, classification, owner_nation, releasable_to::text
                          from search.entry order by record_type, record_id""");
                var rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                var row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(rows.getString(column)).append('|');
                }
                entries.add(row.toString());
            }
        }
        return entries;
    }
}
