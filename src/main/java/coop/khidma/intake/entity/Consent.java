package coop.khidma.intake.entity;

import coop.khidma.platform.personaldata.PrivacyNotice;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Objects;

/**
 * The privacy notice the member accepted when filing (PDPL: consent is given before personal data is collected, and
 * the association can show it was): which version of the notice, when (the server's clock) and through which channel.
 * Kept with the request it was given for, and listed in the member's copy of their data.
 */
@Embeddable
public class Consent {

    @Column(name = "consent_notice_version", length = PrivacyNotice.VERSION_MAX, updatable = false)
    private String noticeVersion;

    @Column(name = "consent_accepted_at", updatable = false)
    private Instant acceptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_channel", length = 20, updatable = false)
    private Channel channel;

    protected Consent() {
    }

    /**
     * The acceptance as given through {@code channel} at {@code at} ({@code null}: nothing was accepted); breaks {@code rule.consent.required}, {@code
     * rule.consent.versionRequired} or {@code rule.consent.outdated} (see {@link PrivacyNotice.Acceptance#check}).
     */
    public Consent(PrivacyNotice.Acceptance given, Channel channel, Instant at) {
        this.noticeVersion = (given == null ? new PrivacyNotice.Acceptance(null, null) : given).check();
        this.channel = Objects.requireNonNull(channel, "channel");
        this.acceptedAt = Objects.requireNonNull(at, "at");
    }

    public String noticeVersion() {
        return noticeVersion;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Channel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return "privacy notice " + noticeVersion + " accepted via " + channel;
    }
}
