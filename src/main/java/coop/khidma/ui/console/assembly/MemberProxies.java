package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.assembly.boundary.Proxies;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.Dates;

import java.util.List;

/**
 * On a member's page: the proxies the member gave or holds at General Assembly meetings, each with the meeting, the
 * other member, and whether it is in force or was withdrawn.
 */
public class MemberProxies extends Div {

    public MemberProxies(List<Proxies.OfMember> proxies) {
        setId("member-proxies");
        addClassName("request-list");
        if (proxies.isEmpty()) {
            add(Facts.muted(getTranslation("assembly.console.member.noProxies")));
        }
        for (Proxies.OfMember found : proxies) {
            RouterLink meeting = new RouterLink(found.assembly().subject(), AssemblyView.class, found.assembly().id());
            Span when = new Span(AssemblyTexts.when(found.assembly().firstMeetingAt(), getLocale()));
            when.addClassName("request-list-when");
            String other = found.given() ? found.proxy().holderNumber() : found.proxy().grantorNumber();
            Span what = new Span(getTranslation(found.given() ? "assembly.console.member.gave"
                    : "assembly.console.member.holds", other) + " · " + (found.proxy().inForce()
                    ? getTranslation("assembly.console.proxy.inForce")
                    : getTranslation("assembly.console.proxy.withdrawnOn",
                    Dates.bothWithTime(found.proxy().withdrawnAt(), getLocale()))));
            Div row = new Div(when, meeting, what);
            row.setId("member-proxy-" + found.proxy().id());
            row.addClassName("request-list-row");
            add(row);
        }
    }
}
