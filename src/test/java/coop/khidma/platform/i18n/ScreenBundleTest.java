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

/** The screens' bundles: every key in Arabic and in English, and every key the code asks for exists. */
class ScreenBundleTest {

    private static final Properties ARABIC = load("/i18n/ui_ar.properties");
    private static final Properties ENGLISH = load("/i18n/ui_en.properties");
    private static final Pattern ASKED = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");

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
                    .flatMap(file -> ASKED.matcher(read(file)).results().map(match -> match.group(1)))
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

    private static Properties load(String resource) {
        try (var reader = new InputStreamReader(ScreenBundleTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
