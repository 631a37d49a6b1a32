package coop.khidma.intake.boundary;

import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.control.RequestAction;
import coop.khidma.intake.control.Urgency;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.CounterTicket;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.ItemState;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One request as the console shows it: who, what, where it stands, and its checklist item by item; for a membership
 * application the applicant's details ({@code null} otherwise or while not given) and, once registered, the
 * membership number; {@code closedAt} once the request reached a final state; the day the member's next step is due
 * and how near it is; the papers kept with it; and what the caller who asked may do to it now ({@code allowed}, by
 * {@link RequestAction#allowed}: the screens offer those steps only, and the boundaries refuse any other); the
 * counter ticket of the visit it was opened or found at ({@code null} for none).
 */
public record RequestView(RequestRef ref, String typeCode, Channel channel, RequestStatus status, String requesterName,
                          String requesterMobile, String details, String assignee, Instant submittedAt,
                          String outcome, List<Item> items, boolean needsCommittee, boolean application,
                          ApplicantView applicant, String membershipNumber, Instant closedAt, LocalDate dueOn,
                          Urgency urgency, List<AttachmentRow> attachments, Set<RequestAction> allowed,
                          CounterTicket ticket, MessageChannel preferredChannel) {

    /**
     * One checklist item, what was given for it ({@code note}: the value the member gave, as written during intake or
     * at the kiosk), and its verification (who, when, how) or why it is missing; what the caller may do to it now
     * ({@link RequestAction#allowedOnItem}).
     */
    public record Item(String code, String labelArabic, String labelEnglish, boolean mandatory, ItemState state,
                       VerificationMethod method, String verifiedBy, Instant verifiedAt, String missingReason,
                       ItemKind kind, Set<RequestAction> allowed, String note) {

        static Item of(ItemVerification item, Set<RequestAction> onRequest) {
            return new Item(item.itemCode(), item.labelArabic(), item.labelEnglish(), item.isMandatory(),
                    item.state(), item.method(), item.verifiedBy(), item.verifiedAt(), item.missingReason(),
                    item.kind(), RequestAction.allowedOnItem(onRequest, item.state()), item.note());
        }
    }

    /** The person who applies for membership, as the application gives them. */
    public record ApplicantView(String nationalId, String nameArabic, String nameLatin, String city, int shares,
                                String email) {

        static ApplicantView of(Applicant applicant) {
            return applicant == null ? null : new ApplicantView(applicant.nationalId().value(),
                    applicant.nameArabic(), applicant.nameLatin(), applicant.city(), applicant.shares(),
                    applicant.email() == null ? null : applicant.email().value());
        }
    }

    static RequestView of(ServiceRequest request, String membershipNumber, Urgency urgency,
                          List<AttachmentRow> attachments, Set<String> callerRoles) {
        Set<RequestAction> allowed = RequestAction.allowed(request.status(), request.typeCode(),
                request.needsCommittee(), callerRoles);
        return new RequestView(new RequestRef(request.reference(), request.version()), request.typeCode(),
                request.channel(), request.status(), request.requester().name(),
                request.requester().mobile().national(), request.details(), request.assignee(),
                request.submittedAt(), request.outcome(),
                request.items().stream().map(item -> Item.of(item, allowed)).toList(),
                request.needsCommittee(), request.isApplication(), ApplicantView.of(request.applicant()),
                membershipNumber, request.closedAt(), request.dueOn(), urgency, List.copyOf(attachments), allowed,
                request.ticket(), request.preferredChannel());
    }
}
