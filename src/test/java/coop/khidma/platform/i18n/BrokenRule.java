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

    /** The rules bundle, with the {@code rule.*} keys an area keeps in its own bundle (e.g. {@code admin}). */
    static Properties bundle(String language) {
        var properties = new Properties();
        for (String area : Messages.BUNDLES) {
            String name = "/i18n/" + area.substring("i18n.".length()) + "_" + language + ".properties";
            try (var in = BrokenRule.class.getResourceAsStream(name)) {
                if (in == null) {
                    continue;
                }
                var loaded = new Properties();
                loaded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                boolean rules = area.equals("i18n.rules");
                loaded.stringPropertyNames().stream().filter(key -> rules || key.startsWith("rule."))
                        .forEach(key -> properties.setProperty(key, loaded.getProperty(key)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (properties.isEmpty()) {
            throw new IllegalStateException("no rules bundle on the test class path");
        }
        return properties;
    }
}
