package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import coop.khidma.platform.personaldata.PrivacyNotice;

/**
 * A filing's first step: the privacy notice in force, with its version, and the visitor's consent — nothing personal
 * is asked before it, and the filing carries which version was accepted.
 */
class PrivacyConsent extends Composite<Div> {

    private final Checkbox consent = new Checkbox();

    PrivacyConsent() {
        consent.setLabel(getTranslation("kiosk.request.consent"));
        consent.setId("wizard-consent");
        Paragraph version = new Paragraph(getTranslation("privacy.notice.version", PrivacyNotice.VERSION));
        version.setId("wizard-notice-version");
        version.addClassName("kiosk-privacy");
        getContent().add(new H3(getTranslation("kiosk.request.privacy.title")),
                new Paragraph(getTranslation("kiosk.request.privacy")), version, consent);
    }

    Checkbox checkbox() {
        return consent;
    }

    /** What the filing records of the notice. */
    PrivacyNotice.Acceptance acceptance() {
        return PrivacyNotice.Acceptance.ofCurrent(consent.getValue());
    }
}
