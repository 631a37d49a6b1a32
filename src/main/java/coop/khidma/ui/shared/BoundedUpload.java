package coop.khidma.ui.shared;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An upload the server keeps in memory only up to a limit (ASVS 5.0, 5.2.1): the browser's own size check is a
 * courtesy, so the server counts the bytes while they arrive and stops reading one past the limit — a multipart
 * request is cut off by the upload parser at the same limit, a raw one here — and answers {@code 413}; the field is
 * told, and nothing is kept. One file per request.
 */
public final class BoundedUpload implements UploadHandler {

    private static final int TOO_LARGE = 413;
    /** Room for the multipart framing around the one file. */
    private static final long FRAMING = 64 * 1024;

    private final long maxBytes;
    private final InMemoryUploadCallback arrived;
    private final SerializableRunnable refused;

    private BoundedUpload(long maxBytes, InMemoryUploadCallback arrived, SerializableRunnable refused) {
        this.maxBytes = maxBytes;
        this.arrived = arrived;
        this.refused = refused;
    }

    /** Keeps a file of at most {@code maxBytes}, handed to {@code arrived}; a larger one calls {@code refused}. */
    public static BoundedUpload of(long maxBytes, InMemoryUploadCallback arrived, SerializableRunnable refused) {
        return new BoundedUpload(maxBytes, arrived, refused);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        if (bytes == null) {
            event.getResponse().setStatus(TOO_LARGE);
            event.getUI().access(refused::run);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length);
        event.getUI().access(() -> {
            try {
                arrived.complete(metadata, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        if (response instanceof VaadinServletResponse servlet
                && servlet.getHttpServletResponse().getStatus() == TOO_LARGE) {
            return; // refused on purpose: keep the 413
        }
        UploadHandler.super.responseHandled(success, response);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + FRAMING;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /** The whole stream when it holds at most {@code max} bytes, else {@code null} (having read one byte past it). */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes(Math.toIntExact(max + 1));
        return bytes.length > max ? null : bytes;
    }
}
