package coop.khidma.intake.control;

import coop.khidma.intake.entity.ItemState;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.platform.security.Roles;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static coop.khidma.intake.entity.RequestStatus.ACCEPTED;
import static coop.khidma.intake.entity.RequestStatus.BEING_SERVED;
import static coop.khidma.intake.entity.RequestStatus.IN_INTAKE;
import static coop.khidma.intake.entity.RequestStatus.RETURNED;
import static coop.khidma.intake.entity.RequestStatus.SUBMITTED;
import static coop.khidma.intake.entity.RequestStatus.VERIFIED;
import static coop.khidma.intake.entity.RequestStatus.WITH_COMMITTEE;

/**
 * What staff may do to a request, and the rule of which of it is possible for a caller now ({@link #allowed}): the
 * request's state must admit the step (the precondition of the aggregate's verb) and one of the caller's roles must be
 * among those the boundary that takes the step admits. Hand-over and the committee's clock are review's
 * ({@code Reviews}), completing registration is membership's ({@code Registrations}), referring upwards is
 * escalation's ({@code Escalations}); intake states their roles here from {@link Roles} without knowing them. The
 * screens offer what this rule allows and the boundaries refuse the rest, so a screen promises nothing the server
 * refuses (policy, "the rights of every party are protected").
 */
public enum RequestAction {

    /** SUBMITTED → IN_INTAKE ({@code Requests.startIntake}). */
    START_INTAKE(Callers.WORKERS),
    /** An item checked, and how, during intake ({@code Requests.verifyItem}). */
    VERIFY_ITEM(Callers.WORKERS),
    /** An item the member has not brought, with why, during intake ({@code Requests.markMissing}). */
    MARK_MISSING(Callers.WORKERS),
    /** IN_INTAKE → RETURNED with the missing items ({@code Requests.returnToMember}). */
    RETURN_TO_MEMBER(Callers.WORKERS),
    /** IN_INTAKE → VERIFIED ({@code Requests.completeIntake}). */
    COMPLETE_INTAKE(Callers.WORKERS),
    /** RETURNED → IN_INTAKE, the member came back ({@code Requests.resume}). */
    RESUME(Callers.WORKERS),
    /** VERIFIED → WITH_COMMITTEE for the types the committee decides ({@code Reviews.handToCommittee}). */
    HAND_TO_COMMITTEE(Roles.STAFF),
    /** While with the committee, its clock stopped or restarted ({@code Reviews.pause}, {@code Reviews.resumeClock}). */
    STOP_OR_RESTART_CLOCK(Roles.STAFF),
    /** VERIFIED → BEING_SERVED for the types served without the committee ({@code Requests.startService}). */
    START_SERVICE(Callers.WORKERS),
    /** BEING_SERVED → RESOLVED with the answer, except a data subject's request ({@code Requests.resolve}). */
    RESOLVE(Callers.WORKERS),
    /** An accepted membership application → COMPLETED, the member active ({@code Registrations.complete}). */
    COMPLETE_REGISTRATION(Roles.STAFF, Roles.ADMIN),
    /**
     * An accepted withdrawal, or a verified or served suspension by board decision or membership-data update, carried
     * out in the member register and closed ({@code RegisterChanges.carryOut}).
     */
    CARRY_OUT_IN_REGISTER(Roles.STAFF, Roles.ADMIN),
    /** A paper kept with an open request ({@code Requests.attach}). */
    ATTACH_PAPER(Callers.WORKERS),
    /** Any open state → WITHDRAWN with the reason ({@code Requests.withdraw}). */
    WITHDRAW(Callers.WORKERS),
    /** An open request referred to the higher authority ({@code Escalations.raise}). */
    ESCALATE(Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR);

    /**
     * The data subject's requests (PDPL): answered only by carrying the right out, on the privacy page, never by a
     * free answer that would leave the data as it was; so they are never {@link #RESOLVE}d.
     */
    public static final Set<String> ANSWERED_BY_CARRYING_OUT = Set.of("DATA_EXPORT", "DATA_CORRECTION",
            "DATA_ERASURE");

    /** The steps taken on one checklist item. */
    private static final Set<RequestAction> ON_AN_ITEM = Collections.unmodifiableSet(EnumSet.of(VERIFY_ITEM,
            MARK_MISSING));

    private final Set<String> roles;

    RequestAction(String... roles) {
        this.roles = Set.of(roles);
    }

    /** The roles the boundary taking this step admits. */
    public Set<String> roles() {
        return roles;
    }

    /**
     * What a caller holding {@code callerRoles} may do now to a request standing in {@code status}, of the type
     * {@code typeCode} that the committee decides or not ({@code needsCommittee}). Empty for a closed request, and for
     * a caller with none of the roles; in the order of the steps here.
     */
    public static Set<RequestAction> allowed(RequestStatus status, String typeCode, boolean needsCommittee,
                                             Set<String> callerRoles) {
        Set<RequestAction> allowed = EnumSet.noneOf(RequestAction.class);
        Arrays.stream(values())
                .filter(action -> action.roles.stream().anyMatch(callerRoles::contains))
                .filter(action -> action.admits(status, typeCode, needsCommittee))
                .forEach(allowed::add);
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * The steps on one checklist item, of those {@code onRequest} allows: none once the item is verified (its verbs
     * refuse a verified item), in the order of the steps here.
     */
    public static Set<RequestAction> allowedOnItem(Set<RequestAction> onRequest, ItemState state) {
        Set<RequestAction> allowed = EnumSet.noneOf(RequestAction.class);
        if (state != ItemState.VERIFIED) {
            ON_AN_ITEM.stream().filter(onRequest::contains).forEach(allowed::add);
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** The state part: whether the request's status (and type) admits the step, whoever asks. */
    private boolean admits(RequestStatus status, String typeCode, boolean needsCommittee) {
        return switch (this) {
            case START_INTAKE -> status == SUBMITTED;
            case VERIFY_ITEM, MARK_MISSING, RETURN_TO_MEMBER, COMPLETE_INTAKE -> status == IN_INTAKE;
            case RESUME -> status == RETURNED;
            case HAND_TO_COMMITTEE -> status == VERIFIED && needsCommittee;
            case STOP_OR_RESTART_CLOCK -> status == WITH_COMMITTEE;
            case START_SERVICE -> status == VERIFIED && !needsCommittee;
            case RESOLVE -> status == BEING_SERVED && !ANSWERED_BY_CARRYING_OUT.contains(typeCode)
                    && !RequestType.CARRIED_OUT_IN_REGISTER.contains(typeCode)
                    && !RequestType.CARRIED_OUT_AT_ASSEMBLY.contains(typeCode);
            case CARRY_OUT_IN_REGISTER -> RequestType.CARRIED_OUT_IN_REGISTER.contains(typeCode)
                    && (status == ACCEPTED || status == BEING_SERVED || status == VERIFIED && !needsCommittee);
            case COMPLETE_REGISTRATION -> status == ACCEPTED && RequestType.MEMBERSHIP_APPLICATION.equals(typeCode);
            case ATTACH_PAPER, WITHDRAW, ESCALATE -> status.isOpen();
        };
    }

    /** The roles that work requests ({@code Requests}), held apart: an enum's constants cannot read its own statics. */
    private static final class Callers {
        static final String[] WORKERS = {Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN};
    }
}
