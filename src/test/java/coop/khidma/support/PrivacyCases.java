package coop.khidma.support;

import coop.khidma.assembly.control.Representation;
import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.AssemblyInvitation;
import coop.khidma.assembly.entity.AssemblyKind;
import coop.khidma.assembly.entity.Attendance;
import coop.khidma.assembly.entity.DecisionRule;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.assembly.entity.Proxy;
import coop.khidma.assembly.entity.Vote;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.entity.Attachment;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.membership.entity.Member;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import coop.khidma.satisfaction.entity.ReplyRequest;
import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Interest;
import coop.khidma.volunteering.entity.Skill;
import coop.khidma.volunteering.entity.Volunteer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Test-only: records of people at a chosen moment, made by the aggregates' own verbs, for the privacy tests. Dates far
 * in the past let a purge "as of" an early moment touch only what a test made, never another test's records in the
 * shared database.
 */
@Stateless
@PermitAll
public class PrivacyCases {

    static final String BY = "test-staff";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    coop.khidma.audit.boundary.AuditLog auditTrail;

    /**
     * An inquiry filed at {@code filedAt}, with the scan of the member's ID kept with it, and answered at
     * {@code closedAt}: RESOLVED. Returns its reference.
     */
    public String answeredInquiry(String name, String mobile, String question, Instant filedAt, Instant closedAt) {
        ServiceRequest request = ServiceRequest.inquiry(em.find(RequestType.class, RequestType.INQUIRY),
                "PV-" + UUID.randomUUID().toString().substring(0, 12), new Requester(name, SaudiMobile.parse(mobile)),
                question, Channel.PHONE, BY, filedAt);
        Attachment scan = request.attach("id-" + name + ".pdf",
                "%PDF-1.4 scanned ID".getBytes(java.nio.charset.StandardCharsets.US_ASCII), BY, filedAt);
        request.startIntake(BY, filedAt);
        request.verifyItem("QUESTION", VerificationMethod.ORIGINAL_SEEN, BY, filedAt);
        request.completeIntake(BY, filedAt);
        request.startService(BY, filedAt);
        request.resolve("أجبنا عن السؤال هاتفيًا للسيد " + name, BY, closedAt);
        em.persist(request);
        em.persist(scan);
        return request.reference();
    }

    /** A volunteer who signed up and was declined at {@code at}. Returns its id. */
    public long declinedVolunteer(String name, String mobile, Instant at) {
        Volunteer volunteer = volunteer(name, mobile, at);
        volunteer.decline("لا توجد فرص تطوع مناسبة حاليًا", BY, at);
        return volunteer.id();
    }

    /** A volunteer waiting for review since {@code at}. Returns its id. */
    public long pendingVolunteer(String name, String mobile, Instant at) {
        return volunteer(name, mobile, at).id();
    }

    private Volunteer volunteer(String name, String mobile, Instant at) {
        Volunteer volunteer = Volunteer.signUp(name, SaudiMobile.parse(mobile), new Volunteer.Offer(
                        List.of(Skill.TRANSLATION), List.of(Interest.HERITAGE_SITES), List.of(DayOfWeek.SUNDAY),
                        List.of(DayPart.MORNING)), true, at);
        em.persist(volunteer);
        em.flush();
        return volunteer;
    }

    /** A contact a visitor left for a reply at {@code at}. Returns its id. */
    public long replyContact(String name, String mobile, Instant at) {
        ReplyRequest contact = new ReplyRequest(name, SaudiMobile.parse(mobile), "أرجو الرد على اقتراحي", null, at);
        em.persist(contact);
        em.flush();
        return contact.id();
    }

    /** One column of one row as stored now (for what no boundary shows, e.g. a volunteer's name). */
    public String stored(String table, String column, long id) {
        if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table + "." + column);
        }
        Object value = em.createNativeQuery("SELECT " + column + " FROM " + table + " WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        return value == null ? null : value.toString();
    }

    /** How many rows of a table stand in each value of a column (the statistics a purge must keep). */
    public List<?> countsBy(String table, String column) {
        if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table + "." + column);
        }
        return em.createNativeQuery("SELECT " + column + ", COUNT(*) FROM " + table + " GROUP BY " + column
                + " ORDER BY " + column).getResultList().stream().map(row -> List.of((Object[]) row)).toList();
    }

    /** An anonymous rating with a comment, given on {@code day}. Returns its id. */
    public long ratingWithComment(String comment, java.time.LocalDate day) {
        em.createNativeQuery("INSERT INTO rating (service, channel, score, comment, rated_on) "
                + "VALUES ('RECEPTION', 'KIOSK', 2, ?1, ?2)").setParameter(1, comment).setParameter(2, day)
                .executeUpdate();
        return lastId();
    }

    /** A suggestion received on {@code day}, decided (declined) at {@code decidedAt} when given. Returns its id. */
    public long suggestion(String text, java.time.LocalDate day, Instant decidedAt) {
        em.createNativeQuery("INSERT INTO suggestion (service, text, status, received_on, summary_ar, decided_by, "
                        + "decided_at) VALUES ('RECEPTION', ?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, text)
                .setParameter(2, decidedAt == null ? "RECEIVED" : "DECLINED").setParameter(3, day)
                .setParameter(4, decidedAt == null ? null : "ملخص الجمعية")
                .setParameter(5, decidedAt == null ? null : BY)
                .setParameter(6, decidedAt == null ? null : java.sql.Timestamp.from(decidedAt)).executeUpdate();
        return lastId();
    }

    /** An improvement item opened from a rating, its problem as written. Returns its id. */
    public long improvement(long ratingId, String problem) {
        em.createNativeQuery("INSERT INTO improvement_item (source, source_id, service, problem, root_cause, action, "
                + "owner_role, due_on, opened_by, opened_at) VALUES ('RATING', ?1, 'RECEPTION', ?2, 'ضغط العمل', "
                + "'تدريب الموظفين', 'SUPERVISOR', '2026-12-31', ?3, ?4)").setParameter(1, ratingId)
                .setParameter(2, problem).setParameter(3, BY)
                .setParameter(4, java.sql.Timestamp.from(Instant.parse("2026-11-01T08:00:00Z"))).executeUpdate();
        return lastId();
    }

    /** An SMS about request {@code reference} to {@code mobile}, written at {@code at}, in {@code state}. Its id. */
    public long message(String reference, String mobile, String state, Instant at) {
        em.createNativeQuery("INSERT INTO message (request_reference, recipient_mobile, channel, kind, subject_ar, "
                        + "body_ar, subject_en, body_en, created_at, state, attempts, last_error) VALUES (?1, ?2, 'SMS', "
                        + "'ACKNOWLEDGEMENT', 'استلام', 'استلمنا طلبك', 'Received', 'We received your request', ?3, ?4, "
                        + "1, ?5)").setParameter(1, reference).setParameter(2, SaudiMobile.parse(mobile).value())
                .setParameter(3, java.sql.Timestamp.from(at)).setParameter(4, state)
                .setParameter(5, state.equals("FAILED") ? "400 bad number" : null).executeUpdate();
        return lastId();
    }

    /** An audit entry about {@code subject} whose detail is {@code detail}, as entries were written before #14. */
    public void audited(String subject, String detail) {
        auditTrail.record(coop.khidma.audit.entity.Change.of("SUGGESTION", subject, "study", "RECEIVED", "STUDYING",
                BY, Instant.now(), detail));
    }

    private long lastId() {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /**
     * Every text column of every table of the schema where one of {@code literals} is found as written, as
     * {@code table.column} (Flyway's own history left out): where personal data remains.
     */
    public List<String> whereFound(List<String> literals) {
        List<?> columns = em.createNativeQuery("SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text', "
                + "'mediumtext', 'longtext') AND table_name <> 'flyway_schema_history' ORDER BY 1, 2").getResultList();
        List<String> found = new java.util.ArrayList<>();
        for (Object row : columns) {
            Object[] column = (Object[]) row;
            for (String literal : literals) {
                Number hits = (Number) em.createNativeQuery("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `"
                        + column[1] + "` LIKE ?1").setParameter(1, "%" + literal + "%").getSingleResult();
                if (hits.longValue() > 0) {
                    found.add(column[0] + "." + column[1] + " holds " + literal.length() + " characters of it");
                }
            }
        }
        return found;
    }

    /**
     * Three active members (national IDs {@code nationalIds}, mobiles {@code mobiles}, numbers {@code numbers}, 12
     * shares each from 7 January 2024) and two meetings. At the first (10 March 2024) the first member gave their proxy
     * to the second. At the second (9 June 2024, one voted item "اعتماد الميزانية" / "Approving the budget") all three
     * were invited by SMS on 12 May 2024, the third appointed the first as proxy on 20 May 2024, and on the day the
     * first checked in at the kiosk (bringing the third in), the second at the console; on the item the first voted FOR,
     * the third AGAINST (cast by the first, their proxy) and the second ABSTAIN. The third withdrew from the
     * association on 1 July 2024. Returns the two meetings' ids.
     */
    public List<Long> assemblyMembers(List<String> nationalIds, List<String> mobiles, List<String> numbers) {
        Instant joined = Instant.parse("2024-01-07T09:00:00Z");
        List<Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Member member = Member.applicant(NationalId.parse(nationalIds.get(i)), "عضو الجمعية " + (i + 1),
                    "Assembly Member", SaudiMobile.parse(mobiles.get(i)), null, "نجران",
                    new Member.Subscription(12, "R-PV-GA-" + (i + 1), null), BY, joined);
            member.activate(numbers.get(i), BY, joined);
            em.persist(member);
            members.add(member);
        }
        em.flush();
        GeneralAssembly march = meeting(Instant.parse("2024-03-10T13:00:00Z"), LocalDate.parse("2024-02-20"));
        em.persist(Proxy.appoint(march, parties(members.get(0), members.get(1)), new Proxy.Standing(false, false,
                false, 0), 1, null, null, BY, Instant.parse("2024-03-01T08:00:00Z")));

        GeneralAssembly june = meeting(Instant.parse("2024-06-09T13:00:00Z"), LocalDate.parse("2024-05-01"));
        Instant invited = Instant.parse("2024-05-12T07:00:00Z");
        june.invitationsSent(3, invited, BY);
        List<AssemblyInvitation> invitations = new java.util.ArrayList<>();
        for (Member member : members) {
            AssemblyInvitation invitation = AssemblyInvitation.send(june.id(), member.id(), member.membershipNumber(),
                    member.shares(), MessageChannel.SMS, "5173" + member.id() % 100, BY, invited);
            em.persist(invitation);
            invitations.add(invitation);
        }
        em.persist(Proxy.appoint(june, parties(members.get(2), members.get(0)), new Proxy.Standing(false, false,
                false, 0), 1, null, null, BY, Instant.parse("2024-05-20T08:00:00Z")));
        Instant arrived = Instant.parse("2024-06-09T12:50:00Z");
        Attendance first = present(invitations.get(0), Representation.Mode.IN_PERSON, invitations.get(0),
                Attendance.Desk.KIOSK, arrived);
        Attendance third = present(invitations.get(2), Representation.Mode.BY_PROXY, invitations.get(0),
                Attendance.Desk.KIOSK, arrived);
        Attendance second = present(invitations.get(1), Representation.Mode.IN_PERSON, invitations.get(1),
                Attendance.Desk.CONSOLE, arrived.plusSeconds(120));
        AgendaItem budget = june.agenda().get(0);
        Instant voted = Instant.parse("2024-06-09T13:30:00Z");
        em.persist(Vote.cast(budget, first, Vote.Choice.FOR, Attendance.Desk.KIOSK, "kiosk", voted));
        em.persist(Vote.cast(budget, third, Vote.Choice.AGAINST, Attendance.Desk.KIOSK, "kiosk", voted));
        em.persist(Vote.cast(budget, second, Vote.Choice.ABSTAIN, Attendance.Desk.CONSOLE, BY, voted));
        members.get(2).withdraw("انتقل إلى منطقة أخرى", BY, Instant.parse("2024-07-01T09:00:00Z"));
        em.flush();
        return List.of(march.id(), june.id());
    }

    private GeneralAssembly meeting(Instant first, LocalDate recordDate) {
        Instant scheduled = Instant.parse("2024-01-14T09:00:00Z");
        GeneralAssembly assembly = GeneralAssembly.schedule(new GeneralAssembly.Plan(AssemblyKind.ORDINARY, first,
                null, "PV-GA قاعة الجمعية، نجران", recordDate), false, 0, false, scheduled, BY);
        em.persist(assembly);
        em.flush();
        assembly.addItem(new AgendaItem.Text("اعتماد الميزانية", "Approving the budget", null, null),
                DecisionRule.MAJORITY, scheduled, BY);
        em.flush();
        return assembly;
    }

    private static Proxy.Parties parties(Member grantor, Member holder) {
        return new Proxy.Parties(grantor.id(), grantor.membershipNumber(), holder.id(), holder.membershipNumber());
    }

    private Attendance present(AssemblyInvitation invitation, Representation.Mode mode, AssemblyInvitation voter,
                               Attendance.Desk desk, Instant at) {
        Attendance attendance = Attendance.record(invitation, new Representation.Presence(invitation.memberId(), mode,
                voter.memberId()), voter, desk, BY, at);
        em.persist(attendance);
        return attendance;
    }
}
