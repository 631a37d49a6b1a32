package coop.khidma.intake.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static coop.khidma.intake.entity.ItemKind.CONFIRMATION;
import static coop.khidma.intake.entity.ItemKind.DOCUMENT;
import static coop.khidma.intake.entity.ItemKind.FIELD;
import static coop.khidma.intake.entity.Requests.T0;
import static coop.khidma.intake.entity.Requests.VALID_ID;
import static coop.khidma.intake.entity.Requests.requester;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

/** A request filed at the kiosk from its checklist: answers become provided items, documents wait for the counter. */
class KioskFilingTest {

    private static final RequestType SUPPORT = RequestType.define(RequestType.SUPPORT, "طلب دعم", "Support request",
            true, List.of(ChecklistItem.mandatory("MEMBER_IDENTITY", "الهوية", "Identity", FIELD),
                    ChecklistItem.mandatory("SUPPORT_DESCRIPTION", "الوصف", "Description", FIELD),
                    ChecklistItem.mandatory("GUIDE_ACK", "إقرار", "Acknowledgement", CONFIRMATION),
                    ChecklistItem.optional("SUPPORTING_DOCUMENTS", "المستندات", "Documents", DOCUMENT),
                    ChecklistItem.optional("NOTE", "ملاحظة", "Note", FIELD)));

    @Test
    void answersAndTicksAreProvidedAndDocumentsWaitForTheCounter() {
        ServiceRequest request = ServiceRequest.atKiosk(SUPPORT, "2026-000001", requester(),
                Map.of("MEMBER_IDENTITY", " ١٠٠٠٠٠٠٠٠٨ ", "SUPPORT_DESCRIPTION", " Help with medical bills "),
                Set.of("GUIDE_ACK"), "kiosk", T0);

        assertThat(request.channel()).isEqualTo(Channel.KIOSK);
        assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.item("MEMBER_IDENTITY").note()).isEqualTo(VALID_ID);
        assertThat(request.item("SUPPORT_DESCRIPTION").note()).isEqualTo("Help with medical bills");
        assertThat(request.item("GUIDE_ACK").state()).isEqualTo(ItemState.PROVIDED);
        assertThat(request.item("SUPPORTING_DOCUMENTS").state()).isEqualTo(ItemState.PENDING);
        assertThat(request.item("NOTE").state()).isEqualTo(ItemState.PENDING);
    }

    @Test
    void aMissingAnswerOrTickOrABadNationalIdIsRefused() {
        assertBroken("rule.answer.required", () -> ServiceRequest.atKiosk(SUPPORT, "2026-000002", requester(),
                Map.of("MEMBER_IDENTITY", VALID_ID), Set.of("GUIDE_ACK"), "kiosk", T0));
        assertBroken("rule.answer.confirmationRequired", () -> ServiceRequest.atKiosk(SUPPORT, "2026-000002",
                requester(), Map.of("MEMBER_IDENTITY", VALID_ID, "SUPPORT_DESCRIPTION", "x"), Set.of(), "kiosk", T0));
        assertThat(catchKey(() -> ServiceRequest.checkAnswer(SUPPORT.checklist().get(0), "1234"))).startsWith("rule.");
        assertBroken("rule.answer.tooLong", () -> ServiceRequest.checkAnswer(SUPPORT.checklist().get(1),
                "x".repeat(ItemVerification.NOTE_MAX + 1)));
        assertThat(ServiceRequest.checkAnswer(SUPPORT.checklist().get(4), "  ")).isNull();
    }

    @Test
    void aMembershipApplicationIsNotFiledThisWay() {
        assertBroken("rule.request.wrongType", () -> ServiceRequest.atKiosk(Requests.application(), "2026-000003",
                requester(), Map.of(), Set.of(), "kiosk", T0));
    }

    private static String catchKey(Runnable call) {
        try {
            call.run();
            return "";
        } catch (coop.khidma.platform.i18n.DomainException broken) {
            return broken.key();
        }
    }
}
