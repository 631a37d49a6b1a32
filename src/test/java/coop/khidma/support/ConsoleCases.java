package coop.khidma.support;

import coop.khidma.audit.entity.Change;
import coop.khidma.escalation.entity.Escalation;
import coop.khidma.escalation.entity.EscalationLevel;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.Calendars;
import coop.khidma.review.control.ReviewCalendar;
import coop.khidma.review.entity.AgendaItem;
import coop.khidma.review.entity.ReviewSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.correspondence.entity.Recipient;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Test-only: the requests the console's browser journeys start from, with fixed references so a journey run from
 * outside the server can open them, made by the aggregates' own verbs when the test deployment starts: new requests
 * for intake, a referral and a concurrent edit, and two committee items handed over long enough ago that the
 * committee may decide them today (the floor lies behind them; the data, never a sleep, makes it so). A plain bean
 * called from {@link ConsoleStaff}'s start-up rather than a second start-up singleton: Payara's start-up ordering
 * reported a false dependency cycle with two.
 */
@Stateless
@PermitAll
public class ConsoleCases {

    /** A support request just filed, for the intake journey (missing item, returned, resumed, handed over). */
    public static final String INTAKE = "JT-INTAKE-1";
    /** A support request just filed, referred to the higher authority and answered. */
    public static final String REFERRAL = "JT-REFER-1";
    /** A support request just filed, changed by two people at once. */
    public static final String CONFLICT = "JT-CONFLICT-1";
    /** A request for the role matrix to open. */
    public static final String MATRIX = "JT-MATRIX-1";
    /** A membership application on the agenda past its floor: accepted, then registered. */
    public static final String ACCEPT = "JT-ACCEPT-1";
    /** A support request on the agenda past its floor: rejected with reasons. */
    public static final String REJECT = "JT-REJECT-1";
    /**
     * A support request handed to the committee today, long before its floor: an administrator records the board's
     * exception and the committee accepts it early.
     */
    public static final String EARLY = "JT-EARLY-1";
    /** A support request handed to the committee today, that the kiosk visitor tracks with {@link #MOBILE}; nobody decides it. */
    public static final String TRACK = "JT-TRACK-1";
    /** The mobile number the support requests are filed with. */
    public static final String MOBILE = "0551234567";

    /** A data subject's request for a copy of their data, identity verified: the privacy journey downloads it. */
    public static final String EXPORT = "JT-EXPORT-1";
    /** A support request filed two working weeks ago and never started: past its due day. */
    public static final String OVERDUE = "JT-OVERDUE-1";
    /** A support request on the committee's agenda since today, whose clock staff stop and restart. */
    public static final String PAUSE = "JT-PAUSE-1";
    /** A support request referred to the officer level three weeks ago and never answered: the deadline job climbs it. */
    public static final String CLIMB = "JT-CLIMB-1";

    /**
     * A support request whose acknowledgement by SMS the provider refused (a bad number): the outbox journey sends it
     * again.
     */
    public static final String OUTBOX = "JT-OUTBOX-1";
    /** Its member's mobile, of no other case (an erasure of another case's person leaves it be). */
    public static final String OUTBOX_MOBILE = "0557310042";

    static final String BY = "test-staff";

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    /** Files the cases once (called by {@link ConsoleStaff} when the test deployment starts). */
    public void create() {
        if (!em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference", ServiceRequest.class)
                .setParameter("reference", INTAKE).getResultList().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        filed(INTAKE, "سعد بن ناصر آل يام", now);
        filed(REFERRAL, "نورة بنت علي الشهري", now);
        filed(CONFLICT, "فهد بن محمد القحطاني", now);
        filed(MATRIX, "ريم بنت خالد الدوسري", now);
        verified(filed(EXPORT, "DATA_EXPORT", "لطيفة بنت سالم آل عباس", "0557654321", now), now);
        onAgenda(verified(filed(TRACK, "هيا بنت سالم آل مهري", now), now), now);
        Instant pastTheFloor = pastTheFloor();
        onAgenda(verified(application(ACCEPT, pastTheFloor), pastTheFloor), pastTheFloor);
        onAgenda(verified(filed(REJECT, "ماجد بن سعيد آل مريح", pastTheFloor), pastTheFloor), pastTheFloor);
        onAgenda(verified(filed(PAUSE, "سارة بنت فهد آل شريم", now), now), now);
        onAgenda(verified(filed(EARLY, "علي بن مانع آل سدران", now), now), now);
        filed(OVERDUE, "خالد بن سالم آل قريشة", now.minus(Duration.ofDays(16)));
        Message refused = Message.queue(new Letter(MessageKind.ACKNOWLEDGEMENT, OUTBOX, "استلمنا طلبكم رقم " + OUTBOX,
                        "استلمنا طلبكم.", "We received your request " + OUTBOX, "We received your request."),
                Recipient.bySms("حصة بنت علي آل منجم", filed(OUTBOX, "SUPPORT", "حصة بنت علي آل منجم", OUTBOX_MOBILE,
                        now).requester().mobile()),
                now);
        refused.markFailed("provider answered HTTP 400", now);
        em.persist(refused);
        // three weeks back: more than the officer's two working days whatever the weekday and the holidays
        Instant threeWeeksAgo = now.minus(Duration.ofDays(21));
        ServiceRequest climb = filed(CLIMB, "منيرة بنت حسن آل زمانان", threeWeeksAgo);
        em.flush(); // its id, which the escalation keeps
        em.persist(Escalation.raiseAt(climb.key(),
                EscalationLevel.ladder(em.createQuery("SELECT l FROM EscalationLevel l ORDER BY l.position",
                        EscalationLevel.class).getResultList(), calendars.calendar()), "OFFICER",
                "لم يتضح للعضو إجراء نقل الأسهم", BY, threeWeeksAgo));
        em.flush();
    }

    private ServiceRequest filed(String reference, String name, Instant at) {
        return filed(reference, "SUPPORT", name, MOBILE, at);
    }

    private ServiceRequest filed(String reference, String type, String name, String mobile, Instant at) {
        ServiceRequest request = ServiceRequest.submit(reference, em.find(RequestType.class, type),
                new Requester(name, SaudiMobile.parse(mobile)), Channel.IN_PERSON,
                "أطلب دعمًا لتجديد ترخيص نُزل سياحي", BY, at);
        request.promiseAnswer(calendars.calendar(), at);
        em.persist(request);
        return request;
    }

    private ServiceRequest application(String reference, Instant at) {
        ServiceRequest request = ServiceRequest.application(em.find(RequestType.class,
                        RequestType.MEMBERSHIP_APPLICATION), reference,
                new Requester("عبدالله بن حمد آل منصور", SaudiMobile.parse("0559876543")),
                new Applicant(NationalId.parse("1880042427"), "عبدالله بن حمد آل منصور",
                        "Abdullah Hamad Al Mansour", "نجران", 25, null),
                Channel.KIOSK, Change.KIOSK, at);
        em.persist(request);
        return request;
    }

    private static ServiceRequest verified(ServiceRequest request, Instant at) {
        request.startIntake(BY, at);
        for (ItemVerification item : request.blockingItems()) {
            request.verifyItem(item.itemCode(), item.kind() == ItemKind.DOCUMENT
                    ? VerificationMethod.COPY_RECEIVED : VerificationMethod.ORIGINAL_SEEN, BY, at);
        }
        request.completeIntake(BY, at);
        return request;
    }

    private void onAgenda(ServiceRequest request, Instant at) {
        request.handToCommittee(BY, at);
        em.flush(); // its id, which the agenda item keeps
        AgendaItem item = AgendaItem.handOver(request.key(), em.find(ReviewSettings.class, ReviewSettings.SINGLETON),
                BY, at);
        request.promiseDecisionBy(item.window(calendars.calendar()).due());
        em.persist(item);
    }

    /** Noon of the latest day from which the floor has been reached by today. */
    private Instant pastTheFloor() {
        ReviewCalendar calendar = calendars.calendar();
        ReviewSettings settings = em.find(ReviewSettings.class, ReviewSettings.SINGLETON);
        LocalDate today = clock.instant().atZone(HijriDates.RIYADH).toLocalDate();
        LocalDate day = today;
        while (calendar.window(day, settings.floorWorkingDays(), settings.ceilingWorkingDays(), List.of())
                .earliestDecision().isAfter(today)) {
            day = day.minusDays(1);
        }
        return day.atTime(12, 0).atZone(HijriDates.RIYADH).toInstant();
    }
}
