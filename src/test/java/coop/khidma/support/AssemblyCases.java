package coop.khidma.support;

import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.AssemblyInvitation;
import coop.khidma.assembly.entity.AssemblyKind;
import coop.khidma.assembly.entity.DecisionRule;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.assembly.entity.Proxy;
import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.membership.entity.Member;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.time.HijriDates;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: the General Assembly the assembly journey starts from, made by the aggregates' own verbs when the test
 * deployment starts (called from {@link ConsoleStaff}): four active members, an ordinary meeting two days ahead with
 * three agenda items (majority, two thirds, information only), each member invited with a known check-in code, and
 * the fourth member's proxy given to the second. The journey moves the meeting to "now" in the database when it runs.
 */
@Stateless
@PermitAll
public class AssemblyCases {

    /** The meeting's place: how the journey finds the meeting's row. */
    public static final String PLACE = "JT-GA قاعة الجمعية، نجران";
    /** The members' numbers, national IDs (serials for {@link Applications#nationalId}) and check-in codes. */
    public static final List<String> NUMBERS = List.of("JT-GA-1", "JT-GA-2", "JT-GA-3", "JT-GA-4");
    public static final List<Long> SERIALS = List.of(99_160_001L, 99_160_002L, 99_160_003L, 99_160_004L);
    public static final List<String> CODES = List.of("418201", "418202", "418203", "418204");
    private static final String BY = Change.SYSTEM;
    private static final List<String> ARABIC_NAMES = List.of("أمل بنت سعيد آل يام", "بدر بن ناصر آل منصور",
            "دانة بنت علي آل مرة", "إياد بن محمد آل عباس");
    private static final List<String> LATIN_NAMES = List.of("Amal Al Yam", "Badr Al Mansour", "Dana Al Murra",
            "Eyad Al Abbas");

    @PersistenceContext
    EntityManager em;

    public void create() {
        if (!em.createQuery("SELECT m FROM Member m WHERE m.membershipNumber = :number", Member.class)
                .setParameter("number", NUMBERS.get(0)).getResultList().isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < NUMBERS.size(); i++) {
            Member member = Member.applicant(NationalId.parse(Applications.nationalId(SERIALS.get(i))),
                    ARABIC_NAMES.get(i), LATIN_NAMES.get(i), SaudiMobile.parse("05061600" + (10 + i)),
                    null, "نجران", new Member.Subscription(10 * (i + 1), "R-GA-" + i, null), BY, now);
            member.activate(NUMBERS.get(i), BY, now);
            em.persist(member);
            members.add(member);
        }
        LocalDate today = LocalDate.ofInstant(now, HijriDates.RIYADH);
        Instant first = today.plusDays(2).atTime(16, 0).atZone(HijriDates.RIYADH).toInstant();
        GeneralAssembly assembly = GeneralAssembly.schedule(new GeneralAssembly.Plan(AssemblyKind.ORDINARY, first,
                first.plusSeconds(3600), PLACE, today), true, 0, false, now, BY);
        em.persist(assembly);
        em.flush();
        assembly.addItem(new AgendaItem.Text("اعتماد القوائم المالية", "Approving the financial statements",
                "القوائم مرفقة بالدعوة", "Enclosed with the invitation"), DecisionRule.MAJORITY, now, BY);
        assembly.addItem(new AgendaItem.Text("تعديل المادة ١٢ من النظام", "Amending article 12 of the bylaws", null,
                null), DecisionRule.TWO_THIRDS, now, BY);
        assembly.addItem(new AgendaItem.Text("تقرير مجلس الإدارة", "The board's report", null, null),
                DecisionRule.INFORMATION_ONLY, now, BY);
        em.flush();
        assembly.invitationsSent(members.size(), now, BY);
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            em.persist(AssemblyInvitation.send(assembly.id(), member.id(), member.membershipNumber(), member.shares(),
                    MessageChannel.SMS, CODES.get(i), BY, now));
        }
        em.persist(Proxy.appoint(assembly, new Proxy.Parties(members.get(3).id(), NUMBERS.get(3), members.get(1).id(),
                NUMBERS.get(1)), new Proxy.Standing(false, false, false, 0), 1, null, null, BY, now));
        em.flush();
    }
}
