package org.entente.identity;

import java.util.List;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enabled accounts that may read a label (need to know: nation in its audience, clearance at
 * least its classification): those whom something about the record may be told, and nobody else.
 */
@Component
public class Readers {

    /** An account as a recipient sees it: who, from where, and the language it reads. */
    public record Reader(String username, String nation, Classification clearance, String language) {}

    private final JdbcClient sql;

    Readers(JdbcClient sql) {
        this.sql = sql;
    }

    /** The enabled account of that name, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Reader> named(String username) {
        return sql.sql("""
                        select username, nation, clearance, language from identity.account
                         where enabled and lower(username) = lower(:username)""").param("username", username).query(Readers::reader).optional();
    }

    /**
     * The enabled accounts of those names (in any case), in one statement: the watchers of a record,
     * before each is asked whether they may read it.
     */
    @Transactional(readOnly = true)
    public List<Reader> named(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return sql.sql("""
                        select username, nation, clearance, language from identity.account
                         where enabled and lower(username) = any (cast(:usernames as text[]))
                         order by lower(username)""")
                .param(
                        "usernames",
                        usernames.stream()
                                .map(u -> u.toLowerCase(java.util.Locale.ROOT))
                                .distinct()
                                .toArray(String[]::new))
                .query(Readers::reader)
                .list();
    }

    private static Reader reader(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Reader(
                rs.getString("username"),
                rs.getString("nation"),
                Classification.values()[rs.getInt("clearance")],
                rs.getString("language"));
    }

    @Transactional(readOnly = true)
    public List<Reader> of(Label label) {
        return sql.sql("""
                        select username, nation, clearance, language from identity.account
                         where enabled and nation = any (cast(:nations as char(3)[])) and clearance >= :classification
                         order by lower(username)""")
                .param("nations", label.audience().toArray(String[]::new))
                .param("classification", label.classification().ordinal())
                .query(Readers::reader)
                .list();
    }
}
