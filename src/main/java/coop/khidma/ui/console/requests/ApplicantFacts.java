package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.html.Div;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.ui.console.Facts;

/** The person who applies for membership, as the application gives them. */
public class ApplicantFacts extends Div {

    public ApplicantFacts(RequestView.ApplicantView person) {
        addClassName("request-facts");
        setId("request-applicant");
        Facts.fact(this, "applicant-id", "console.request.nationalId", person.nationalId());
        Facts.fact(this, "applicant-ar", "console.request.nameArabic", person.nameArabic());
        Facts.fact(this, "applicant-latin", "console.request.nameLatin", person.nameLatin());
        Facts.fact(this, "applicant-city", "console.request.city", person.city());
        Facts.fact(this, "applicant-shares", "console.request.shares", String.valueOf(person.shares()));
    }
}
