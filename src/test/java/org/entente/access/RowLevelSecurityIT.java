package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The second wall: queries that forget the application's filter still see only what they may. */
@DemoApplicationTest
class RowLevelSecurityIT {

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anUnfilteredQueryUnderAPartnersSettingsReturnsNoForeignRecord() {
        var israeli = new SystemSubject("liaison", "ISR", Classification.RESTRICTED);
        var codes = asReader(israeli, "select code from committees.committee order by code");
        assertThat(codes).containsExactly("JMC-ISR-MAR");

        var french = new SystemSubject("planner", "FRA", Classification.CONFIDENTIAL);
        assertThat(asReader(french, "select code from committees.committee order by code"))
                .containsExactly("CMM-FRA-MAR");
        assertThat(asReader(french, "select count(*)::text from committees.session where owner_nation = 'MAR'"))
                .containsExactly("3");
    }

    @Test
    void clearanceCutsEvenTheHostsOwnRecords() {
        var restricted = new SystemSubject("viewer", "MAR", Classification.RESTRICTED);
        assertThat(asReader(restricted, "select code from committees.committee where code = 'PREP-MAR'"))
                .isEmpty();
        var confidential = new SystemSubject("planner", "MAR", Classification.CONFIDENTIAL);
        assertThat(asReader(
                        confidential,
                        "select number::text from committees.session s "
                                + "join committees.committee c on c.id = s.committee_id where c.code = 'PREP-MAR'"))
                .containsExactly("1");
    }

    @Test
    void withoutAReaderNothingIsVisibleInOrOutOfATransaction() {
        assertThat(sql.sql("select count(*) from committees.committee")
                        .query(Long.class)
                        .single())
                .isZero();
        Long inTransaction = new TransactionTemplate(transactions)
                .execute(status -> sql.sql("select count(*) from partners.organization")
                        .query(Long.class)
                        .single());
        assertThat(inTransaction).isZero();
    }

    @Test
    void aReaderCannotCreateARecordOwnedByAnotherNation() {
        var israeli = new SystemSubject("planner", "ISR", Classification.CONFIDENTIAL);
        assertThatThrownBy(() -> israeli.run(() -> new TransactionTemplate(transactions)
                        .executeWithoutResult(status -> sql.sql("""
                                        insert into committees.committee (code, kind, name, parties, classification,
                                                                          owner_nation, releasable_to)
                                        values ('FORGED', 'WORKING_GROUP', '{"en": "Forged"}', '{ISR,MAR}', 1, 'MAR', '{ISR}')""").update())))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    private java.util.List<String> asReader(SystemSubject reader, String query) {
        return reader.run(() -> new TransactionTemplate(transactions)
                .execute(status -> sql.sql(query).query(String.class).list()));
    }
}
