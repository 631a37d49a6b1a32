package coop.khidma.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A first start's secret never reaches a production log; it waits in a file only the service's user reads. */
class FirstStartSecretsTest {

    private static final String SECRET = "Khidma first start: sign in to /console as 'admin' with the one-time password"
            + " Xq7pZr2mKc9vWb4nT5";

    @Test
    void productionWritesTheSecretToAnOwnerOnlyFileAndLogsOnlyWhereItIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("first-start.txt");
        List<String> logged = new ArrayList<>();
        Path written = FirstStartSecrets.tell(logger(logged), SECRET,
                Map.of("KHIDMA_MODE", "production", FirstStartSecrets.FILE, file.toString()));

        assertThat(written).isEqualTo(file);
        assertThat(Files.readString(file)).contains("Xq7pZr2mKc9vWb4nT5");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(logged).singleElement().asString().contains(file.toString()).doesNotContain("Xq7pZr2mKc9vWb4nT5");
    }

    @Test
    void aFileOthersCouldReadIsMadeOwnerOnlyBeforeTheSecretGoesIn(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("shared.txt"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        FirstStartSecrets.tell(logger(new ArrayList<>()), SECRET,
                Map.of("KHIDMA_MODE", "PRODUCTION", FirstStartSecrets.FILE, file.toString()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void productionRefusesToStartWhenTheFileCannotBeWritten(@TempDir Path dir) {
        Path nowhere = dir.resolve("no-such-folder").resolve("first-start.txt");
        assertThatThrownBy(() -> FirstStartSecrets.tell(logger(new ArrayList<>()), SECRET,
                Map.of("KHIDMA_MODE", "production", FirstStartSecrets.FILE, nowhere.toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(FirstStartSecrets.FILE);
    }

    @Test
    void theDevelopmentRunPrintsItWhereTheDeveloperLooks() {
        List<String> logged = new ArrayList<>();
        assertThat(FirstStartSecrets.tell(logger(logged), SECRET, Map.of())).isNull();
        assertThat(logged).singleElement().asString().contains("==== " + SECRET + " ====");
    }

    private static Logger logger(List<String> lines) {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return logger;
    }
}
