package coop.khidma.assembly.boundary;

import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.AssemblyInvitation;
import coop.khidma.assembly.entity.AssemblyKind;
import coop.khidma.assembly.control.ItemResult;
import coop.khidma.assembly.entity.AssemblyRules;
import coop.khidma.assembly.entity.Attendance;
import coop.khidma.assembly.entity.Vote;
import coop.khidma.assembly.entity.DecisionRule;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.assembly.entity.Proxy;
import coop.khidma.assembly.entity.QuorumBasis;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.membership.boundary.AssemblyRoll;
import coop.khidma.membership.boundary.RegisterChanges;
import coop.khidma.membership.boundary.Registrations;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.support.Applications;
import coop.khidma.support.Deployments;
import coop.khidma.support.Failures;
import coop.khidma.support.CounterIntakes;
import coop.khidma.support.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * General Assembly meetings over MariaDB: who may schedule and invite, the notice period, invitations to the entitled
 * members only (each with a check-in code that only its hash keeps), and the proxy limit through PROXY_APPOINTMENT
 * requests.
 */
@ExtendWith(ArquillianExtension.class)
class AssembliesIT {

    private static final AtomicLong PEOPLE = new AtomicLong(63_160_000);
    private static final Pattern CODE = Pattern.compile("(\\d{6})$");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Assemblies assemblies;

    @Inject
    Invitations invitations;

    @Inject
    Proxies proxies;

    @Inject
    AssemblyRoll roll;

    @Inject
    Registrations registrations;

    @Inject
    RegisterChanges registerChanges;

    @Inject
    Applications applications;

    @Inject
    Requests requests;

    @Inject
    Outbox outbox;

    @Inject
    RunAs runAs;

    @Inject
    Clock clock;

    @Inject
    CheckIns checkIns;

    @Inject
    Votes votes;

    @Inject
    coop.khidma.membership.boundary.Members members;

    @jakarta.annotation.Resource(lookup = "jdbc/khidma")
    javax.sql.DataSource database;

    @Test
    void aMeetingIsScheduledOutsideTheNoticeTheEntitledMembersAreInvitedAndAProxyHolderStaysWithinTheLimit()
            throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), HijriDates.RIYADH);
        AssemblyRules rules = runAs.supervisor(() -> assemblies.rules());
        runAs.admin(() -> assemblies.changeRules(rules.version(), new AssemblyRules.Figures(15, false, false, 1,
                QuorumBasis.MEMBERS, 50, true, 25, false)));
        assertThat(runAs.staff(() -> assemblies.rules()).confirmed()).isTrue();
        GeneralAssembly.Plan inThreeDays = plan(today.plusDays(3), today);
        GeneralAssembly.Plan inFiveWeeks = plan(today.plusDays(35), today);

        // wrong roles: staff and supervisors do not schedule, supervisors do not invite, only admins set the figures
        assertDenied(() -> runAs.staff(() -> assemblies.schedule(inFiveWeeks)));
        assertDenied(() -> runAs.supervisor(() -> assemblies.schedule(inFiveWeeks)));
        assertDenied(() -> runAs.director(() -> assemblies.changeRules(rules.version() + 1, rules.figures())));
        assertDenied(() -> assemblies.all());

        // 15 calendar days' notice: a meeting in three days is refused, in five weeks scheduled
        assertBroken("rule.assembly.insideNotice", () -> runAs.director(() -> assemblies.schedule(inThreeDays)));
        Assemblies.Scheduled scheduled = runAs.director(() -> assemblies.schedule(inFiveWeeks));
        assertThat(scheduled.inviteBy()).isEqualTo(today.plusDays(20));
        runAs.admin(() -> assemblies.addItem(scheduled.ref(), new AgendaItem.Text("اعتماد القوائم المالية لعام 2026",
                "Approving the 2026 financial statements", "مرفقة بالدعوة", "Enclosed"), DecisionRule.MAJORITY));
        Assemblies.Scheduled withAgenda = runAs.admin(() -> assemblies.addItem(runAs.admin(() ->
                assemblies.find(scheduled.assembly().id())).ref(), new AgendaItem.Text("تعديل المادة 12 من النظام",
                "Amending article 12 of the bylaws", null, null), DecisionRule.TWO_THIRDS));
        assertThat(withAgenda.assembly().agenda()).extracting(AgendaItem::position).containsExactly(1, 2);

        // four new members, one of them suspended: three more are entitled on the record date (today)
        int entitledBefore = runAs.staff(() -> roll.on(today)).size();
        String hind = member("0506316001");
        String saleh = member("0506316002");
        String fahad = member("0506316003");
        String suspended = member("0506316004");
        runAs.staff(() -> registerChanges.carryOut(intake("BOARD_SUSPENSION", "BOARD_DECISION",
                "قرار المجلس رقم 9 بتاريخ 1448/04/01", "SUSPENSION_REASON", "Dues unpaid"), suspended));

        assertDenied(() -> runAs.supervisor(() -> invitations.invite(withAgenda.ref())));
        Invitations.Sent sent = runAs.staff(() -> invitations.invite(withAgenda.ref()));

        assertThat(sent.now()).isEqualTo(entitledBefore + 3);
        assertThat(sent.inAll()).isEqualTo(entitledBefore + 3);
        List<AssemblyInvitation> invited = runAs.supervisor(() -> invitations.of(scheduled.assembly().id()));
        assertThat(invited).hasSize(entitledBefore + 3).extracting(AssemblyInvitation::membershipNumber)
                .contains(hind, saleh, fahad).doesNotContain(suspended);
        assertThat(invited).extracting(AssemblyInvitation::channel).containsOnly(MessageChannel.SMS);
        String reference = scheduled.assembly().subject();
        List<Message> messages = runAs.staff(() -> outbox.forRequest(reference));
        assertThat(messages).hasSize(2 * (entitledBefore + 3)).extracting(Message::kind)
                .containsOnly(MessageKind.ASSEMBLY_INVITATION);
        assertThat(messages.stream().filter(m -> m.channel() == MessageChannel.LETTER)).hasSize(entitledBefore + 3);
        Message first = messages.get(0);
        Matcher code = CODE.matcher(first.subjectEnglish());
        assertThat(code.find()).as(first.subjectEnglish()).isTrue();
        assertThat(first.bodyEnglish()).contains("Amending article 12 of the bylaws", "at: Association office, Najran");
        assertThat(invited.stream().filter(invitation -> invitation.matches(code.group(1)))).as("one invitation's code")
                .hasSizeGreaterThanOrEqualTo(1);

        Invitations.Sent again = runAs.staff(() -> invitations.invite(runAs.staff(() ->
                assemblies.find(scheduled.assembly().id())).ref()));
        assertThat(again.now()).as("nobody is invited twice").isZero();
        assertThat(runAs.staff(() -> outbox.forRequest(reference))).hasSize(2 * (entitledBefore + 3));
        assertBroken("rule.assembly.alreadyInvited", () -> runAs.admin(() -> assemblies.addItem(runAs.admin(() ->
                assemblies.find(scheduled.assembly().id())).ref(), new AgendaItem.Text("بند", "Item", null, null),
                DecisionRule.MAJORITY)));

        // proxies: Hind appoints Saleh; Fahad may not too (limit 1) until Hind withdraws hers; nobody is their own
        long id = scheduled.assembly().id();
        String hindsRequest = intake("PROXY_APPOINTMENT", "PROXY_HOLDER", saleh).reference();
        assertDenied(() -> runAs.supervisor(() -> proxies.appoint(id, hindsRequest, hind)));
        Proxy hinds = runAs.staff(() -> proxies.appoint(id, hindsRequest, hind));
        assertThat(runAs.staff(() -> requests.detail(hindsRequest)).status()).isEqualTo(RequestStatus.RESOLVED);
        String fahadsRequest = intake("PROXY_APPOINTMENT", "PROXY_HOLDER", saleh).reference();
        assertBroken("rule.proxy.limit", () -> runAs.staff(() -> proxies.appoint(id, fahadsRequest, fahad)));
        assertThat(runAs.staff(() -> requests.detail(fahadsRequest)).status()).as("both or neither")
                .isEqualTo(RequestStatus.VERIFIED);
        assertBroken("rule.proxy.self", () -> runAs.staff(() -> proxies.appoint(id,
                intake("PROXY_APPOINTMENT", "PROXY_HOLDER", fahad).reference(), fahad)));
        assertBroken("rule.proxy.holderNotEntitled", () -> runAs.staff(() -> proxies.appoint(id,
                intake("PROXY_APPOINTMENT", "PROXY_HOLDER", suspended).reference(), fahad)));

        runAs.staff(() -> proxies.withdraw(hinds.id(), hinds.version()));
        Proxy fahads = runAs.admin(() -> proxies.appoint(id, fahadsRequest, fahad));
        assertThat(runAs.supervisor(() -> proxies.of(id))).extracting(Proxy::grantorNumber, Proxy::inForce)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fahad, true),
                        org.assertj.core.groups.Tuple.tuple(hind, false));
        assertThat(runAs.supervisor(() -> proxies.ofMember(saleh))).extracting(Proxies.OfMember::given)
                .containsExactly(false, false);
        assertThat(runAs.supervisor(() -> proxies.ofMember(fahad))).extracting(found -> found.proxy().id())
                .containsExactly(fahads.id());
    }

    /**
     * The meeting's day: members check in at the kiosk with their national ID and the invitation's code or at the
     * console, a proxy holder brings in the member who appointed them, nobody is present or votes twice, kiosk voting
     * only when the setting is on, and each item's result follows its rule.
     */
    @Test
    void onTheDayMembersCheckInOnceVoteOnceAndEachItemIsDecidedByItsRule() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), HijriDates.RIYADH);
        AssemblyRules rules = runAs.supervisor(() -> assemblies.rules());
        runAs.admin(() -> assemblies.changeRules(rules.version(), new AssemblyRules.Figures(0, false, true, 1,
                QuorumBasis.MEMBERS, 1, true, 1, false)));
        String amal = member("0506317001");
        String badr = member("0506317002");
        String dana = member("0506317003");
        String eyad = member("0506317004");
        Assemblies.Scheduled scheduled = runAs.director(() -> assemblies.schedule(plan(today.plusDays(1), today)));
        long id = scheduled.assembly().id();
        runAs.director(() -> assemblies.addItem(scheduled.ref(), new AgendaItem.Text("اعتماد الحساب الختامي",
                "Approving the final accounts", null, null), DecisionRule.MAJORITY));
        runAs.director(() -> assemblies.addItem(runAs.director(() -> assemblies.find(id)).ref(),
                new AgendaItem.Text("تعديل المادة 7", "Amending article 7", null, null), DecisionRule.TWO_THIRDS));
        runAs.director(() -> assemblies.addItem(runAs.director(() -> assemblies.find(id)).ref(),
                new AgendaItem.Text("تقرير مجلس الإدارة", "The board's report", null, null),
                DecisionRule.INFORMATION_ONLY));
        runAs.staff(() -> invitations.invite(runAs.staff(() -> assemblies.find(id)).ref()));
        String amalsCode = code(scheduled.assembly().subject(), "0506317001");
        String badrsCode = code(scheduled.assembly().subject(), "0506317002");
        String danasCode = code(scheduled.assembly().subject(), "0506317003");
        String eyadsCode = code(scheduled.assembly().subject(), "0506317004");
        // Dana makes Badr her proxy
        runAs.staff(() -> proxies.appoint(id, intake("PROXY_APPOINTMENT", "PROXY_HOLDER", badr).reference(), dana));
        try {
            assertBroken("rule.checkIn.notToday", () -> checkIns.atKiosk(id, nationalIdOf(amal), amalsCode));
            meetingStartsNow(id);
            assertThat(checkIns.meetingToday()).contains(id);
            AssemblyDay empty = runAs.supervisor(() -> checkIns.day(id));
            assertThat(empty.quorum().first().reached()).isFalse();
            assertThat(empty.secondMeetingHeld()).isFalse();
            assertBroken("rule.vote.notPresent", () -> recordVote(id, 1, amal, Vote.Choice.FOR));

            // the wrong code, another member's code, a stranger's ID, a malformed ID: one answer, nothing recorded
            assertBroken("rule.checkIn.wrongCode", () -> checkIns.atKiosk(id, nationalIdOf(amal), wrong(amalsCode)));
            assertBroken("rule.checkIn.wrongCode", () -> checkIns.atKiosk(id, nationalIdOf(amal), badrsCode));
            assertBroken("rule.checkIn.wrongCode", () -> checkIns.atKiosk(id,
                    Applications.nationalId(PEOPLE.incrementAndGet()), amalsCode));
            assertBroken("rule.checkIn.wrongCode", () -> checkIns.atKiosk(id, "<script>", amalsCode));
            assertThat(runAs.staff(() -> checkIns.attendance(id))).isEmpty();

            // Amal at the kiosk (Arabic-Indic digits), Badr brings Dana in, Eyad checked in by staff
            CheckIns.Arrival amals = checkIns.atKiosk(id, arabicIndic(nationalIdOf(amal)), arabicIndic(amalsCode));
            assertThat(amals).isEqualTo(new CheckIns.Arrival(amal, List.of()));
            assertBroken("rule.checkIn.already", () -> checkIns.atKiosk(id, nationalIdOf(amal), amalsCode));
            assertThat(checkIns.atKiosk(id, nationalIdOf(badr), badrsCode)).isEqualTo(new CheckIns.Arrival(badr,
                    List.of(dana)));
            assertBroken("rule.checkIn.represented", () -> checkIns.atKiosk(id, nationalIdOf(dana), danasCode));
            // five wrong codes lock Eyad's invitation for the hour: then even his own code is answered alike
            for (int attempt = 0; attempt < 5; attempt++) {
                assertBroken("rule.checkIn.wrongCode", () -> checkIns.atKiosk(id, nationalIdOf(eyad), wrong(eyadsCode)));
            }
            assertBroken("rule.checkIn.wrongCode", () -> checkIns.atKiosk(id, nationalIdOf(eyad), eyadsCode));
            assertDenied(() -> runAs.supervisor(() -> checkIns.atConsole(id, eyad)));
            assertDenied(() -> runAs.committee(() -> checkIns.day(id)));
            assertThat(runAs.staff(() -> checkIns.atConsole(id, eyad)).represented()).isEmpty();
            assertBroken("rule.checkIn.already", () -> runAs.staff(() -> checkIns.atConsole(id, eyad)));

            AssemblyDay day = runAs.supervisor(() -> checkIns.day(id));
            assertThat(day.inPerson().members()).isEqualTo(3);
            assertThat(day.byProxy().members()).isEqualTo(1);
            assertThat(day.present().members()).isEqualTo(4);
            assertThat(day.quorumReached()).isTrue();
            assertThat(runAs.staff(() -> checkIns.attendance(id))).extracting(Attendance::membershipNumber,
                    Attendance::voterNumber, Attendance::desk).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(amal, amal, Attendance.Desk.KIOSK),
                    org.assertj.core.groups.Tuple.tuple(badr, badr, Attendance.Desk.KIOSK),
                    org.assertj.core.groups.Tuple.tuple(dana, badr, Attendance.Desk.KIOSK),
                    org.assertj.core.groups.Tuple.tuple(eyad, eyad, Attendance.Desk.CONSOLE));

            // kiosk voting is off: refused; staff record
            assertBroken("rule.vote.kioskOff", () -> votes.castAtKiosk(id, nationalIdOf(amal), amalsCode, 1, amal,
                    Vote.Choice.FOR));
            assertDenied(() -> runAs.supervisor(() -> {
                votes.record(id, 1, amal, Vote.Choice.FOR);
                return null;
            }));
            recordVote(id, 1, amal, Vote.Choice.FOR);
            assertBroken("rule.vote.already", () -> recordVote(id, 1, amal, Vote.Choice.AGAINST));
            assertBroken("rule.vote.noVote", () -> recordVote(id, 3, eyad, Vote.Choice.FOR));
            assertBroken("rule.vote.choiceRequired", () -> recordVote(id, 1, eyad, null));
            recordVote(id, 1, eyad, Vote.Choice.ABSTAIN);
            recordVote(id, 2, eyad, Vote.Choice.AGAINST);

            // kiosk voting turned on: Badr votes for himself and, separately, for Dana; Amal never twice
            AssemblyRules now = runAs.supervisor(() -> assemblies.rules());
            runAs.admin(() -> assemblies.changeRules(now.version(), new AssemblyRules.Figures(0, false, true, 1,
                    QuorumBasis.MEMBERS, 1, true, 1, true)));
            assertThat(votes.openAtKiosk(id, nationalIdOf(badr), badrsCode)).extracting(Votes.Open::position,
                    Votes.Open::membershipNumber, Votes.Open::own).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, badr, true), org.assertj.core.groups.Tuple.tuple(1, dana, false),
                    org.assertj.core.groups.Tuple.tuple(2, badr, true), org.assertj.core.groups.Tuple.tuple(2, dana, false));
            votes.castAtKiosk(id, nationalIdOf(badr), badrsCode, 1, badr, Vote.Choice.FOR);
            votes.castAtKiosk(id, nationalIdOf(badr), badrsCode, 1, dana, Vote.Choice.AGAINST);
            votes.castAtKiosk(id, nationalIdOf(badr), badrsCode, 2, badr, Vote.Choice.FOR);
            assertBroken("rule.vote.notTheirs", () -> votes.castAtKiosk(id, nationalIdOf(amal), amalsCode, 2, dana,
                    Vote.Choice.FOR));
            assertBroken("rule.vote.already", () -> votes.castAtKiosk(id, nationalIdOf(amal), amalsCode, 1, amal,
                    Vote.Choice.AGAINST));
            assertBroken("rule.vote.notPresent", () -> recordVote(id, 1, "99999", Vote.Choice.FOR));
            votes.castAtKiosk(id, nationalIdOf(amal), amalsCode, 2, amal, Vote.Choice.ABSTAIN);

            // item 1: for 2 (Amal, Badr), against 1 (Dana), abstain 1 (Eyad) — 2 of 3 cast, adopted by majority;
            // item 2: for 1 (Badr), against 1 (Eyad), abstain 1 (Amal) — 1 of 2 cast, two thirds need 2: not adopted
            List<AssemblyDay.Item> items = runAs.supervisor(() -> checkIns.day(id)).items();
            assertThat(items.get(0).result().tally()).isEqualTo(new ItemResult.Tally(2, 1, 1));
            assertThat(items.get(0).result().outcome()).isEqualTo(ItemResult.Outcome.ADOPTED);
            assertThat(items.get(1).result().tally()).isEqualTo(new ItemResult.Tally(1, 1, 1));
            assertThat(items.get(1).result().required()).isEqualTo(2);
            assertThat(items.get(1).result().outcome()).isEqualTo(ItemResult.Outcome.NOT_ADOPTED);
            assertThat(items.get(2).result().outcome()).isEqualTo(ItemResult.Outcome.INFORMATION);
        } finally {
            AssemblyRules last = runAs.supervisor(() -> assemblies.rules());
            runAs.admin(() -> assemblies.changeRules(last.version(), new AssemblyRules.Figures(15, false, false, 1,
                    QuorumBasis.MEMBERS, 50, true, 25, false)));
            runAs.director(() -> assemblies.cancel(runAs.director(() -> assemblies.find(id)).ref(),
                    "Test over: the kiosk's tile is for other meetings"));
        }
    }

    /** The check-in code in the text message the member with {@code mobile} was sent for meeting {@code subject}. */
    private String code(String subject, String mobile) throws Exception {
        Message message = runAs.staff(() -> outbox.forRequest(subject)).stream()
                .filter(sent -> sent.channel() == MessageChannel.SMS && sent.recipientMobile().national().equals(mobile))
                .findFirst().orElseThrow();
        Matcher code = CODE.matcher(message.subjectEnglish());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private String nationalIdOf(String membershipNumber) throws Exception {
        return runAs.staff(() -> members.profile(membershipNumber)).nationalId();
    }

    /** As if the meeting's time had come: its first meeting now, the second an hour later, in the database. */
    private void meetingStartsNow(long id) throws Exception {
        try (java.sql.Connection connection = database.getConnection();
             java.sql.PreparedStatement update = connection.prepareStatement("UPDATE general_assembly SET "
                     + "first_meeting_at = ?, second_meeting_at = ? WHERE id = ?")) {
            Instant now = clock.instant();
            update.setObject(1, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
            update.setObject(2, java.time.LocalDateTime.ofInstant(now.plusSeconds(3600), java.time.ZoneOffset.UTC));
            update.setLong(3, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private void recordVote(long id, int position, String number, Vote.Choice choice) throws Exception {
        runAs.staff(() -> {
            votes.record(id, position, number, choice);
            return null;
        });
    }

    private static String wrong(String code) {
        return code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);
    }

    private static String arabicIndic(String digits) {
        StringBuilder arabic = new StringBuilder();
        digits.chars().forEach(c -> arabic.append(Character.isDigit(c) ? (char) ('\u0660' + c - '0') : (char) c));
        return arabic.toString();
    }

    private GeneralAssembly.Plan plan(LocalDate day, LocalDate recordDate) {
        Instant first = day.atTime(16, 0).atZone(HijriDates.RIYADH).toInstant();
        return new GeneralAssembly.Plan(AssemblyKind.ORDINARY, first, first.plusSeconds(3600),
                "Association office, Najran", recordDate);
    }

    private String member(String mobile) throws Exception {
        RequestRef accepted = applications.accepted(Applications.nationalId(PEOPLE.incrementAndGet()), mobile);
        return runAs.staff(() -> registrations.complete(accepted)).membershipNumber();
    }

    /** A request of {@code type} registered at the counter, its fields given ({@code code, value} pairs), verified. */
    private RequestRef intake(String type, String... given) throws Exception {
        return CounterIntakes.verified(runAs, requests, type, given);
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).satisfies(failure -> assertThat(Failures.chain(failure))
                .hasAtLeastOneElementOfType(EJBAccessException.class));
    }

    private static void assertBroken(String key, ThrowingCallable call) {
        assertThatThrownBy(call).satisfies(failure -> assertThat(Failures.chain(failure)).anySatisfy(cause ->
                assertThat(cause).isInstanceOfSatisfying(DomainException.class, broken ->
                        assertThat(broken.key()).isEqualTo(key))));
    }
}
