package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.members.MemberView;

/**
 * The membership a request concerns: its number and the member's page; for the application that completed it, the
 * certificate to print (which shows the register's current state).
 */
public class MembershipFacts extends Div {

    public MembershipFacts(String reference, String membershipNumber, boolean application) {
        addClassName("request-facts");
        Facts.fact(this, "membership-number", "console.request.membershipNumber", membershipNumber);
        Anchor certificate = new Anchor("console/print/certificate?reference=" + reference,
                getTranslation("console.request.certificate"));
        certificate.setId("print-certificate");
        certificate.setTarget("_blank");
        RouterLink page = new RouterLink(getTranslation("console.member.open"), MemberView.class, membershipNumber);
        page.setId("member-page");
        if (application) {
            add(certificate);
        }
        add(page);
    }
}
