package coop.khidma.ui.console.privacy;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import coop.khidma.platform.personaldata.PersonalRecords.Section;
import coop.khidma.privacy.boundary.SubjectPreview;

/**
 * Exactly which records a right covers, shown before anything happens: each kind of record with how many and which
 * (by reference, membership number or name), and a warning when the request's mobile is not bound to the verified
 * national ID (records held only by that mobile are then left out).
 */
class RecordsPreview extends Div {

    RecordsPreview(SubjectPreview preview) {
        setId("subject-preview-records");
        addClassName("privacy-preview");
        add(new H3(getTranslation("privacy.preview.title")));
        Paragraph mobile = new Paragraph(getTranslation(preview.mobileBound() ? "privacy.preview.mobileBound"
                : "privacy.preview.mobileNotBound"));
        mobile.setId("subject-preview-mobile");
        add(mobile);
        UnorderedList sections = new UnorderedList();
        for (Section section : preview.sections()) {
            String entries = section.entries().isEmpty() ? getTranslation(section.noneKey())
                    : String.join("، ", section.entries().stream().map(entry -> String.valueOf(entry.title()))
                    .toList());
            sections.add(new ListItem(getTranslation("privacy.preview.section", getTranslation(section.titleKey()),
                    section.entries().size(), entries)));
        }
        add(sections);
    }
}
