package coop.khidma.support;

import java.util.ArrayList;
import java.util.List;

/** What container tests look for in a failure: the whole cause chain (EJBs wrap what they throw). */
public final class Failures {

    private Failures() {
    }

    public static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
