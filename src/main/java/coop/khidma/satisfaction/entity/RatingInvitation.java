package coop.khidma.satisfaction.entity;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An open invitation to rate a service once (issue #15), known only by the hash of its code: the service and channel
 * the rating will count under and the last day it may be used. Nothing names the request, the ticket or the member, and
 * no time of issue is kept, so a rating given with it is as anonymous as one given at the kiosk. It never changes: it
 * is {@link #use used} (and then deleted by its boundary) or it expires. Not audited, for the same reason as
 * {@link Rating}.
 */
@Entity
@Table(name = "rating_invitation")
public class RatingInvitation {

    @Id
    @Column(name = "code_hash", length = 64, updatable = false)
    private String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private RatedService service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private RatingChannel channel;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    protected RatingInvitation() {
        // for the persistence provider only
    }

    public RatingInvitation(String codeHash, RatedService service, RatingChannel channel, LocalDate expiresOn) {
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
        this.service = Objects.requireNonNull(service, "service");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.expiresOn = Objects.requireNonNull(expiresOn, "expiresOn");
    }

    /**
     * The rating this invitation admits on {@code today}: its service and channel, the score and comment given. Breaks
     * {@code rule.ratingCode.wrong} once past its last day (the same answer as for a code that never was), or the
     * rules of {@link Rating}.
     */
    public Rating use(int score, String comment, LocalDate today) {
        if (today.isAfter(expiresOn)) {
            throw new DomainException("rule.ratingCode.wrong");
        }
        return new Rating(service, channel, score, comment, today);
    }

    public String codeHash() { return codeHash; }
    public RatedService service() { return service; }
    public RatingChannel channel() { return channel; }
    public LocalDate expiresOn() { return expiresOn; }
}
