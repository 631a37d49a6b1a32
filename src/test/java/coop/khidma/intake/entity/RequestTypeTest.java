package coop.khidma.intake.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static coop.khidma.intake.entity.ItemKind.DOCUMENT;
import static coop.khidma.intake.entity.ItemKind.FIELD;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class RequestTypeTest {

    private static final ChecklistItem QUESTION = ChecklistItem.mandatory("QUESTION", "السؤال", "The question", FIELD);

    @Test
    void aTypeKeepsItsChecklistInOrder() {
        RequestType type = Requests.application();
        assertThat(type.checklist()).extracting(ChecklistItem::code).containsExactly("NATIONAL_ID_COPY", "FULL_NAME",
                "SHARES", "SHARES_PAYMENT", "BYLAWS_ACK", "EMAIL");
        assertThat(type.needsCommittee()).isTrue();
        assertThat(type.isActive()).isTrue();
    }

    @Test
    void aChecklistNeedsItemsWithDistinctCodes() {
        assertBroken("rule.checklist.empty", () -> RequestType.define("INQUIRY", "استفسار", "Inquiry", false, List.of()));
        assertBroken("rule.checklist.duplicateItem", () -> RequestType.define("INQUIRY", "استفسار", "Inquiry", false,
                List.of(QUESTION, QUESTION)));
    }

    @Test
    void codesNamesAndLabelsAreChecked() {
        assertBroken("rule.requestType.code", () -> RequestType.define("inquiry", "استفسار", "Inquiry", false,
                List.of(QUESTION)));
        assertBroken("rule.requestType.name", () -> RequestType.define("INQUIRY", " ", "Inquiry", false,
                List.of(QUESTION)));
        assertBroken("rule.checklist.code", () -> ChecklistItem.optional("Q", "س", "Q", FIELD));
        assertBroken("rule.checklist.label", () -> ChecklistItem.optional("QQ", "س", "x".repeat(201), DOCUMENT));
        ChecklistItem.optional("QQ", "س", "x".repeat(200), DOCUMENT);
    }

    @Test
    void aRevisionReplacesTheChecklistButNotThoseOfFiledRequests() {
        RequestType type = Requests.inquiry();
        ServiceRequest filed = Requests.submitted(type);
        type.revise("استفسار", "Question", false, List.of(QUESTION,
                ChecklistItem.optional("TOPIC", "الموضوع", "Topic", FIELD)));
        assertThat(type.checklist()).hasSize(2);
        assertThat(filed.items()).hasSize(1);
    }
}
