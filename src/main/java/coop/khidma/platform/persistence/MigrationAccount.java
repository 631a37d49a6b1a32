package coop.khidma.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The MariaDB account the migrations run as, when it is not the application's: {@code KHIDMA_DB_MIGRATION_USER}
 * with its password from the file {@code KHIDMA_DB_MIGRATION_PASSWORD_FILE} (first line, readable by the service
 * user only) or else {@code KHIDMA_DB_MIGRATION_PASSWORD}. Empty without a migration user: the pool's user migrates.
 */
record MigrationAccount(String user, String password) {

    static Optional<MigrationAccount> from(Map<String, String> env) {
        String user = env.get("KHIDMA_DB_MIGRATION_USER");
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        String file = env.get("KHIDMA_DB_MIGRATION_PASSWORD_FILE");
        String password;
        if (file != null && !file.isBlank()) {
            try {
                password = Files.readString(Path.of(file)).lines().findFirst().orElse("");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read KHIDMA_DB_MIGRATION_PASSWORD_FILE " + file, e);
            }
        } else {
            password = env.getOrDefault("KHIDMA_DB_MIGRATION_PASSWORD", "");
        }
        if (password.isEmpty()) {
            throw new IllegalStateException("KHIDMA_DB_MIGRATION_USER is set but neither "
                    + "KHIDMA_DB_MIGRATION_PASSWORD_FILE nor KHIDMA_DB_MIGRATION_PASSWORD gives its password");
        }
        return Optional.of(new MigrationAccount(user.strip(), password));
    }

    @Override
    public String toString() {
        return "MigrationAccount[" + user + "]";
    }
}
