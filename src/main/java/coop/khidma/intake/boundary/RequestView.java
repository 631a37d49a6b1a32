package coop.khidma.intake.boundary;

import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.ItemState;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;

import java.time.Instant;
import java.util.List;

/** One request as the console shows it: who, what, where it stands, and its checklist item by item. */
public record RequestView(RequestRef ref, String typeCode, Channel channel, RequestStatus status, String requesterName,
                          String requesterMobile, String details, String assignee, Instant submittedAt,
                          String outcome, List<Item> items) {

    /** One checklist item and its verification (who, when, how) or why it is missing. */
    public record Item(String code, String labelArabic, String labelEnglish, boolean mandatory, ItemState state,
                       VerificationMethod method, String verifiedBy, Instant verifiedAt, String missingReason) {

        static Item of(ItemVerification item) {
            return new Item(item.itemCode(), item.labelArabic(), item.labelEnglish(), item.isMandatory(),
                    item.state(), item.method(), item.verifiedBy(), item.verifiedAt(), item.missingReason());
        }
    }

    static RequestView of(ServiceRequest request) {
        return new RequestView(new RequestRef(request.reference(), request.version()), request.typeCode(),
                request.channel(), request.status(), request.requester().name(),
                request.requester().mobile().national(), request.details(), request.assignee(),
                request.submittedAt(), request.outcome(), request.items().stream().map(Item::of).toList());
    }
}
