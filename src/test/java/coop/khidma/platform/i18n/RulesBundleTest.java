package coop.khidma.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules bundles: Arabic and English say the same things, and every rule the code can break is in both. */
class RulesBundleTest {

    private static final Pattern THROWN_KEY = Pattern.compile("new DomainException\\(\\s*\"([^\"]+)\"");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{InArabic}");

    @Test
    void arabicAndEnglishHaveTheSameKeys() {
        assertEquals(new TreeSet<>(BrokenRule.ENGLISH.stringPropertyNames()),
                new TreeSet<>(BrokenRule.ARABIC.stringPropertyNames()));
    }

    @Test
    void everyTextIsWrittenInItsLanguageAndFormats() {
        Object[] arguments = {10, 20};
        for (String key : BrokenRule.ARABIC.stringPropertyNames()) {
            String arabic = BrokenRule.ARABIC.getProperty(key), english = BrokenRule.ENGLISH.getProperty(key);
            assertTrue(ARABIC_LETTER.matcher(arabic).find(), key);
            assertFalse(ARABIC_LETTER.matcher(english).find(), key);
            assertFalse(new MessageFormat(arabic, Locale.forLanguageTag("ar")).format(arguments).contains("{"), key);
            assertFalse(new MessageFormat(english, Locale.ENGLISH).format(arguments).contains("{"), key);
        }
    }

    @Test
    void placeholdersAreTheSameInBothLanguages() {
        Pattern placeholder = Pattern.compile("\\{\\d+}");
        for (String key : BrokenRule.ARABIC.stringPropertyNames()) {
            assertEquals(placeholders(placeholder, BrokenRule.ENGLISH.getProperty(key)),
                    placeholders(placeholder, BrokenRule.ARABIC.getProperty(key)), key);
        }
    }

    @Test
    void everyKeyThrownInMainSourcesIsInBothBundles() throws IOException {
        Path sources = Path.of("src/main/java");
        Set<String> thrown;
        try (Stream<Path> files = Files.walk(sources)) {
            thrown = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> THROWN_KEY.matcher(read(file)).results().map(match -> match.group(1)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertFalse(thrown.isEmpty(), "run from the project directory");
        Set<String> missing = thrown.stream().filter(key -> !BrokenRule.ARABIC.containsKey(key)
                || !BrokenRule.ENGLISH.containsKey(key)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing);
    }

    private static Set<String> placeholders(Pattern placeholder, String text) {
        return placeholder.matcher(text).results().map(match -> match.group()).collect(Collectors.toSet());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
