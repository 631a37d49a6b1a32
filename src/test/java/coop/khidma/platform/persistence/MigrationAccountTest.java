package coop.khidma.platform.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which account runs the migrations: the owner when one is configured, else the application's own (development). */
class MigrationAccountTest {

    @Test
    void withoutAMigrationUserThePoolsUserMigrates() {
        assertThat(MigrationAccount.from(Map.of())).isEmpty();
        assertThat(MigrationAccount.from(Map.of("KHIDMA_DB_MIGRATION_USER", " ", "KHIDMA_DB_MIGRATION_PASSWORD", "x")))
                .isEmpty();
    }

    @Test
    void thePasswordFileWinsOverTheVariableAndOnlyItsFirstLineCounts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("migrate.pw");
        Files.writeString(file, "Owner pass: 1 ٢\nsecond line\n");
        assertThat(MigrationAccount.from(Map.of("KHIDMA_DB_MIGRATION_USER", "khidma_migrate",
                "KHIDMA_DB_MIGRATION_PASSWORD_FILE", file.toString(), "KHIDMA_DB_MIGRATION_PASSWORD", "other")))
                .contains(new MigrationAccount("khidma_migrate", "Owner pass: 1 ٢"));
        assertThat(MigrationAccount.from(Map.of("KHIDMA_DB_MIGRATION_USER", "khidma_migrate",
                "KHIDMA_DB_MIGRATION_PASSWORD", "pw"))).contains(new MigrationAccount("khidma_migrate", "pw"));
    }

    @Test
    void aMigrationUserWithoutAPasswordOrWithAnUnreadableFileStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> MigrationAccount.from(Map.of("KHIDMA_DB_MIGRATION_USER", "khidma_migrate")))
                .hasMessageContaining("KHIDMA_DB_MIGRATION_PASSWORD_FILE");
        assertThatThrownBy(() -> MigrationAccount.from(Map.of("KHIDMA_DB_MIGRATION_USER", "khidma_migrate",
                "KHIDMA_DB_MIGRATION_PASSWORD_FILE", dir.resolve("missing").toString())))
                .hasMessageContaining("missing");
    }

    @Test
    void thePasswordNeverShowsInALogLine() {
        assertThat(new MigrationAccount("khidma_migrate", "Secret-pass-9").toString()).doesNotContain("Secret");
    }
}
