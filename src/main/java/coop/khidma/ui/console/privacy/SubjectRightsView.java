package coop.khidma.ui.console.privacy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import coop.khidma.platform.personaldata.CorrectionField;
import coop.khidma.platform.security.Roles;
import coop.khidma.privacy.boundary.SubjectCase;
import coop.khidma.privacy.boundary.SubjectRights;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static coop.khidma.ui.console.Facts.fact;

/**
 * The data subject's rights (PDPL) as staff carry them out: open the person's request by its reference (filed and
 * verified like any request) with the national ID verified against the original, see exactly which records the right
 * covers, then, by its type, prepare and download the copy of their data in Arabic and English, or propose the
 * correction or the erasure, which a supervisor who did not propose it approves (carrying it out) or declines. The
 * rules (identity verified, the second person, current members kept, open requests) are the boundary's.
 */
@Route(value = "console/privacy/subject", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class SubjectRightsView extends Div implements HasDynamicTitle {

    private final SubjectRights rights;
    private final TextField reference = new TextField();
    private final Div work = new Div();
    private SubjectCase current;

    @Inject
    public SubjectRightsView(SubjectRights rights) {
        this.rights = rights;
        addClassName("console-page");
        addClassName("privacy-page");
        reference.setId("subject-reference");
        reference.setLabel(getTranslation("privacy.subject.reference"));
        reference.setPlaceholder("2026-000042");
        Button open = new Button(getTranslation("privacy.subject.open"), VaadinIcon.SEARCH.create(), click -> open());
        open.setId("subject-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Div bar = new Div(reference, open);
        bar.addClassName("console-filters");
        work.setId("subject-work");
        add(new H2(getTranslation("privacy.subject.title")), new Paragraph(getTranslation("privacy.subject.intro")),
                bar, work);
    }

    private void open() {
        try {
            current = rights.open(reference.getValue());
            reference.setInvalid(false);
            render();
        } catch (RuntimeException failure) {
            work.removeAll();
            reference.setErrorMessage(ErrorMessages.messageFor(failure, getLocale()));
            reference.setInvalid(true);
        }
    }

    private void render() {
        work.removeAll();
        Div facts = new Div();
        facts.addClassName("request-facts");
        fact(facts, "subject-type", "privacy.subject.type", getTranslation("requestType." + current.typeCode()));
        fact(facts, "subject-status", "privacy.subject.status", getTranslation("status." + current.status()));
        fact(facts, "subject-requester", "privacy.subject.requester", current.requesterName());
        fact(facts, "subject-mobile", "privacy.subject.mobile", current.requesterMobile());
        fact(facts, "subject-national-id-recorded", "privacy.subject.nationalId", current.nationalId() == null
                ? getTranslation("privacy.subject.noNationalId") : current.nationalId());
        if (current.correctionAsked() != null) {
            fact(facts, "subject-correction-asked", "privacy.subject.correctionAsked", current.correctionAsked());
        }
        work.add(facts);
        if (!current.actionable()) {
            Paragraph wait = new Paragraph(getTranslation("privacy.subject.notYet"));
            wait.setId("subject-not-yet");
            work.add(wait);
            return;
        }
        TextField nationalId = new TextField(getTranslation("privacy.subject.nationalIdVerified"));
        nationalId.setId("subject-national-id");
        nationalId.setHelperText(getTranslation("privacy.subject.nationalIdVerifiedHelp"));
        if (current.nationalId() == null && current.waiting() == null) {
            work.add(nationalId);
        }
        work.add(preview(nationalId));
        if (current.waiting() != null) {
            String doneKey = current.waiting().field() == null ? "privacy.subject.erased" : "privacy.subject.corrected";
            work.add(new WaitingApproval(current.waiting(),
                    () -> act(() -> rights.approve(current.ref()).ref().reference(), doneKey),
                    () -> act(() -> rights.decline(current.ref()).ref().reference(), "privacy.approval.declined")));
            return;
        }
        work.add(switch (current.typeCode()) {
            case SubjectRights.EXPORT -> export(nationalId);
            case SubjectRights.CORRECTION -> correction(nationalId);
            default -> erasure(nationalId);
        });
    }

    /** Shows exactly which records the right covers, before anything happens. */
    private Component preview(TextField nationalId) {
        Div area = new Div();
        Button show = new Button(getTranslation("privacy.preview.show"), VaadinIcon.LIST.create());
        show.setId("subject-preview");
        show.addClickListener(click -> {
            try {
                String typed = current.waiting() != null ? current.waiting().nationalId() : nationalId.getValue();
                RecordsPreview records = new RecordsPreview(rights.preview(current.ref(), typed));
                area.removeAll();
                area.add(show, records);
            } catch (RuntimeException failure) {
                ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            }
        });
        area.add(show);
        return area;
    }

    private Component export(TextField nationalId) {
        Div area = new Div();
        Button prepare = new Button(getTranslation("privacy.subject.prepare"), VaadinIcon.FILE_TEXT.create());
        prepare.setId("subject-export");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClickListener(click -> {
            try {
                SubjectRights.Export export = rights.export(current.ref(), nationalId.getValue());
                byte[] content = export.content();
                Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(content), export.fileName(), "text/html;charset=UTF-8",
                        content.length)), getTranslation("privacy.subject.download", export.fileName()));
                download.setId("subject-download");
                download.setDownload(true);
                area.removeAll();
                area.add(new H3(getTranslation("privacy.subject.ready")), download);
                current = rights.open(export.request().ref().reference());
            } catch (RuntimeException failure) {
                ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            }
        });
        area.add(new Paragraph(getTranslation("privacy.subject.exportExplained")), prepare);
        return area;
    }

    private Component correction(TextField nationalId) {
        ComboBox<CorrectionField> field = new ComboBox<>(getTranslation("privacy.subject.field"));
        field.setId("subject-field");
        field.setItems(CorrectionField.values());
        field.setItemLabelGenerator(item -> getTranslation("privacy.correction." + item));
        TextField value = new TextField(getTranslation("privacy.subject.value"));
        value.setId("subject-value");
        Button apply = new Button(getTranslation("privacy.approval.proposeCorrection"), VaadinIcon.EDIT.create());
        apply.setId("subject-correct");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> {
            if (field.getValue() == null) {
                field.setErrorMessage(getTranslation("privacy.subject.chooseField"));
                field.setInvalid(true);
                return;
            }
            field.setInvalid(false);
            act(() -> rights.proposeCorrection(current.ref(), nationalId.getValue(), field.getValue(),
                    value.getValue()).ref().reference(), "privacy.approval.proposed", value::setErrorMessage,
                    value::setInvalid);
        });
        Div area = new Div(field, value, apply);
        area.addClassName("console-filters");
        return area;
    }

    private Component erasure(TextField nationalId) {
        Checkbox sure = new Checkbox(getTranslation("privacy.subject.eraseSure"));
        sure.setId("subject-erase-sure");
        Button erase = new Button(getTranslation("privacy.approval.proposeErasure"), VaadinIcon.ERASER.create());
        erase.setId("subject-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.setEnabled(false);
        sure.addValueChangeListener(change -> erase.setEnabled(change.getValue()));
        Span error = new Span();
        error.setId("subject-erase-error");
        error.addClassName("privacy-error");
        erase.addClickListener(click -> act(() -> rights.proposeErasure(current.ref(), nationalId.getValue()).ref()
                .reference(), "privacy.approval.proposed", error::setText, invalid -> error.setVisible(invalid)));
        return new Div(new Paragraph(getTranslation("privacy.subject.eraseExplained")), sure, erase, error);
    }

    private void act(Supplier<String> action, String doneKey) {
        act(action, doneKey, ErrorMessages::show, invalid -> { });
    }

    /** Runs the action (it gives the request's reference), then shows the request as it now stands. */
    private void act(Supplier<String> action, String doneKey, Consumer<String> showError,
                     Consumer<Boolean> markInvalid) {
        try {
            String done = action.get();
            current = rights.open(done);
            Notification.show(getTranslation(doneKey, done), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (RuntimeException failure) {
            showError.accept(ErrorMessages.messageFor(failure, getLocale()));
            markInvalid.accept(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.subject.title") + " — " + getTranslation("console.title");
    }
}
