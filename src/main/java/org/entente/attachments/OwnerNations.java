package org.entente.attachments;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the work the system does on attachments at start (reading their text, moving their files into
 * the database): the nations owning the attachments in need of it, each found as the nations with
 * accounts see them (row-level security shows a nation its own and what is released to it), and
 * the subject to do the work as, the owner, whose update policy it is.
 */
final class OwnerNations {

    private OwnerNations() {}

    /** The owner nations of the attachments matching {@code condition} (SQL on {@code attachments.attachment}). */
    static Set<String> of(JdbcClient sql, TransactionTemplate transaction, String condition) {
        List<String> nations =
                transaction.execute(status -> sql.sql("select distinct nation from identity.account order by nation")
                        .query(String.class)
                        .list());
        var owners = new LinkedHashSet<String>();
        for (String nation : nations) {
            owners.addAll(as("attachments", nation)
                    .run(() -> transaction.execute(status -> sql.sql(
                                    "select distinct owner_nation from attachments.attachment where " + condition)
                            .query(String.class)
                            .list())));
        }
        return owners;
    }

    static SystemSubject as(String username, String nation) {
        return new SystemSubject(username, nation, Classification.SECRET);
    }
}
