package coop.khidma.intake.boundary;

import coop.khidma.platform.scheduling.DeadlineJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The deadline scheduler's job: the kiosk's submission tokens older than a day are forgotten. */
@ApplicationScoped
public class KioskSubmissionExpiry implements DeadlineJob {

    @Inject
    KioskRequests kiosk;

    @Override
    public String name() {
        return "kiosk-submissions";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public int run(String node, String slot) {
        return kiosk.forgetOldSubmissions();
    }
}
