package coop.khidma.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.persistence.DatabaseUnavailable;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where anything that goes wrong becomes a sentence the person can act on: a broken rule in
 * its own words, a concurrent change as "someone else changed this", a missing role as "not allowed", the database
 * being away as "try again in a moment" (nothing was saved; no code, it is no bug), and anything else as an apology
 * with a code that finds the stack trace in the log.
 */
public class ErrorMessages implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(ErrorMessages.class.getName());

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : Locale.ENGLISH;
        String message = messageFor(event.getThrowable(), locale);
        if (ui != null) {
            ui.access(() -> show(message));
        }
    }

    /** The sentence for a failure, in the reader's language. */
    public static String messageFor(Throwable failure, Locale locale) {
        Optional<DomainException> broken = find(failure, DomainException.class);
        if (broken.isPresent()) {
            return Messages.of(broken.get(), locale);
        }
        if (DatabaseUnavailable.explains(failure)) {
            LOG.warning(() -> "A screen met the database away (" + failure.getClass().getSimpleName()
                    + "): asked the person to try again in a moment");
            return Messages.get(locale, "error.databaseUnavailable");
        }
        if (find(failure, OptimisticLockException.class).isPresent()
                || find(failure, jakarta.ejb.ConcurrentAccessException.class).isPresent()) {
            return Messages.get(locale, "error.optimisticLock");
        }
        if (find(failure, EJBAccessException.class).isPresent()) {
            return Messages.get(locale, "error.notAllowed");
        }
        String code = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure, code " + code, failure);
        return Messages.get(locale, "error.unexpected", code);
    }

    /**
     * Shows the failure beside the field it concerns when it is a broken rule the form knows ({@code atField} is
     * given the rule's key and its sentence and answers whether it showed it), otherwise as a notification.
     */
    public static void showAt(Throwable failure, Locale locale, BiPredicate<String, String> atField) {
        Optional<DomainException> broken = find(failure, DomainException.class);
        if (broken.isEmpty() || !atField.test(broken.get().key(), Messages.of(broken.get(), locale))) {
            show(messageFor(failure, locale));
        }
    }

    public static void show(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
