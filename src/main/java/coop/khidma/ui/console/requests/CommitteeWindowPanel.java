package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.CommitteeWindow;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.FormEvent;

import java.time.LocalDate;

/**
 * The committee's window in both calendars and each stop of its clock; when the boundary allows the reader to
 * ({@code mayStopOrRestart}), stopping the running clock from a day with a reason ({@link Stopped}) or restarting the
 * stopped one on a day ({@link Restarted}). Calls no service: the view does, and shows a broken rule at its field
 * through {@link #showError}.
 */
public class CommitteeWindowPanel extends Div {

    /** The clock to stop from {@code day}, for {@code reason}. */
    public record Stop(LocalDate day, String reason) {
    }

    public static class Stopped extends FormEvent<CommitteeWindowPanel, Stop> {
        Stopped(CommitteeWindowPanel panel, Stop stop) {
            super(panel, stop);
        }
    }

    /** The clock to restart on the day typed. */
    public static class Restarted extends FormEvent<CommitteeWindowPanel, LocalDate> {
        Restarted(CommitteeWindowPanel panel, LocalDate day) {
            super(panel, day);
        }
    }

    private final DatePicker day = Facts.datePicker(getTranslation("console.window.day"),
            LocalDate.now(HijriDates.RIYADH));
    private TextField reason;

    public CommitteeWindowPanel(CommitteeWindow window, boolean mayStopOrRestart) {
        add(facts(window), stops(window));
        if (mayStopOrRestart) {
            add(clockActions(window));
        }
    }

    private Component facts(CommitteeWindow window) {
        Div facts = new Div();
        facts.addClassName("request-facts");
        facts.setId("handover");
        Facts.fact(facts, "handover-on", "console.request.handedOver", both(window.handedOverOn()));
        Facts.fact(facts, "handover-earliest", "console.committee.earliest", window.earliestDecision() == null
                ? getTranslation("console.window.stopped") : both(window.earliestDecision()));
        Facts.fact(facts, "handover-expected", "console.request.expected", window.expectedDecision() == null
                ? getTranslation("console.window.stopped") : both(window.expectedDecision()));
        return facts;
    }

    private Component stops(CommitteeWindow window) {
        Div stops = new Div();
        stops.setId("clock-stops");
        stops.addClassName("request-list");
        for (CommitteeWindow.Stop stop : window.stops()) {
            String until = stop.toInclusive() == null ? getTranslation("console.window.stillWaiting")
                    : both(stop.toInclusive());
            Div row = new Div(new Span(getTranslation("console.window.stop", both(stop.from()), until)),
                    new Span(stop.reason()), new Span(stop.by()));
            row.addClassName("request-list-row");
            stops.add(row);
        }
        return stops;
    }

    private Component clockActions(CommitteeWindow window) {
        day.setId("clock-day");
        Div group = new Div(day);
        group.addClassName("request-action-text");
        if (window.paused()) {
            Button restart = new Button(getTranslation("console.window.restart"), VaadinIcon.PLAY.create(),
                    click -> fireEvent(new Restarted(this, day.getValue())));
            restart.setId("clock-restart");
            group.add(restart);
        } else {
            reason = new TextField();
            reason.setId("clock-reason");
            reason.setPlaceholder(getTranslation("console.window.reason"));
            Button stop = new Button(getTranslation("console.window.stopAction"), VaadinIcon.PAUSE.create(),
                    click -> fireEvent(new Stopped(this, new Stop(day.getValue(), reason.getValue()))));
            stop.setId("clock-stop");
            group.add(reason, stop);
        }
        return group;
    }

    /** Shows a broken rule at the reason or the day; false when it concerns neither. */
    public boolean showError(String ruleKey, String message) {
        return Facts.showAt(ruleKey.startsWith("rule.reason.") ? reason
                : ruleKey.startsWith("rule.review.") ? day : null, message);
    }

    public Registration addStoppedListener(ComponentEventListener<Stopped> listener) {
        return addListener(Stopped.class, listener);
    }

    public Registration addRestartedListener(ComponentEventListener<Restarted> listener) {
        return addListener(Restarted.class, listener);
    }

    private String both(LocalDate day) {
        return HijriDates.both(day, getLocale());
    }
}
