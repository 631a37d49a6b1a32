package coop.khidma.ui.console.assemblyday;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import coop.khidma.assembly.boundary.AssemblyDay;
import coop.khidma.assembly.control.Quorum;
import coop.khidma.ui.console.Facts;

/**
 * Attendance and the quorum at a glance: members (and shares) present in person and by proxy of those entitled, and
 * for the first and — when the bylaws allow it — second meeting time what the quorum requires and whether it is
 * reached, the meeting time now held marked.
 */
class QuorumPanel extends Div {

    QuorumPanel() {
        addClassName("request-facts");
        setId("assembly-quorum");
    }

    void show(AssemblyDay day) {
        removeAll();
        fact("assembly-day-entitled", "assemblyday.entitled",
                getTranslation("assemblyday.count", day.entitled().members(), day.entitled().shares()));
        fact("assembly-day-in-person", "assemblyday.inPerson",
                getTranslation("assemblyday.count", day.inPerson().members(), day.inPerson().shares()));
        fact("assembly-day-by-proxy", "assemblyday.byProxy",
                getTranslation("assemblyday.count", day.byProxy().members(), day.byProxy().shares()));
        fact("assembly-day-present", "assemblyday.present",
                getTranslation("assemblyday.count", day.present().members(), day.present().shares()));
        threshold("assembly-quorum-first", "assemblyday.quorum.first", day, day.quorum().first(),
                !day.secondMeetingHeld());
        if (day.quorum().second() != null) {
            threshold("assembly-quorum-second", "assemblyday.quorum.second", day, day.quorum().second(),
                    day.secondMeetingHeld());
        }
    }

    private void threshold(String id, String labelKey, AssemblyDay day, Quorum.Threshold threshold, boolean held) {
        String basis = getTranslation("assemblyday.basis." + day.quorum().basis());
        String text = getTranslation(threshold.reached() ? "assemblyday.quorum.reached" : "assemblyday.quorum.notReached",
                threshold.present(), threshold.required(), threshold.percent(), basis)
                + (held ? " · " + getTranslation("assemblyday.quorum.held") : "");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("request-fact-label");
        Span value = new Span(text);
        value.setId(id);
        value.addClassName("request-fact-value");
        value.getElement().setAttribute("data-reached", String.valueOf(threshold.reached()));
        value.getElement().getThemeList().add(threshold.reached() ? "badge success" : "badge error");
        Div fact = new Div(label, value);
        fact.addClassName("request-fact");
        add(fact);
    }

    private void fact(String id, String labelKey, String value) {
        Facts.fact(this, id, labelKey, value);
    }
}
