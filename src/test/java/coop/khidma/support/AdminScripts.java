package coop.khidma.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the administrators' scripts in {@code server-config/} (backup, restore) as the README tells an administrator to:
 * the database from {@code KHIDMA_DB_*} in the environment, the MariaDB tools from the test server's own binaries.
 */
public final class AdminScripts {

    /** What a script printed (standard output and error together) and how it ended. */
    public record Result(int exit, String output) {

        /** The last line printed: the backup's path for {@code backup.sh}. */
        public String lastLine() {
            return output.strip().lines().reduce((first, last) -> last).orElse("");
        }
    }

    private AdminScripts() {
    }

    /** Runs {@code server-config/<name>} with {@code arguments} against {@code database} on {@code db}. */
    public static Result run(String name, EmbeddedMariaDb db, String database, String... arguments) throws Exception {
        return run(name, db, database, Map.of(), arguments);
    }

    /** The same with more variables in the script's environment. */
    public static Result run(String name, EmbeddedMariaDb db, String database, Map<String, String> environment,
                             String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", serverConfig().resolve(name).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KHIDMA_DB_URL", db.jdbcUrl(database));
        builder.environment().put("KHIDMA_DB_USER", db.user());
        builder.environment().put("KHIDMA_DB_PASSWORD", db.password());
        builder.environment().put("MARIADB_BIN", db.binaries().getPath());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    /** The same, failing unless the script exits 0. */
    public static Result succeed(String name, EmbeddedMariaDb db, String database, String... arguments) throws Exception {
        Result result = run(name, db, database, arguments);
        if (result.exit() != 0) {
            throw new IllegalStateException(name + " exited " + result.exit() + ": " + result.output());
        }
        return result;
    }

    private static Path serverConfig() {
        return Path.of(System.getProperty("khidma.serverConfig", "server-config"));
    }
}
