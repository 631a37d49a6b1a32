package coop.khidma.knowledge.entity;

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
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One edition of the association's bylaws (اللائحة الأساسية) as the real document: the PDF an administrator uploaded,
 * shown and printed at the kiosk and on the website. The bytes must be a PDF (by their signature, not the file's name)
 * of at most {@value #MAX_BYTES} bytes. Written once, never edited: a new upload is the next edition.
 */
@Entity
@Table(name = "bylaws_document")
public class BylawsDocument {

    public static final String SUBJECT_TYPE = "BYLAWS";
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int NAME_MAX = 255;
    public static final String PDF = HandedFile.PDF;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private int edition;

    @Column(name = "file_name", nullable = false, updatable = false, length = NAME_MAX)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected BylawsDocument() {
        // for the persistence provider only
    }

    /**
     * Edition {@code edition} of the bylaws. Breaks {@code rule.bylaws.empty}, {@code rule.bylaws.tooLarge} or
     * {@code rule.bylaws.notPdf} (see {@link #check}).
     */
    public static BylawsDocument upload(int edition, String fileName, byte[] content, String by, Instant at) {
        check(content);
        BylawsDocument document = new BylawsDocument();
        document.edition = edition;
        document.fileName = cleanName(fileName);
        document.content = content.clone();
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.uploadedBy = Objects.requireNonNull(by, "by");
        document.uploadedAt = Objects.requireNonNull(at, "at");
        return document;
    }

    /**
     * The bytes are a PDF of at most {@value #MAX_BYTES} bytes: they begin with {@code %PDF-} (a file renamed to .pdf
     * is not). Breaks {@code rule.bylaws.empty}, {@code rule.bylaws.tooLarge} (with the limit in MB) or
     * {@code rule.bylaws.notPdf}.
     */
    public static void check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("rule.bylaws.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("rule.bylaws.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (!HandedFile.kind(content).filter(HandedFile.PDF::equals).isPresent()) {
            throw new DomainException("rule.bylaws.notPdf");
        }
    }

    /** The audit fact: which edition, its size and fingerprint. */
    public Change uploaded() {
        return Change.of(SUBJECT_TYPE, "edition " + edition, "uploadBylaws", null, "PUBLISHED", uploadedBy,
                uploadedAt, sizeBytes + " bytes, sha256 " + sha256.substring(0, 16));
    }

    static String cleanName(String fileName) {
        return HandedFile.cleanName(fileName, "bylaws.pdf", NAME_MAX);
    }

    private static String sha256(byte[] content) {
        return HandedFile.sha256(content);
    }

    public Long id() {
        return id;
    }

    public int edition() {
        return edition;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content.clone();
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
