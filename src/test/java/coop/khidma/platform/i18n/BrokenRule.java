package coop.khidma.platform.i18n;

import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asserts that an action breaks a named rule, that the rule speaks Arabic and English, and that its message hides the arguments. */
public final class BrokenRule {

    static final Properties ARABIC = bundle("ar");
    static final Properties ENGLISH = bundle("en");

    private BrokenRule() {
    }

    public static DomainException assertBroken(String key, Executable action) {
        DomainException broken = assertThrows(DomainException.class, action);
        assertEquals(key, broken.key());
        assertEquals(key, broken.getMessage(), "the message is the key alone, never the arguments");
        assertTrue(inBothBundles(key), () -> key + " must be in rules_ar and rules_en");
        return broken;
    }

    /** Whether both the Arabic and the English rules bundle name this key. */
    public static boolean inBothBundles(String key) {
        return ARABIC.containsKey(key) && ENGLISH.containsKey(key);
    }

    static Properties bundle(String language) {
        String name = "/i18n/rules_" + language + ".properties";
        try (var in = BrokenRule.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
