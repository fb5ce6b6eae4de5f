package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.shared.Label;
import org.junit.jupiter.api.Test;

/**
 * A read is said by the event that records it, not guessed from its action's name: the audit trail
 * tells the search index of writes only, and both ask {@link AuditEvent#wroteRecord()}.
 */
class AuditEventTest {

    static final Label LABEL = Label.unclassified("MAR");

    @Test
    void aReadWritesNothingWhateverItsActionIsCalled() {
        assertThat(AuditEvent.read("committees.committee.read", "committee", "1", LABEL)
                        .wroteRecord())
                .isFalse();
        assertThat(AuditEvent.read("workplans.plan.print", "workplan", "1", LABEL)
                        .with("format", "pdf")
                        .wroteRecord())
                .as("a detail added keeps it a read")
                .isFalse();
        assertThat(AuditEvent.success("workplans.plan.read-aloud", "workplan", "1", LABEL)
                        .wroteRecord())
                .as("a write is a write whatever its name ends with")
                .isTrue();
    }

    @Test
    void onlyASuccessfulWriteOnOneRecordIsFollowed() {
        assertThat(AuditEvent.success("committees.session.approve", "session", "4", LABEL)
                        .wroteRecord())
                .isTrue();
        assertThat(AuditEvent.success("committees.session.approve", "session", null, LABEL)
                        .wroteRecord())
                .isFalse();
        assertThat(AuditEvent.denied("committees.session.approve", "session", "4", LABEL)
                        .wroteRecord())
                .isFalse();
        assertThat(AuditEvent.failure("committees.session.approve", "session", "4", LABEL)
                        .wroteRecord())
                .isFalse();
    }

    /** Reads recorded as writes would re-index on every page view: every read-named action says it is a read. */
    @Test
    void noModuleRecordsAReadNamedActionAsAWrite() throws IOException {
        Pattern readAsWrite =
                Pattern.compile("AuditEvent\\.(success|denied)\\(\\s*\"[a-z.\\-]+\\.(read|list|export)\"");
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            found = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> readAsWrite.matcher(read(f)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(found).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
