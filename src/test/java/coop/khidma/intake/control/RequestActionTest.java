package coop.khidma.intake.control;

import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.ItemState;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.membership.boundary.RegisterChanges;
import coop.khidma.membership.boundary.Registrations;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.review.boundary.Reviews;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static coop.khidma.intake.entity.Requests.CLERK;
import static coop.khidma.intake.entity.Requests.at;
import static coop.khidma.intake.entity.Requests.walkedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which steps the request page offers whom: the table below is the rule, written out; the two tests after it hold the
 * rule to the boundaries (the roles each one admits) and to the aggregate (the states each verb accepts).
 */
class RequestActionTest {

    @ParameterizedTest(name = "{0} {1} as {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # status       | type                   | committee | roles            | allowed
            SUBMITTED      | CERTIFICATE            | false     | STAFF            | START_INTAKE ATTACH_PAPER WITHDRAW ESCALATE
            SUBMITTED      | CERTIFICATE            | false     | SUPERVISOR       | START_INTAKE ATTACH_PAPER WITHDRAW ESCALATE
            SUBMITTED      | CERTIFICATE            | false     | DIRECTOR         | START_INTAKE ATTACH_PAPER WITHDRAW ESCALATE
            SUBMITTED      | CERTIFICATE            | false     | ADMIN            | START_INTAKE ATTACH_PAPER WITHDRAW
            SUBMITTED      | CERTIFICATE            | false     | COMMITTEE        | -
            IN_INTAKE      | SUPPORT                | true      | STAFF            | VERIFY_ITEM MARK_MISSING RETURN_TO_MEMBER COMPLETE_INTAKE ATTACH_PAPER WITHDRAW ESCALATE
            IN_INTAKE      | SUPPORT                | true      | SUPERVISOR       | VERIFY_ITEM MARK_MISSING RETURN_TO_MEMBER COMPLETE_INTAKE ATTACH_PAPER WITHDRAW ESCALATE
            IN_INTAKE      | SUPPORT                | true      | ADMIN            | VERIFY_ITEM MARK_MISSING RETURN_TO_MEMBER COMPLETE_INTAKE ATTACH_PAPER WITHDRAW
            IN_INTAKE      | SUPPORT                | true      | COMMITTEE        | -
            RETURNED       | SUPPORT                | true      | STAFF            | RESUME ATTACH_PAPER WITHDRAW ESCALATE
            RETURNED       | SUPPORT                | true      | DIRECTOR         | RESUME ATTACH_PAPER WITHDRAW ESCALATE
            RETURNED       | SUPPORT                | true      | ADMIN            | RESUME ATTACH_PAPER WITHDRAW
            VERIFIED       | SUPPORT                | true      | STAFF            | HAND_TO_COMMITTEE ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | SUPPORT                | true      | SUPERVISOR       | ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | SUPPORT                | true      | DIRECTOR         | ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | SUPPORT                | true      | ADMIN            | ATTACH_PAPER WITHDRAW
            VERIFIED       | SUPPORT                | true      | COMMITTEE        | -
            VERIFIED       | MEMBERSHIP_APPLICATION | true      | STAFF            | HAND_TO_COMMITTEE ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | MEMBERSHIP_APPLICATION | true      | SUPERVISOR       | ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | CERTIFICATE            | false     | STAFF            | START_SERVICE ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | CERTIFICATE            | false     | SUPERVISOR       | START_SERVICE ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | CERTIFICATE            | false     | ADMIN            | START_SERVICE ATTACH_PAPER WITHDRAW
            WITH_COMMITTEE | SUPPORT                | true      | STAFF            | STOP_OR_RESTART_CLOCK ATTACH_PAPER WITHDRAW ESCALATE
            WITH_COMMITTEE | SUPPORT                | true      | SUPERVISOR       | ATTACH_PAPER WITHDRAW ESCALATE
            WITH_COMMITTEE | SUPPORT                | true      | ADMIN            | ATTACH_PAPER WITHDRAW
            WITH_COMMITTEE | SUPPORT                | true      | COMMITTEE        | -
            BEING_SERVED   | CERTIFICATE            | false     | STAFF            | RESOLVE ATTACH_PAPER WITHDRAW ESCALATE
            BEING_SERVED   | CERTIFICATE            | false     | DIRECTOR         | RESOLVE ATTACH_PAPER WITHDRAW ESCALATE
            BEING_SERVED   | CERTIFICATE            | false     | ADMIN            | RESOLVE ATTACH_PAPER WITHDRAW
            BEING_SERVED   | DATA_EXPORT            | false     | STAFF            | ATTACH_PAPER WITHDRAW ESCALATE
            BEING_SERVED   | DATA_ERASURE           | false     | ADMIN            | ATTACH_PAPER WITHDRAW
            ACCEPTED       | MEMBERSHIP_APPLICATION | true      | STAFF            | COMPLETE_REGISTRATION ATTACH_PAPER WITHDRAW ESCALATE
            ACCEPTED       | MEMBERSHIP_APPLICATION | true      | SUPERVISOR       | ATTACH_PAPER WITHDRAW ESCALATE
            ACCEPTED       | MEMBERSHIP_APPLICATION | true      | DIRECTOR         | ATTACH_PAPER WITHDRAW ESCALATE
            ACCEPTED       | MEMBERSHIP_APPLICATION | true      | ADMIN            | COMPLETE_REGISTRATION ATTACH_PAPER WITHDRAW
            ACCEPTED       | MEMBERSHIP_APPLICATION | true      | COMMITTEE        | -
            ACCEPTED       | SUPPORT                | true      | STAFF            | ATTACH_PAPER WITHDRAW ESCALATE
            ACCEPTED       | MEMBERSHIP_APPLICATION | true      | SUPERVISOR ADMIN | COMPLETE_REGISTRATION ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | SUPPORT                | true      | SUPERVISOR ADMIN | ATTACH_PAPER WITHDRAW ESCALATE
            ACCEPTED       | WITHDRAWAL             | true      | STAFF            | CARRY_OUT_IN_REGISTER ATTACH_PAPER WITHDRAW ESCALATE
            ACCEPTED       | WITHDRAWAL             | true      | SUPERVISOR       | ATTACH_PAPER WITHDRAW ESCALATE
            ACCEPTED       | WITHDRAWAL             | true      | ADMIN            | CARRY_OUT_IN_REGISTER ATTACH_PAPER WITHDRAW
            VERIFIED       | WITHDRAWAL             | true      | STAFF            | HAND_TO_COMMITTEE ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | BOARD_SUSPENSION       | false     | STAFF            | START_SERVICE CARRY_OUT_IN_REGISTER ATTACH_PAPER WITHDRAW ESCALATE
            VERIFIED       | BOARD_SUSPENSION       | false     | DIRECTOR         | START_SERVICE ATTACH_PAPER WITHDRAW ESCALATE
            BEING_SERVED   | MEMBERSHIP_UPDATE      | false     | STAFF            | CARRY_OUT_IN_REGISTER ATTACH_PAPER WITHDRAW ESCALATE
            BEING_SERVED   | MEMBERSHIP_UPDATE      | false     | SUPERVISOR       | ATTACH_PAPER WITHDRAW ESCALATE
            BEING_SERVED   | PROXY_APPOINTMENT      | false     | STAFF            | ATTACH_PAPER WITHDRAW ESCALATE
            COMPLETED      | WITHDRAWAL             | true      | STAFF            | -
            REJECTED       | SUPPORT                | true      | STAFF            | -
            RESOLVED       | CERTIFICATE            | false     | STAFF            | -
            COMPLETED      | MEMBERSHIP_APPLICATION | true      | ADMIN            | -
            WITHDRAWN      | CERTIFICATE            | false     | STAFF            | -
            """)
    void eachRoleIsOfferedWhatItsBoundariesAcceptInTheRequestsState(RequestStatus status, String type,
                                                                      boolean needsCommittee, String roles,
                                                                      String allowed) {
        assertThat(RequestAction.allowed(status, type, needsCommittee, Set.of(roles.split(" "))))
                .containsExactlyInAnyOrderElementsOf(actions(allowed));
    }

    @ParameterizedTest(name = "{1} item, {0} on the request: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # on the request                                 | item state | on the item
            VERIFY_ITEM MARK_MISSING RETURN_TO_MEMBER WITHDRAW | PENDING    | VERIFY_ITEM MARK_MISSING
            VERIFY_ITEM MARK_MISSING                           | PROVIDED   | VERIFY_ITEM MARK_MISSING
            VERIFY_ITEM MARK_MISSING                           | MISSING    | VERIFY_ITEM MARK_MISSING
            VERIFY_ITEM MARK_MISSING                           | VERIFIED   | -
            ATTACH_PAPER WITHDRAW ESCALATE                     | PENDING    | -
            -                                                  | PROVIDED   | -
            """)
    void anItemNotYetVerifiedIsOfferedTheItemStepsTheRequestAllows(String onRequest, ItemState state,
                                                                     String onItem) {
        assertThat(RequestAction.allowedOnItem(actions(onRequest), state))
                .containsExactlyInAnyOrderElementsOf(actions(onItem));
    }

    /** The verbs that take each step, on the boundaries the console calls. */
    private static final Map<RequestAction, List<Method>> BOUNDARY_VERBS = Map.ofEntries(
            Map.entry(RequestAction.START_INTAKE, verbs(Requests.class, "startIntake")),
            Map.entry(RequestAction.VERIFY_ITEM, verbs(Requests.class, "verifyItem")),
            Map.entry(RequestAction.MARK_MISSING, verbs(Requests.class, "markMissing")),
            Map.entry(RequestAction.RETURN_TO_MEMBER, verbs(Requests.class, "returnToMember")),
            Map.entry(RequestAction.COMPLETE_INTAKE, verbs(Requests.class, "completeIntake")),
            Map.entry(RequestAction.RESUME, verbs(Requests.class, "resume")),
            Map.entry(RequestAction.HAND_TO_COMMITTEE, verbs(Reviews.class, "handToCommittee")),
            Map.entry(RequestAction.STOP_OR_RESTART_CLOCK, verbs(Reviews.class, "pause", "resumeClock")),
            Map.entry(RequestAction.START_SERVICE, verbs(Requests.class, "startService")),
            Map.entry(RequestAction.RESOLVE, verbs(Requests.class, "resolve")),
            Map.entry(RequestAction.COMPLETE_REGISTRATION, verbs(Registrations.class, "complete")),
            Map.entry(RequestAction.CARRY_OUT_IN_REGISTER, verbs(RegisterChanges.class, "carryOut")),
            Map.entry(RequestAction.ATTACH_PAPER, verbs(Requests.class, "attach")),
            Map.entry(RequestAction.WITHDRAW, verbs(Requests.class, "withdraw")),
            Map.entry(RequestAction.ESCALATE, verbs(Escalations.class, "raise")));

    @Test
    void eachStepIsOfferedToTheRolesItsBoundaryAdmitsNoMoreNoFewer() {
        assertThat(BOUNDARY_VERBS).containsOnlyKeys(RequestAction.values());
        BOUNDARY_VERBS.forEach((action, verbs) -> assertThat(verbs).isNotEmpty().allSatisfy(verb ->
                assertThat(rolesAllowed(verb)).as("%s by %s.%s", action, verb.getDeclaringClass().getSimpleName(),
                        verb.getName()).containsExactlyInAnyOrderElementsOf(action.roles())));
    }

    /** The rule refuses a step in a state exactly when the aggregate's verb refuses that state (or type). */
    @Test
    void aStepIsOfferedInTheStatesTheRequestsVerbAccepts() {
        Map<RequestAction, Consumer<ServiceRequest>> verbs = Map.of(
                RequestAction.START_INTAKE, request -> request.startIntake(CLERK, at(10)),
                RequestAction.VERIFY_ITEM, request -> verifyFirst(request),
                RequestAction.MARK_MISSING, request -> request.markMissing(first(request).itemCode(), "not brought",
                        CLERK, at(10)),
                RequestAction.RETURN_TO_MEMBER, request -> request.returnToMember(CLERK, at(10)),
                RequestAction.COMPLETE_INTAKE, request -> request.completeIntake(CLERK, at(10)),
                RequestAction.RESUME, request -> request.resume(CLERK, at(10)),
                RequestAction.HAND_TO_COMMITTEE, request -> request.handToCommittee(CLERK, at(10)),
                RequestAction.START_SERVICE, request -> request.startService(CLERK, at(10)),
                RequestAction.RESOLVE, request -> request.resolve("done", CLERK, at(10)),
                RequestAction.WITHDRAW, request -> request.withdraw("changed my mind", CLERK, at(10)));
        Set<String> everyone = Set.copyOf(Roles.ALL);
        for (RequestType type : List.of(coop.khidma.intake.entity.Requests.committeeType(),
                coop.khidma.intake.entity.Requests.serviceType(), coop.khidma.intake.entity.Requests.application())) {
            for (RequestStatus status : RequestStatus.values()) {
                if (!reachable(type, status)) {
                    continue;
                }
                Set<RequestAction> allowed = RequestAction.allowed(status, type.code(), type.needsCommittee(),
                        everyone);
                verbs.forEach((action, verb) -> {
                    ServiceRequest request = walkedTo(type, status);
                    String what = action + " on " + type.code() + " " + status;
                    assertThat(refusedForItsState(request, verb)).as(what).isEqualTo(!allowed.contains(action));
                });
                assertThat(allowed.contains(RequestAction.ATTACH_PAPER)).as("attach on " + status)
                        .isEqualTo(status.isOpen());
                if (!status.isOpen()) {
                    assertThatThrownBy(() -> walkedTo(type, status).attach("a.pdf", PDF, CLERK, at(10)))
                            .isInstanceOfSatisfying(DomainException.class, broken ->
                                    assertThat(broken.key()).isEqualTo("rule.request.illegalTransition"));
                }
            }
        }
    }

    private static final Set<String> STATE_RULES = Set.of("rule.request.illegalTransition",
            "rule.request.noCommittee", "rule.request.needsCommittee");
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** True when the verb breaks a rule of the request's state or type; any other rule it breaks is about the data. */
    private static boolean refusedForItsState(ServiceRequest request, Consumer<ServiceRequest> verb) {
        try {
            verb.accept(request);
            return false;
        } catch (DomainException broken) {
            return STATE_RULES.contains(broken.key());
        }
    }

    private static boolean reachable(RequestType type, RequestStatus status) {
        try {
            walkedTo(type, status);
            return true;
        } catch (DomainException | IllegalArgumentException | IllegalStateException unreachable) {
            return false;
        }
    }

    private static ItemVerification first(ServiceRequest request) {
        return request.items().get(0);
    }

    private static void verifyFirst(ServiceRequest request) {
        ItemVerification item = first(request);
        VerificationMethod fitting = Arrays.stream(VerificationMethod.values())
                .filter(method -> method.fits(item.kind())).findFirst().orElseThrow();
        request.verifyItem(item.itemCode(), fitting, CLERK, at(10));
    }

    private static Set<RequestAction> actions(String names) {
        Set<RequestAction> actions = EnumSet.noneOf(RequestAction.class);
        if (names != null) {
            Arrays.stream(names.split(" ")).map(RequestAction::valueOf).forEach(actions::add);
        }
        return actions;
    }

    private static List<Method> verbs(Class<?> boundary, String... names) {
        Set<String> wanted = Set.of(names);
        return Arrays.stream(boundary.getDeclaredMethods())
                .filter(method -> wanted.contains(method.getName())
                        && java.lang.reflect.Modifier.isPublic(method.getModifiers()))
                .toList();
    }

    /** The roles a business method admits: its own {@code @RolesAllowed}, or its class's. */
    private static Set<String> rolesAllowed(Method verb) {
        RolesAllowed roles = verb.isAnnotationPresent(RolesAllowed.class) ? verb.getAnnotation(RolesAllowed.class)
                : verb.getDeclaringClass().getAnnotation(RolesAllowed.class);
        assertThat(roles).as("%s.%s has @RolesAllowed", verb.getDeclaringClass().getSimpleName(), verb.getName())
                .isNotNull();
        return Arrays.stream(roles.value()).collect(Collectors.toSet());
    }
}
