package coop.khidma.ui.console.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.control.ChainReport.Break;

/**
 * The audit screen's "Verify the chain" button and what it found: "chain intact up to entry N" or "broken at entry N"
 * and what differs there. The verification is the boundary's ({@link AuditTrail#verifyChain}, administrators only).
 */
class ChainCheck extends Div {

    private final Span result = new Span();

    ChainCheck(AuditTrail trail) {
        addClassName("audit-chain");
        Button verify = new Button(getTranslation("admin.audit.chain.verify"), VaadinIcon.LINK.create(),
                click -> show(trail.verifyChain()));
        verify.setId("audit-chain-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
        verify.setDisableOnClick(true);
        verify.addClickListener(click -> verify.setEnabled(true));
        result.setId("audit-chain-result");
        result.getElement().setAttribute("role", "status");
        add(verify, result);
    }

    private void show(ChainReport report) {
        result.getElement().getThemeList().clear();
        result.getElement().getThemeList().add(report.broken() == null ? "badge success" : "badge error");
        result.setText(report.broken() == null ? intact(report) : broken(report));
        result.getElement().setAttribute("title", getTranslation("admin.audit.chain.head", report.head()));
    }

    private String intact(ChainReport report) {
        return report.lastIntactId() == null ? getTranslation("admin.audit.chain.empty")
                : getTranslation("admin.audit.chain.intact", String.valueOf(report.checked()),
                String.valueOf(report.lastIntactId()));
    }

    private String broken(ChainReport report) {
        Break broken = report.broken();
        String what = getTranslation("admin.audit.chain.fault." + broken.fault(), String.valueOf(broken.expected()));
        String where = broken.id() == null
                ? getTranslation("admin.audit.chain.brokenAfter", String.valueOf(report.lastIntactNo()), what)
                : getTranslation("admin.audit.chain.brokenAt", String.valueOf(broken.id()),
                broken.no() == null ? "—" : String.valueOf(broken.no()), what);
        return report.lastIntactId() == null ? where
                : where + " " + getTranslation("admin.audit.chain.intactUpTo", String.valueOf(report.lastIntactId()));
    }
}
