package coop.khidma.ui.console.committee;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import coop.khidma.review.boundary.AgendaRow;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.ui.shared.ErrorMessages;

/**
 * An administrator records the exception that lets the committee decide an item before the member's two weeks are
 * over: why, and the reference of the board's decision that allows it (the boundary refuses either missing).
 */
class EarlyDecisionException extends Div {

    EarlyDecisionException(Reviews reviews, AgendaRow row, Runnable recorded) {
        TextField reason = new TextField();
        reason.setId("override-reason-" + row.reference());
        reason.setPlaceholder(getTranslation("console.committee.overrideReason"));
        reason.setAriaLabel(getTranslation("console.committee.overrideReason"));
        TextField board = new TextField();
        board.setId("override-board-" + row.reference());
        board.setPlaceholder(getTranslation("console.committee.boardReference"));
        board.setAriaLabel(getTranslation("console.committee.boardReference"));
        board.setMaxLength(60);
        Button record = new Button(getTranslation("console.committee.override"), VaadinIcon.UNLOCK.create(), click -> {
            try {
                reviews.overrideFloor(row.id(), reason.getValue(), board.getValue());
            } catch (RuntimeException failure) {
                ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
                return;
            }
            recorded.run();
        });
        record.setId("override-" + row.reference());
        add(reason, board, record);
        addClassName("request-action-text");
    }
}
