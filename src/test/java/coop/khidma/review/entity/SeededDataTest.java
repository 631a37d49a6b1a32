package coop.khidma.review.entity;

import coop.khidma.review.control.SaudiHolidays;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The V2 migration's seed data agrees with the rules in code and with the bundles. */
class SeededDataTest {

    private static final Path V2 = Path.of("src/main/resources/db/migration/V2__workflow.sql");

    @Test
    void theSeededOfficialHolidaysAreThoseSaudiHolidaysComputesFor2025To2030() throws IOException {
        Set<LocalDate> seeded = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '[^']+', '[^']+', 'OFFICIAL'\\)")
                .matcher(Files.readString(V2)).results().map(match -> LocalDate.parse(match.group(1)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> computed = IntStream.rangeClosed(2025, 2030).boxed()
                .flatMap(year -> SaudiHolidays.forYear(year).stream()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(seeded).isEqualTo(computed);
    }

    @Test
    void everySeededRequestTypeIsNamedOnScreen() throws IOException {
        Properties ui = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/ui_ar.properties"))) {
            ui.load(in);
        }
        Set<String> seeded = Pattern.compile("\\('([A-Z_]+)', '[^']+', '[^']+', (TRUE|FALSE)\\)")
                .matcher(Files.readString(V2)).results().map(match -> match.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(seeded).hasSize(8);
        seeded.forEach(code -> assertThat(ui).containsKey("requestType." + code));
    }

    @Test
    void theSeededWindowIsTheDefault() throws IOException {
        assertThat(Files.readString(V2)).contains("VALUES (1, " + ReviewSettings.DEFAULT_FLOOR + ", "
                + ReviewSettings.DEFAULT_CEILING + ", " + ReviewSettings.DEFAULT_REMINDER + ");");
    }
}
