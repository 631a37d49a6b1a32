package coop.khidma.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.CallbackDataProvider;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * A lazy grid's two callbacks, which say at once what went wrong when the boundary behind them fails (the database
 * away, a role missing): a grid asks for its rows while the server's answer is being written, too late for the error
 * handler to put its message in that answer, so a person who searched would see the old rows or none and no word why
 * until their next tap. Here the message joins the answer the grid's rows were to be in, and the grid shows no rows.
 */
public final class LazyRows {

    private LazyRows() {
    }

    public static <T, F> CallbackDataProvider.FetchCallback<T, F> fetch(CallbackDataProvider.FetchCallback<T, F> fetch) {
        return query -> {
            try {
                return fetch.fetch(query);
            } catch (RuntimeException failure) {
                tell(failure);
                return Stream.empty();
            }
        };
    }

    public static <T, F> CallbackDataProvider.CountCallback<T, F> count(CallbackDataProvider.CountCallback<T, F> count) {
        return query -> {
            try {
                return count.count(query);
            } catch (RuntimeException failure) {
                tell(failure);
                return 0;
            }
        };
    }

    private static void tell(RuntimeException failure) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            throw failure; // not a screen's request: nobody to tell here, the caller's handler does
        }
        Locale locale = ui.getLocale();
        ErrorMessages.show(ErrorMessages.messageFor(failure, locale));
    }
}
