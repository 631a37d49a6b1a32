package coop.khidma.intake.entity;

import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static coop.khidma.intake.entity.ItemKind.CONFIRMATION;
import static coop.khidma.intake.entity.ItemKind.DOCUMENT;
import static coop.khidma.intake.entity.ItemKind.FIELD;

/** Request types like the seeded ones, and requests walked to any status through their own verbs. */
public final class Requests {

    public static final Instant T0 = Instant.parse("2026-03-01T06:00:00Z"); // Sunday 09:00 in Riyadh
    public static final String CLERK = "fatima";
    public static final String VALID_ID = "1000000008";

    private Requests() {
    }

    public static RequestType application() {
        return RequestType.define(RequestType.MEMBERSHIP_APPLICATION, "طلب عضوية", "Membership application", true,
                List.of(ChecklistItem.mandatory("NATIONAL_ID_COPY", "صورة الهوية", "ID copy", DOCUMENT),
                        ChecklistItem.mandatory("FULL_NAME", "الاسم الكامل", "Full name", FIELD),
                        ChecklistItem.mandatory("SHARES", "عدد الأسهم", "Number of shares", FIELD),
                        ChecklistItem.mandatory("SHARES_PAYMENT", "إيصال السداد", "Payment receipt", DOCUMENT),
                        ChecklistItem.mandatory("BYLAWS_ACK", "الإقرار باللائحة", "Bylaws acknowledgement",
                                CONFIRMATION),
                        ChecklistItem.optional("EMAIL", "البريد الإلكتروني", "E-mail address", FIELD)));
    }

    public static RequestType inquiry() {
        return RequestType.define(RequestType.INQUIRY, "استفسار", "Inquiry", false,
                List.of(ChecklistItem.mandatory("QUESTION", "السؤال", "The question", FIELD)));
    }

    /** Decided by the committee, not an application: like a support request. */
    public static RequestType committeeType() {
        return RequestType.define(RequestType.SUPPORT, "طلب دعم", "Support request", true,
                List.of(ChecklistItem.mandatory("MEMBER_IDENTITY", "مطابقة الهوية", "Identity matched", FIELD),
                        ChecklistItem.mandatory("SUPPORT_DOCUMENT", "المستند", "The document", DOCUMENT),
                        ChecklistItem.optional("EXTRA", "إضافي", "Extra", DOCUMENT)));
    }

    /** Served directly: like a certificate request. */
    public static RequestType serviceType() {
        return RequestType.define(RequestType.CERTIFICATE, "شهادة عضوية", "Membership certificate", false,
                List.of(ChecklistItem.mandatory("MEMBER_IDENTITY", "مطابقة الهوية", "Identity matched", FIELD),
                        ChecklistItem.optional("PURPOSE", "الغرض", "Purpose", FIELD)));
    }

    public static Requester requester() {
        return new Requester("Sara Al-Qahtani", SaudiMobile.parse("0501234567"));
    }

    public static Applicant applicant() {
        return new Applicant(NationalId.parse(VALID_ID), "سارة القحطاني", "Sara Al-Qahtani", "نجران", 5,
                EmailAddress.parse("sara@example.com"));
    }

    public static ServiceRequest submitted(RequestType type) {
        return type.is(RequestType.MEMBERSHIP_APPLICATION)
                ? ServiceRequest.application(type, "2026-000001", requester(), applicant(), Channel.IN_PERSON, CLERK,
                T0)
                : ServiceRequest.submit("2026-000001", type, requester(), Channel.IN_PERSON, null, CLERK, T0);
    }

    public static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** Verifies every mandatory item by the method that fits it. */
    public static void verifyMandatory(ServiceRequest request, Instant at) {
        for (ItemVerification item : request.items()) {
            if (item.isMandatory() && item.state() != ItemState.VERIFIED) {
                request.verifyItem(item.itemCode(), item.kind() == FIELD ? VerificationMethod.MATCHED_REGISTRY
                        : VerificationMethod.ORIGINAL_SEEN, CLERK, at);
            }
        }
    }

    /** A request of {@code type} brought to {@code status} by the legal path. */
    public static ServiceRequest walkedTo(RequestType type, RequestStatus status) {
        ServiceRequest request = submitted(type);
        switch (status) {
            case SUBMITTED -> {
            }
            case IN_INTAKE -> request.startIntake(CLERK, at(1));
            case RETURNED -> {
                request.startIntake(CLERK, at(1));
                request.markMissing(request.items().get(0).itemCode(), "not brought", CLERK, at(2));
                request.returnToMember(CLERK, at(3));
            }
            case WITHDRAWN -> request.withdraw("changed my mind", CLERK, at(1));
            default -> {
                request.startIntake(CLERK, at(1));
                verifyMandatory(request, at(2));
                request.completeIntake(CLERK, at(3));
                switch (status) {
                    case VERIFIED -> {
                    }
                    case WITH_COMMITTEE -> request.handToCommittee(CLERK, at(4));
                    case ACCEPTED -> {
                        request.handToCommittee(CLERK, at(4));
                        request.accept("committee", at(5));
                    }
                    case REJECTED -> {
                        request.handToCommittee(CLERK, at(4));
                        request.reject("committee", at(5));
                    }
                    case COMPLETED -> {
                        request.handToCommittee(CLERK, at(4));
                        request.accept("committee", at(5));
                        request.complete(CLERK, at(6));
                    }
                    case BEING_SERVED -> request.startService(CLERK, at(4));
                    case RESOLVED -> {
                        request.startService(CLERK, at(4));
                        request.resolve("Certificate issued", CLERK, at(5));
                    }
                    default -> throw new IllegalArgumentException(status.name());
                }
            }
        }
        if (request.status() != status) {
            throw new IllegalStateException(request.status() + " instead of " + status);
        }
        return request;
    }

    /** The type that can reach {@code status}: the committee path or the service path. */
    public static RequestType typeReaching(RequestStatus status) {
        return switch (status) {
            case BEING_SERVED, RESOLVED -> serviceType();
            default -> committeeType();
        };
    }
}
