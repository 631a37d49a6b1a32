package coop.khidma.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Saves what each of a journey's browsers showed when one of its tests failed, as
 * {@code target/screenshots/failed-<Class>-<test>.png} (a second browser beside it with {@code -<field>} added), so a
 * red CI run can be read without running it again.
 */
public class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Class<?> type = context.getRequiredTestClass();
        String first = null;
        for (Field field : type.getDeclaredFields()) {
            if (field.getType() == Browser.class && Modifier.isStatic(field.getModifiers())) {
                // the first browser as before; a second one (walking beside it) under its field's name
                String name = "failed-" + type.getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                        + (first == null ? "" : "-" + field.getName());
                first = first == null ? field.getName() : first;
                try {
                    field.setAccessible(true);
                    Optional.ofNullable((Browser) field.get(null)).ifPresent(browser -> browser.screenshot(name));
                } catch (IllegalAccessException | RuntimeException unavailable) {
                    // the browser is gone with the failure: nothing to show
                }
            }
        }
    }
}
