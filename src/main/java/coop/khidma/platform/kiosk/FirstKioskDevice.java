package coop.khidma.platform.kiosk;

import coop.khidma.audit.entity.Change;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * When no kiosk device is registered at all, registers "kiosk 1" and prints a one-time enrolment link to the log once,
 * like the first administrator's password: open it on the kiosk's browser. With {@code KHIDMA_KIOSK_DEVICE_TOKEN} set
 * (the tests and the development run), the device is also enrolled at once with that token, which automated browsers
 * present as the kiosk cookie (enrolling with the link later replaces it).
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class FirstKioskDevice {

    public static final String ENVIRONMENT = "KHIDMA_KIOSK_DEVICE_TOKEN";
    public static final String NAME = "kiosk 1";
    private static final Logger LOG = Logger.getLogger(FirstKioskDevice.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void registerWhenNoDeviceExists() {
        if (em.createQuery("SELECT COUNT(d) FROM KioskDevice d", Long.class).getSingleResult() > 0) {
            return;
        }
        String token = System.getenv(ENVIRONMENT);
        String code = DeviceTokens.newEnrolmentCode();
        KioskDevice device;
        if (token != null && !token.isBlank()) {
            device = KioskDevice.enrolled(NAME, DeviceTokens.hash(token), Change.SYSTEM, clock.instant());
            device.newEnrolment(DeviceTokens.hash(code), clock.instant());
            LOG.info(() -> "Khidma first start: '" + NAME + "' registered with " + ENVIRONMENT);
        } else {
            device = KioskDevice.register(NAME, DeviceTokens.hash(code), Change.SYSTEM, clock.instant());
        }
        em.persist(device);
        coop.khidma.platform.security.FirstStartSecrets.tell(LOG, "Khidma first start: open /kiosk/enrol/" + code
                + " once on the kiosk's browser to make it '" + NAME + "' (valid "
                + KioskDevice.ENROLMENT_VALIDITY.toHours() + " hours)", System.getenv());
    }
}
