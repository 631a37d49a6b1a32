package coop.khidma.intake.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static coop.khidma.intake.entity.ItemKind.CONFIRMATION;
import static coop.khidma.intake.entity.ItemKind.DOCUMENT;
import static coop.khidma.intake.entity.ItemKind.FIELD;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator's edits of a checklist: add, reorder, mandatory or not, kiosk offer; filed requests keep theirs. */
class ChecklistAdministrationTest {

    private static RequestType lease() {
        return RequestType.define("LEASE", "طلب عقد", "Lease request", false,
                List.of(ChecklistItem.mandatory("PURPOSE", "الغرض", "Purpose", FIELD)));
    }

    @Test
    void anItemGetsACodeFromItsEnglishLabelAndGoesLast() {
        RequestType type = lease();
        ChecklistItem added = type.addItem("صورة عقد الإيجار", "Copy of the lease (signed)", DOCUMENT, false);
        assertThat(added.code()).isEqualTo("COPY_OF_THE_LEASE_SIGNED");
        assertThat(added.isMandatory()).isFalse();
        assertThat(type.checklist()).extracting(ChecklistItem::code).containsExactly("PURPOSE", "COPY_OF_THE_LEASE_SIGNED");
        assertThat(type.addItem("الغرض مرة أخرى", "purpose", FIELD, true).code()).isEqualTo("PURPOSE_2");
    }

    @Test
    void codesAreMadeFromLatinLettersAndDigits() {
        assertThat(RequestType.codeFor("  Rent -- help 2026 ", Set.of())).isEqualTo("RENT_HELP_2026");
        assertThat(RequestType.codeFor("2nd copy", Set.of())).isEqualTo("X_2ND_COPY");
        assertThat(RequestType.codeFor("A", Set.of())).isEqualTo("A_1");
        assertThat(RequestType.codeFor("x".repeat(80), Set.of())).hasSize(36);
        assertThat(RequestType.codeFor("Lease", Set.of("LEASE", "LEASE_2"))).isEqualTo("LEASE_3");
        assertBroken("rule.checklist.label", () -> RequestType.codeFor("عقد", Set.of()));
        assertBroken("rule.checklist.label", () -> lease().addItem("عقد", " ", FIELD, true));
    }

    @Test
    void itemsMoveOnePlaceAndStopAtTheEnds() {
        RequestType type = lease();
        type.addItem("الهوية", "Identity", DOCUMENT, true);
        type.addItem("الإقرار", "Statement", CONFIRMATION, true);
        type.moveItem("STATEMENT", -1);
        assertThat(type.checklist()).extracting(ChecklistItem::code).containsExactly("PURPOSE", "STATEMENT", "IDENTITY");
        type.moveItem("PURPOSE", -1);
        type.moveItem("IDENTITY", 1);
        assertThat(type.checklist()).extracting(ChecklistItem::code).containsExactly("PURPOSE", "STATEMENT", "IDENTITY");
        assertBroken("rule.checklist.unknownItem", () -> type.moveItem("NOPE", 1));
    }

    @Test
    void aRewriteEmptiesTheChecklistForTheFlushAndPutsItBackEdited() {
        RequestType type = lease();
        type.addItem("الهوية", "Identity", DOCUMENT, true);
        java.util.List<Integer> sizesAtFlush = new java.util.ArrayList<>();
        type.rewriteChecklist(edited -> edited.moveItem("IDENTITY", -1), () -> sizesAtFlush.add(type.checklist().size()));
        assertThat(sizesAtFlush).containsExactly(0);
        assertThat(type.checklist()).extracting(ChecklistItem::code).containsExactly("IDENTITY", "PURPOSE");
        assertBroken("rule.checklist.unknownItem", () -> type.rewriteChecklist(edited -> edited.toggleMandatory("NOPE"),
                () -> { }));
        assertThat(type.checklist()).hasSize(2);
    }

    @Test
    void mandatoryTogglesAndFiledRequestsKeepWhatTheyWereAsked() {
        RequestType type = lease();
        ServiceRequest filed = ServiceRequest.submit("2026-000001", type,
                new Requester("سعد", coop.khidma.person.SaudiMobile.parse("0501234567")), Channel.PHONE,
                null, "staff1", Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(type.toggleMandatory("PURPOSE").isMandatory()).isFalse();
        type.addItem("الهوية", "Identity", DOCUMENT, true);
        assertThat(type.checklist()).extracting(ChecklistItem::isMandatory).containsExactly(false, true);
        assertThat(filed.items()).singleElement().satisfies(item -> {
            assertThat(item.itemCode()).isEqualTo("PURPOSE");
            assertThat(item.isMandatory()).isTrue();
        });
    }

    @Test
    void theKioskOffersOnlyTypesGivenAPlace() {
        RequestType type = lease();
        assertThat(type.offeredAtKiosk()).isFalse();
        type.offerAtKiosk(7);
        assertThat(type.offeredAtKiosk()).isTrue();
        type.withdrawFromKiosk();
        assertThat(type.offeredAtKiosk()).isFalse();
    }
}
