package coop.khidma.intake.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.documents.HandedFile;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A paper kept with a request: the scanned copy of a letter the association received, or a document the member
 * handed in. PDF, JPEG or PNG only, recognised by the file's first bytes (never by its name), at most
 * {@value #MAX_BYTES} bytes; its SHA-256 shows it is unchanged. Written once, never edited; deleted with the
 * request's personal data when the retention period ends. Serves policy item 2 (the information the member provides,
 * matched at submission) for requests that came by letter.
 */
@Entity
@Table(name = "request_attachment")
public class Attachment {

    /** 10 MB: a scanned letter of several pages at office scanner quality. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int NAME_MAX = 200;
    public static final String PDF = HandedFile.PDF;
    public static final String JPEG = HandedFile.JPEG;
    public static final String PNG = HandedFile.PNG;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ServiceRequest request;

    @Column(name = "file_name", nullable = false, updatable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
        // for the persistence provider only
    }

    /** Made by {@link ServiceRequest#attach}; breaks {@code rule.attachment.empty}, {@code .tooLarge} or {@code .type}. */
    static Attachment of(ServiceRequest request, String fileName, byte[] content, String by, Instant at) {
        Attachment attachment = new Attachment();
        attachment.request = Objects.requireNonNull(request, "request");
        attachment.contentType = typeOf(content);
        attachment.content = content.clone();
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.fileName = cleanName(fileName, attachment.contentType);
        attachment.uploadedBy = Objects.requireNonNull(by, "by");
        attachment.uploadedAt = Objects.requireNonNull(at, "at");
        return attachment;
    }

    /**
     * What the bytes are, from their signature: PDF, JPEG or PNG; anything else (a renamed file included) is refused.
     * Breaks {@code rule.attachment.empty}, {@code rule.attachment.tooLarge} or {@code rule.attachment.type}.
     */
    public static String typeOf(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("rule.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("rule.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return HandedFile.kind(content).orElseThrow(() -> new DomainException("rule.attachment.type"));
    }

    /** The audit fact: which request, what kind of file and its fingerprint (never the file's name: it may name a person). */
    public Change attached() {
        return Change.of(ServiceRequest.SUBJECT_TYPE, request.reference(), "attach", null, contentType, uploadedBy,
                uploadedAt, sizeBytes + " bytes, sha256 " + sha256.substring(0, 16));
    }

    /** The audit fact of someone opening the paper. */
    public Change opened(String by, Instant at) {
        return Change.of(ServiceRequest.SUBJECT_TYPE, request.reference(), "openAttachment", null, contentType, by, at,
                "sha256 " + sha256.substring(0, 16));
    }

    /** The file's own name without any folder, cut to {@value #NAME_MAX} characters, or a plain one when it has none. */
    static String cleanName(String fileName, String contentType) {
        return HandedFile.cleanName(fileName, "scan" + switch (contentType) {
            case PDF -> ".pdf";
            case JPEG -> ".jpg";
            default -> ".png";
        }, NAME_MAX);
    }

    private static String sha256(byte[] content) {
        return HandedFile.sha256(content);
    }

    public Long id() {
        return id;
    }

    public ServiceRequest request() {
        return request;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
