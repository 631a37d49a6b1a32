package coop.khidma.ui.console.requests;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.shared.Registration;
import coop.khidma.intake.boundary.Paper;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.ui.shared.BoundedUpload;

import java.util.List;

/**
 * A paper to keep with a request: the scanned copy of a letter, or a document the member handed in. The browser
 * refuses at once a file that is not a PDF, JPEG or PNG by its name, or that is larger than {@link Paper#MAX_BYTES};
 * the server checks the bytes themselves again when the paper is kept, and the view shows what it refused here, at
 * the field. Emits a {@link Chosen} event once a file has arrived; calls no service.
 */
public class PaperField extends Div {

    private final Upload upload;
    private final Span label = new Span();
    private final Span error = new Span();
    private Paper paper;

    /** A paper arrived from the browser: {@link #typed()} is the paper. */
    public static class Chosen extends FormEvent<PaperField, Paper> {
        Chosen(PaperField field, Paper paper) {
            super(field, paper);
        }
    }

    public PaperField(String id, String labelKey) {
        setId(id);
        addClassName("paper-field");
        label.setText(getTranslation(labelKey));
        label.addClassName("paper-field-label");
        upload = new Upload(BoundedUpload.of(Paper.MAX_BYTES, (metadata, bytes) -> {
            paper = new Paper(metadata.fileName(), bytes);
            clearError();
            fireEvent(new Chosen(this, paper));
        }, () -> showError(Messages.get(getLocale(), "rule.attachment.tooLarge", Paper.MAX_BYTES / (1024 * 1024)))));
        upload.setId(id + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Paper.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setDropAllowed(true);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
        upload.addFileRemovedListener(removed -> {
            paper = null;
            clearError();
        });
        Span hint = new Span(getTranslation("console.paper.hint", Paper.MAX_BYTES / (1024 * 1024)));
        hint.addClassName("paper-field-hint");
        error.setId(id + "-error");
        error.addClassName("paper-field-error");
        error.setVisible(false);
        add(label, upload, hint, error);
    }

    /** The file that arrived, or {@code null}. */
    public Paper paper() {
        return paper;
    }

    /** Marks the field as required (a letter is registered with its scan) or not. */
    public void setRequired(boolean required) {
        label.setText(getTranslation(required ? "console.paper.required" : "console.paper.optional",
                getTranslation("console.paper.label")));
    }

    /** Shows why the paper was refused, beneath it; what was typed elsewhere stays. */
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        getElement().setAttribute("invalid", true);
    }

    /** The server refused the file: it is forgotten (so another can be chosen) and the reason shown beneath. */
    public void refuse(String message) {
        clear();
        showError(message);
    }

    public void clearError() {
        error.setVisible(false);
        getElement().removeAttribute("invalid");
    }

    /** Forgets the file (after it was kept). */
    public void clear() {
        paper = null;
        upload.clearFileList();
        clearError();
    }

    public Registration addChosenListener(ComponentEventListener<Chosen> listener) {
        return addListener(Chosen.class, listener);
    }

    private UploadI18N i18n() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("console.paper.drop"))
                        .setMany(getTranslation("console.paper.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("console.paper.add"))
                        .setMany(getTranslation("console.paper.add")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("console.paper.tooMany"))
                        // the browser's refusals say what the server's would
                        .setFileIsTooBig(Messages.get(getLocale(), "rule.attachment.tooLarge", Paper.MAX_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(Messages.get(getLocale(), "rule.attachment.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("console.paper.connecting"))
                                .setStalled(getTranslation("console.paper.stalled"))
                                .setProcessing(getTranslation("console.paper.processing"))
                                .setHeld(getTranslation("console.paper.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("console.paper.remaining"))
                                .setUnknown(getTranslation("console.paper.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("console.paper.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("console.paper.serverError"))
                                .setForbidden(getTranslation("console.paper.forbidden"))))
                .setFile(new UploadI18N.File().setRetry(getTranslation("console.paper.retry"))
                        .setStart(getTranslation("console.paper.start"))
                        .setRemove(getTranslation("console.paper.remove")))
                .setUnits(List.of(getTranslation("console.paper.units").split(",")));
    }
}
