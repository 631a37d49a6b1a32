package coop.khidma.platform.kiosk;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The association's kiosk devices: administrators register, re-enrol and revoke them; a device enrols itself with
 * its one-time code; every kiosk page asks whether the device token it presents is recognised. Also the kiosk's
 * idle time. Every administrator's change is audited.
 */
@Stateless
public class KioskDevices {

    static final String DEVICE = "KIOSK_DEVICE";

    /** One line of the devices list. */
    public record DeviceRow(Long id, String name, KioskDevice.State state, Instant registeredAt, Instant enrolledAt,
                            Instant lastSeenAt, Instant enrolmentUntil, long version) {
    }

    /** The one-time code to open on the device, as {@code /kiosk/enrol/<code>}: shown once, stored as a hash. */
    public record Enrolment(Long deviceId, String name, String code, Instant validUntil) {
    }

    /** The idle time in force, and whether it is the administrator's or the environment's. */
    public record IdleTime(int seconds, boolean setByAdministrator, int environmentSeconds, long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditLog auditTrail;

    @Inject
    Clock clock;

    /** Whether a browser presenting this device token is one of the association's kiosks (anyone may ask). */
    @PermitAll
    public boolean recognised(String presentedToken) {
        String hash = DeviceTokens.hash(presentedToken);
        if (hash == null) {
            return false;
        }
        return em.createQuery("SELECT d FROM KioskDevice d WHERE d.tokenHash = :hash", KioskDevice.class)
                .setParameter("hash", hash).getResultList().stream().filter(device -> device.recognises(hash))
                .peek(device -> device.seen(clock.instant())).findFirst().isPresent();
    }

    /**
     * The device opened its enrolment link: returns its new device token (to keep in a cookie). Breaks
     * {@code rule.kiosk.enrolmentUnknown}, {@code rule.kiosk.enrolmentExpired} or {@code rule.kiosk.revoked}.
     */
    @PermitAll
    public String enrol(String code) {
        String hash = DeviceTokens.hash(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT));
        KioskDevice device = hash == null ? null : em.createQuery(
                        "SELECT d FROM KioskDevice d WHERE d.enrolmentHash = :hash", KioskDevice.class)
                .setParameter("hash", hash).getResultList().stream().findFirst().orElse(null);
        if (device == null) {
            throw new DomainException("rule.kiosk.enrolmentUnknown");
        }
        String token = DeviceTokens.newToken();
        Instant now = clock.instant();
        device.enrol(DeviceTokens.hash(token), now);
        auditTrail.record(Change.of(DEVICE, device.name(), "enrol", KioskDevice.State.AWAITING_ENROLMENT,
                device.state(), Change.KIOSK, now, null));
        return token;
    }

    /** The kiosk's idle time in force (anyone may ask: every kiosk page needs it). */
    @PermitAll
    public int idleSeconds() {
        return settings().effectiveIdleSeconds(System.getenv());
    }

    @RolesAllowed(Roles.ADMIN)
    public IdleTime idleTime() {
        KioskSettings settings = settings();
        return new IdleTime(settings.effectiveIdleSeconds(System.getenv()), settings.idleSeconds().isPresent(),
                KioskSettings.environmentIdleSeconds(System.getenv()), settings.version());
    }

    /** Sets the idle time, or with {@code null} goes back to the environment's default; see {@link KioskSettings}. */
    @RolesAllowed(Roles.ADMIN)
    public void changeIdleSeconds(Integer seconds, long version) {
        KioskSettings settings = settings();
        if (settings.version() != version) {
            throw new OptimisticLockException("kiosk settings");
        }
        auditTrail.record(settings.changeIdleSeconds(seconds, me(), clock.instant()));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<DeviceRow> devices() {
        return em.createQuery("SELECT d FROM KioskDevice d ORDER BY d.registeredAt, d.id", KioskDevice.class)
                .getResultList().stream().map(d -> new DeviceRow(d.id(), d.name(), d.state(), d.registeredAt(),
                        d.enrolledAt(), d.lastSeenAt(), d.enrolmentUntil(), d.version())).toList();
    }

    /** A new kiosk, awaiting its enrolment; breaks {@code rule.kiosk.name}. */
    @RolesAllowed(Roles.ADMIN)
    public Enrolment register(String name) {
        String code = DeviceTokens.newEnrolmentCode();
        Instant now = clock.instant();
        KioskDevice device = KioskDevice.register(name, DeviceTokens.hash(code), me(), now);
        em.persist(device);
        em.flush();
        auditTrail.record(Change.of(DEVICE, device.name(), "register", null, device.state(), me(), now, null));
        return new Enrolment(device.id(), device.name(), code, device.enrolmentUntil());
    }

    /** A fresh one-time code for a device (it lost its cookie, or the code expired); its token stays until used. */
    @RolesAllowed(Roles.ADMIN)
    public Enrolment newEnrolment(Long id, long version) {
        KioskDevice device = current(id, version);
        String code = DeviceTokens.newEnrolmentCode();
        Instant now = clock.instant();
        device.newEnrolment(DeviceTokens.hash(code), now);
        auditTrail.record(Change.of(DEVICE, device.name(), "newEnrolment", device.state(), device.state(), me(), now,
                null));
        return new Enrolment(device.id(), device.name(), code, device.enrolmentUntil());
    }

    @RolesAllowed(Roles.ADMIN)
    public void revoke(Long id, long version) {
        KioskDevice device = current(id, version);
        KioskDevice.State before = device.state();
        device.revoke(me(), clock.instant());
        auditTrail.record(Change.of(DEVICE, device.name(), "revoke", before, device.state(), me(), clock.instant(),
                null));
    }

    private KioskDevice current(Long id, long version) {
        KioskDevice device = em.find(KioskDevice.class, id);
        if (device == null) {
            throw new DomainException("rule.kiosk.unknown");
        }
        if (device.version() != version) {
            throw new OptimisticLockException(device.name());
        }
        return device;
    }

    private KioskSettings settings() {
        return em.find(KioskSettings.class, KioskSettings.SINGLETON);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
