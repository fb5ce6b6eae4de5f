package org.entente.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.inTransaction;

import java.util.List;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** The generator on the real PostgreSQL: what it writes, under row-level security, and the same twice. */
@RunsAlongside
@DemoApplicationTest
// A database of its own: the generated committees must not show in other tests' counts.
@TestPropertySource(properties = "spring.application.name=entente-data-generator")
class DataGeneratorIT {

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    static final SystemSubject HOST = new SystemSubject("generator.test", "MAR", Classification.SECRET);

    <T> T asHost(java.util.function.Supplier<T> work) {
        return inTransaction(transactions, HOST, work);
    }

    /** The generated activities of committees from the given number on, as comparable rows. */
    List<String> activities(int fromCommittee, int committees) {
        return asHost(() -> sql.sql("""
                        select substr(a.code, 5) || '|' || a.title || '|' || a.type || '|' || a.domain || '|'
                               || coalesce(a.planned_quarter::text, '') || '|' || coalesce(a.planned_start::text, '')
                               || '|' || a.status || '|' || a.classification || '|' || a.owner_nation || '|'
                               || array_to_string(a.approvals, ',')
                          from workplans.activity a join workplans.plan p on p.id = a.plan_id
                         where p.committee_code between :from and :to
                         order by p.committee_code, p.year, a.seq""")
                .param("from", "G%03d".formatted(fromCommittee))
                .param("to", "G%03d~".formatted(fromCommittee + committees - 1))
                .query(String.class)
                .list());
    }

    @Test
    void theSameSeedGivesTheSameRowsLabelledForBothParties() {
        var size = new DataGenerator.Size(2, 3, 25, 2026);
        int before = asHost(() -> sql.sql("select count(*) from committees.committee where code like 'G%-MAR'")
                .query(Integer.class)
                .single());
        var totals = new DataGenerator(sql, transactions, 7).generate(size);
        assertThat(totals).isEqualTo(new DataGenerator.Totals(2, 6, 150));
        new DataGenerator(sql, transactions, 7).generate(size);

        List<String> first = activities(before + 1, 2);
        List<String> second = activities(before + 3, 2);
        assertThat(first).hasSize(150);
        assertThat(second).isEqualTo(first);

        Map<String, Object> counts = asHost(() -> sql.sql("""
                        select count(distinct a.owner_nation) as owners, count(distinct a.classification) as levels,
                               count(*) filter (where a.status = 'EXECUTED') as executed,
                               count(*) filter (where p.status = 'NEGOTIATION') as negotiated,
                               (select count(*) from workplans.activity_event e where e.activity_id = any(array_agg(a.id)))
                                   as events
                          from workplans.activity a join workplans.plan p on p.id = a.plan_id
                         where p.committee_code like :prefix""")
                .param("prefix", "G%03d-%%".formatted(before + 1))
                .query()
                .singleRow());
        assertThat((Long) counts.get("owners")).isEqualTo(2);
        assertThat((Long) counts.get("levels")).isGreaterThanOrEqualTo(3);
        assertThat((Long) counts.get("executed")).isGreaterThan(20);
        assertThat((Long) counts.get("negotiated")).isEqualTo(25);
        assertThat((Long) counts.get("events")).isGreaterThan(75 * 2);

        // A partner's planner at CONFIDENTIAL sees neither SECRET activities nor another committee's.
        var partner = new SystemSubject("planner.isr", "ISR", Classification.CONFIDENTIAL);
        long seen = inTransaction(
                transactions, partner, () -> sql.sql("""
                                select count(*) from workplans.activity a join workplans.plan p on p.id = a.plan_id
                                 where p.committee_code like 'G%' and a.classification = 3""").query(Long.class).single());
        assertThat(seen).isZero();
    }
}
