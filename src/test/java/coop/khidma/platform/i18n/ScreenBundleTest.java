package coop.khidma.platform.i18n;

import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens' bundles (every {@code i18n/*_ar.properties} except the rules, which {@link RulesBundleTest} checks):
 * every key in Arabic and in English, no key in two areas, and every key the code asks for exists (a CSV export's
 * column headers too).
 */
class ScreenBundleTest {

    private static final Properties ARABIC = loadAll("ar");
    private static final Properties ENGLISH = loadAll("en");
    /** A key asked for on a screen (in its language or another's), or a CSV export's column header. */
    private static final Pattern ASKED = Pattern.compile(
            "getTranslation\\(\\s*(?:locale\\s*,\\s*)?\"([^\"]+)\"|\\.column\\(\\s*\"([^\"]+)\"");

    @Test
    void arabicAndEnglishHaveTheSameKeys() {
        assertThat(new TreeSet<>(ARABIC.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(ENGLISH.stringPropertyNames()));
    }

    @Test
    void arabicTextsAreNotLeftInEnglish() {
        Pattern arabic = Pattern.compile("\\p{InArabic}");
        Pattern latin = Pattern.compile("[A-Za-z]");
        Set<String> notArabic = ARABIC.stringPropertyNames().stream()
                .filter(key -> !key.equals("language.switch")) // names English in English
                .filter(key -> latin.matcher(ARABIC.getProperty(key)).find()
                        && !arabic.matcher(ARABIC.getProperty(key)).find())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(notArabic).isEmpty();
    }

    @Test
    void everyKeyTheScreensAskForExists() throws IOException {
        Set<String> asked;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            asked = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> ASKED.matcher(read(file)).results()
                            .map(match -> match.group(1) != null ? match.group(1) : match.group(2)))
                    .filter(key -> !key.endsWith(".")) // a prefix completed at run time, checked below
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(asked).isNotEmpty();
        assertThat(asked).allSatisfy(key -> assertThat(ENGLISH).containsKey(key));
    }

    @Test
    void everyChannelAndStatusHasAName() {
        Stream.concat(Arrays.stream(Channel.values()).map(channel -> "channel." + channel),
                        Arrays.stream(RequestStatus.values()).map(status -> "status." + status))
                .forEach(key -> assertThat(ARABIC).containsKey(key));
    }

    /** All screen areas of one language merged; a key defined in two areas fails here. */
    private static Properties loadAll(String language) {
        Properties all = new Properties();
        for (String bundle : Messages.BUNDLES) {
            String area = bundle.substring("i18n.".length());
            var stream = ScreenBundleTest.class.getResourceAsStream("/i18n/" + area + "_" + language + ".properties");
            if (area.equals("rules") || stream == null) {
                continue;
            }
            try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                Set<String> twice = new TreeSet<>(properties.stringPropertyNames());
                twice.retainAll(all.stringPropertyNames());
                assertThat(twice).as("keys defined in more than one area").isEmpty();
                all.putAll(properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
