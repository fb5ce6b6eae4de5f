package org.entente.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.entente.TestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files arrive whole or not at all, and nothing a crash left behind stays. */
class FileStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void aFileAboveTheLimitIsCutOffWhileItArrivesAndNothingIsKept() {
        var store = new FileStore(TestProperties.withDataDir(dataDir));
        assertThatThrownBy(() -> store.receive(new ByteArrayInputStream(new byte[1025]), 1024))
                .isInstanceOf(AttachmentRefused.class);
        assertThat(dataDir.resolve("files/incoming")).isEmptyDirectory();
    }

    @Test
    void anUploadLeftHalfWayByAStoppedEntenteIsRemovedAtTheNextStartButNotOneUnderWay() throws Exception {
        Path incoming = Files.createDirectories(dataDir.resolve("files/incoming"));
        Path leftOver = Files.write(incoming.resolve("old.part"), new byte[] {1});
        Files.setLastModifiedTime(leftOver, FileTime.from(Instant.now().minusSeconds(3600)));
        var store = new FileStore(TestProperties.withDataDir(dataDir));
        Path underWay =
                store.receive(new ByteArrayInputStream(new byte[] {2}), 10).path();
        Files.setLastModifiedTime(underWay, FileTime.from(Instant.now().plusSeconds(60)));

        store.clearIncoming();

        assertThat(leftOver).doesNotExist();
        assertThat(underWay).exists();
    }

    @Test
    void aStoragePathNeverLeavesTheFilesDirectory() {
        var store = new FileStore(TestProperties.withDataDir(dataDir));
        assertThatThrownBy(() -> store.resolve("../postgres/pg_hba.conf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.resolve("incoming/x.part")).isInstanceOf(IllegalArgumentException.class);
    }
}
