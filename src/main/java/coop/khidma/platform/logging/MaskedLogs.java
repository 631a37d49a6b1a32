package coop.khidma.platform.logging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Puts {@link Masking} in front of every log handler of the server while Khidma runs, so a national ID or a mobile
 * number that slips into any message — ours, a library's, an exception's — is masked before it is written.
 */
@Singleton
@Startup
public class MaskedLogs {

    private final List<Handler> masked = new ArrayList<>();
    private final List<Filter> previous = new ArrayList<>();

    @PostConstruct
    void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            masked.add(handler);
            previous.add(handler.getFilter());
            handler.setFilter(new MaskingFilter(handler.getFilter()));
        }
    }

    @PreDestroy
    void uninstall() {
        for (int i = 0; i < masked.size(); i++) {
            masked.get(i).setFilter(previous.get(i));
        }
    }

    /** Masks the record's message (formatted with its parameters) and its exception text, then asks the old filter. */
    public static final class MaskingFilter implements Filter {

        private final Filter next;

        public MaskingFilter(Filter next) {
            this.next = next;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            String message = record.getMessage();
            Object[] parameters = record.getParameters();
            if (message != null && parameters != null && parameters.length > 0 && message.contains("{0")) {
                try {
                    message = MessageFormat.format(message, parameters);
                    record.setParameters(null);
                } catch (IllegalArgumentException notAPattern) {
                    // leave the message as it is
                }
            }
            record.setMessage(Masking.mask(message));
            if (record.getThrown() != null) {
                record.setThrown(MaskedThrowable.of(record.getThrown()));
            }
            return next == null || next.isLoggable(record);
        }
    }
}
