package coop.khidma.assembly.boundary;

import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.AssemblyInvitation;
import coop.khidma.assembly.entity.AssemblyKind;
import coop.khidma.assembly.entity.AssemblyRules;
import coop.khidma.assembly.entity.DecisionRule;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.assembly.entity.Proxy;
import coop.khidma.assembly.entity.QuorumBasis;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.membership.boundary.AssemblyRoll;
import coop.khidma.membership.boundary.RegisterChanges;
import coop.khidma.membership.boundary.Registrations;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.support.Applications;
import coop.khidma.support.Deployments;
import coop.khidma.support.Failures;
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
        RequestView filed = runAs.staff(() -> requests.register(type, Channel.IN_PERSON, "عضو الجمعية",
                "0509876543", null));
        RequestRef shown = runAs.staff(() -> requests.startIntake(filed.ref())).ref();
        for (int i = 0; i < given.length; i += 2) {
            String code = given[i];
            String value = given[i + 1];
            RequestRef before = shown;
            shown = runAs.staff(() -> requests.provide(before, code, value)).ref();
        }
        for (RequestView.Item item : runAs.staff(() -> requests.detail(filed.ref().reference())).items()) {
            if (item.mandatory()) {
                RequestRef before = shown;
                shown = runAs.staff(() -> requests.verifyItem(before, item.code(), item.kind() == ItemKind.FIELD
                        ? VerificationMethod.MATCHED_REGISTRY : VerificationMethod.COPY_RECEIVED)).ref();
            }
        }
        RequestRef verified = shown;
        return runAs.staff(() -> requests.completeIntake(verified)).ref();
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
