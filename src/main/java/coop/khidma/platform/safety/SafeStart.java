package coop.khidma.platform.safety;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.List;
import java.util.logging.Logger;

/**
 * Refuses to start Khidma with an unsafe configuration (see {@link ConfigurationCheck}): the deployment fails and
 * the log says why, before any migration or data is touched.
 */
@Singleton(name = "SafeStart")
@Startup
public class SafeStart {

    private static final Logger LOG = Logger.getLogger(SafeStart.class.getName());

    @PostConstruct
    void refuseUnsafeConfiguration() {
        List<String> problems = ConfigurationCheck.problems(System.getenv());
        if (!problems.isEmpty()) {
            problems.forEach(problem -> LOG.severe("Khidma will not start: " + problem));
            throw new IllegalStateException("Unsafe configuration: " + String.join("; ", problems));
        }
    }
}
