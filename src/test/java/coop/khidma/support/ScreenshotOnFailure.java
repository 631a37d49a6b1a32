package coop.khidma.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Saves what each of a journey's browsers showed when one of its tests failed, as
 * {@code target/screenshots/failed-<Class>-<test>.png}, so a red CI run can be read without running it again.
 */
public class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Class<?> type = context.getRequiredTestClass();
        for (Field field : type.getDeclaredFields()) {
            if (field.getType() == Browser.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    field.setAccessible(true);
                    Optional.ofNullable((Browser) field.get(null)).ifPresent(browser -> browser.screenshot(
                            "failed-" + type.getSimpleName() + "-" + context.getRequiredTestMethod().getName()));
                } catch (IllegalAccessException | RuntimeException unavailable) {
                    // the browser is gone with the failure: nothing to show
                }
            }
        }
    }
}
