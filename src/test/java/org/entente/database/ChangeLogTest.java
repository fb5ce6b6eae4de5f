package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The health components and the 503 answers log a condition once per change (million32): the
 * failover drill's node log had one line per request answered 503 during the 20 s without a
 * primary, and the two health components each kept their own copy of "log once per reason".
 */
class ChangeLogTest {

    @Test
    void aConditionIsOneLineWhenItBeginsOneWhenItChangesAndOneWhenItEndsWithHowOftenItWasMet() {
        var logger = (Logger) LoggerFactory.getLogger("changelog-test-" + System.nanoTime());
        var lines = new ListAppender<ILoggingEvent>();
        lines.start();
        logger.addAppender(lines);
        var changes = new ChangeLog(logger, "Not ready", "Ready again");

        changes.report("");
        changes.cleared();
        for (int i = 0; i < 5; i++) {
            changes.met("unreachable", "first: GET /, request " + i);
        }
        changes.report("in recovery");
        changes.report("in recovery");
        changes.report("");
        changes.report("");
        changes.report("unreachable");

        List<String> logged = lines.list.stream()
                .map(event -> event.getLevel() + " " + event.getFormattedMessage())
                .toList();
        assertThat(logged).hasSize(4);
        assertThat(logged.get(0)).isEqualTo("WARN Not ready: unreachable (first: GET /, request 0)");
        assertThat(logged.get(1)).isEqualTo("WARN Not ready: in recovery");
        assertThat(logged.get(2)).matches("INFO Ready again after [0-9]+\\.[0-9] s \\(in recovery, met 7 times\\)");
        assertThat(logged.get(3)).isEqualTo("WARN Not ready: unreachable");
    }
}
