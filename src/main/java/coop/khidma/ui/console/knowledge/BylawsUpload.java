package coop.khidma.ui.console.knowledge;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import coop.khidma.knowledge.boundary.Bylaws;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.ui.console.FormEvent;

import java.io.IOException;
import java.io.InputStream;

/**
 * An administrator's upload of the bylaws PDF. The browser refuses at once a file that is not named a PDF or is larger
 * than {@link Bylaws#MAX_BYTES}; the server stops reading at the limit while the file arrives (the request is refused
 * beyond it, and no more than the limit and one byte is ever held), and the boundary checks the bytes themselves.
 * Emits {@link Chosen} with what arrived; calls no service.
 */
public class BylawsUpload extends Div {

    /** What arrived: the file's name and its bytes (at most the limit and one byte). */
    public record File(String name, byte[] content) {
    }

    public static class Chosen extends FormEvent<BylawsUpload, File> {
        Chosen(BylawsUpload field, File file) {
            super(field, file);
        }
    }

    private final Upload upload;
    private final Span error = new Span();

    public BylawsUpload() {
        setId("bylaws-upload");
        addClassName("paper-field");
        upload = new Upload(new CappedHandler());
        upload.setId("bylaws-upload-field");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Bylaws.MAX_BYTES);
        upload.setAcceptedFileTypes(Bylaws.PDF_TYPE, ".pdf");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("bylaws.upload"))
                        .setMany(getTranslation("bylaws.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("console.paper.drop"))
                        .setMany(getTranslation("console.paper.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(Messages.get(getLocale(), "rule.bylaws.tooLarge", Bylaws.MAX_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(Messages.get(getLocale(), "rule.bylaws.notPdf"))
                        .setTooManyFiles(getTranslation("console.paper.tooMany"))));
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage()));
        Span hint = new Span(getTranslation("bylaws.upload.hint", Bylaws.MAX_BYTES / (1024 * 1024)));
        hint.addClassName("paper-field-hint");
        error.setId("bylaws-upload-error");
        error.addClassName("paper-field-error");
        error.setVisible(false);
        add(upload, hint, error);
    }

    /** The server refused the file: the reason beneath, the field ready for another. */
    public void refuse(String message) {
        upload.clearFileList();
        error.setText(message);
        error.setVisible(true);
    }

    public void clear() {
        upload.clearFileList();
        error.setVisible(false);
    }

    public Registration addChosenListener(ComponentEventListener<Chosen> listener) {
        return addListener(Chosen.class, listener);
    }

    /** Reads at most the limit and one byte, and tells the servlet's multipart parser the same limit. */
    private final class CappedHandler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(Bylaws.MAX_BYTES + 1);
            }
            File file = new File(event.getFileName(), content);
            event.getUI().access(() -> {
                error.setVisible(false);
                fireEvent(new Chosen(BylawsUpload.this, file));
            });
        }

        @Override
        public long getFileSizeMax() {
            return Bylaws.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return Bylaws.MAX_BYTES + 64 * 1024L;
        }
    }
}
