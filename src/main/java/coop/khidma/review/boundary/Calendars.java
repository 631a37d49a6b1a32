package coop.khidma.review.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.review.control.ReviewCalendar;
import coop.khidma.review.entity.Holiday;
import coop.khidma.review.entity.HolidaySource;
import coop.khidma.review.entity.ReviewSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The committee's calendar and window: the working-day calendar built from the holiday rows (official ones seeded by
 * the migrations, others entered by administrators), the holidays themselves, and the review settings (floor,
 * ceiling, reminder). Administrators change them; every change is audited.
 */
@Stateless
public class Calendars {

    static final String HOLIDAY = "HOLIDAY";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditTrail;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    OfficeDays officeDays;

    /** Sunday–Thursday less every holiday row ({@link OfficeDays}). The official calendar is public knowledge, so anyone may read it. */
    @PermitAll
    public ReviewCalendar calendar() {
        return officeDays.calendar();
    }

    @PermitAll
    public List<Holiday> holidays(int gregorianYear) {
        return em.createQuery("SELECT h FROM Holiday h WHERE h.day BETWEEN :from AND :to ORDER BY h.day",
                        Holiday.class)
                .setParameter("from", LocalDate.of(gregorianYear, 1, 1))
                .setParameter("to", LocalDate.of(gregorianYear, 12, 31)).getResultList();
    }

    /** An extra closed day (an announced holiday, an Eid that fell a day later); breaks {@code rule.holiday.duplicate}. */
    @RolesAllowed(Roles.ADMIN)
    public Long addHoliday(LocalDate day, String nameArabic, String nameEnglish) {
        if (!em.createQuery("SELECT h FROM Holiday h WHERE h.day = :day", Holiday.class).setParameter("day", day)
                .getResultList().isEmpty()) {
            throw new DomainException("rule.holiday.duplicate", day);
        }
        Holiday holiday = new Holiday(day, nameArabic, nameEnglish, HolidaySource.ADMIN);
        em.persist(holiday);
        officeDays.forgetTheCalendarRead();
        auditTrail.record(Change.of(HOLIDAY, day.toString(), "add", null, HolidaySource.ADMIN, caller(), now(),
                holiday.nameEnglish()));
        return holiday.id();
    }

    /** The association opens on that day after all (official or not); the removal is audited. */
    @RolesAllowed(Roles.ADMIN)
    public void removeHoliday(Long id) {
        Holiday holiday = em.find(Holiday.class, id);
        if (holiday == null) {
            throw new DomainException("rule.holiday.unknown");
        }
        em.remove(holiday);
        officeDays.forgetTheCalendarRead();
        auditTrail.record(Change.of(HOLIDAY, holiday.day().toString(), "remove", holiday.source(), null, caller(),
                now(), holiday.nameEnglish()));
    }

    /** When the committee would decide a request handed to it on a given day: dates only, nothing personal. */
    public record DecisionWindow(LocalDate earliest, LocalDate latest) {
    }

    /**
     * The committee's window for a request handed over on {@code handedOver}, with the settings in force now (the
     * kiosk tells a visitor what to expect; it reads nothing about anyone, so anyone may ask).
     */
    @PermitAll
    public DecisionWindow expectedDecision(LocalDate handedOver) {
        ReviewSettings settings = em.find(ReviewSettings.class, ReviewSettings.SINGLETON);
        ReviewCalendar.ReviewWindow window = calendar().window(handedOver, settings.floorWorkingDays(),
                settings.ceilingWorkingDays(), List.of());
        return new DecisionWindow(window.earliestDecision(), window.due());
    }

    /** The window as set now (new agenda items copy it; items already handed over keep theirs). */
    @RolesAllowed({Roles.STAFF, Roles.COMMITTEE, Roles.ADMIN})
    public ReviewSettings settings() {
        return em.find(ReviewSettings.class, ReviewSettings.SINGLETON);
    }

    /** An administrator changes the window, in working days; see {@link ReviewSettings#change}. */
    @RolesAllowed(Roles.ADMIN)
    public ReviewSettings changeSettings(int floor, int ceiling, int reminder) {
        ReviewSettings settings = em.find(ReviewSettings.class, ReviewSettings.SINGLETON);
        auditTrail.record(settings.change(floor, ceiling, reminder, caller(), now()));
        return settings;
    }

    private Instant now() {
        return clock.instant();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
