package org.entente.generator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With {@code --entente.generate=COMMITTEESxYEARSxACTIVITIES} (e.g. {@code 40x10x200}), loads the
 * generated data set after the demo scenario (if any), prints what it wrote and how long it took,
 * and stops Entente. {@code entente.generate-seed} (default 2026) and {@code
 * entente.generate-last-year} (default 2026) make other, equally reproducible, sets.
 */
@Component
@Order(100)
@ConditionalOnProperty("entente.generate")
class GeneratorRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratorRunner.class);

    private final JdbcClient sql;
    private final PlatformTransactionManager transactions;
    private final ConfigurableApplicationContext context;
    private final String size;
    private final long seed;
    private final int lastYear;

    GeneratorRunner(
            JdbcClient sql,
            PlatformTransactionManager transactions,
            ConfigurableApplicationContext context,
            @Value("${entente.generate}") String size,
            @Value("${entente.generate-seed:2026}") long seed,
            @Value("${entente.generate-last-year:2026}") int lastYear) {
        this.sql = sql;
        this.transactions = transactions;
        this.context = context;
        this.size = size;
        this.seed = seed;
        this.lastYear = lastYear;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        DataGenerator.Totals totals =
                new DataGenerator(sql, transactions, seed).generate(DataGenerator.Size.parse(size, lastYear));
        log.info(
                "Generated {} committees, {} work plans, {} activities (seed {}) in {} ms",
                totals.committees(),
                totals.plans(),
                totals.activities(),
                seed,
                (System.nanoTime() - started) / 1_000_000);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
