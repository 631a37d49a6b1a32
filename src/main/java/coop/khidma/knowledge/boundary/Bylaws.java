package coop.khidma.knowledge.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.knowledge.entity.BylawsDocument;
import coop.khidma.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The association's bylaws as the real document (policy: the bylaws shelf, one of the three tools it gives staff):
 * an administrator uploads the PDF, each upload the next edition, audited; anyone — the kiosk, the website — reads
 * the newest edition. When none was uploaded, there is none: nothing stands in for it.
 */
@Stateless
public class Bylaws {

    /** The newest edition without its bytes: what the shelves say about it. */
    public record Edition(int edition, String fileName, int sizeBytes, String uploadedBy, Instant uploadedAt) {

        static Edition of(BylawsDocument document) {
            return new Edition(document.edition(), document.fileName(), document.sizeBytes(), document.uploadedBy(),
                    document.uploadedAt());
        }
    }

    /** The newest edition with its bytes, to serve. */
    public record Pdf(Edition edition, byte[] content) {
    }

    public static final String PDF_TYPE = BylawsDocument.PDF;
    public static final int MAX_BYTES = BylawsDocument.MAX_BYTES;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /**
     * Publishes {@code content} as the next edition of the bylaws. Breaks {@code rule.bylaws.empty},
     * {@code rule.bylaws.tooLarge} or {@code rule.bylaws.notPdf}.
     */
    @RolesAllowed(Roles.ADMIN)
    public Edition upload(String fileName, byte[] content) {
        BylawsDocument.check(content);
        Integer newest = em.createQuery("SELECT MAX(d.edition) FROM BylawsDocument d", Integer.class)
                .getSingleResult();
        BylawsDocument document = BylawsDocument.upload(newest == null ? 1 : newest + 1, fileName, content,
                caller.getCallerPrincipal().getName(), clock.instant());
        em.persist(document);
        audit.record(document.uploaded());
        return Edition.of(document);
    }

    /** The newest edition, or empty when no bylaws document was uploaded yet. */
    @PermitAll
    public Optional<Edition> current() {
        return newest().map(Edition::of);
    }

    /** The newest edition's PDF, or empty when no bylaws document was uploaded yet. */
    @PermitAll
    public Optional<Pdf> pdf() {
        return newest().map(document -> new Pdf(Edition.of(document), document.content()));
    }

    private Optional<BylawsDocument> newest() {
        return em.createQuery("SELECT d FROM BylawsDocument d ORDER BY d.edition DESC", BylawsDocument.class)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
