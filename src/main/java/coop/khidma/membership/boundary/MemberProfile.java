package coop.khidma.membership.boundary;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.membership.entity.MemberStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One member as the member page shows them: who they are and how to reach them, where their membership stands,
 * every request they filed or that concerns them (newest first), what happened to their record (oldest first), and
 * their share register (oldest first; its lines add up to {@code shares}) with the nominal value of a share, and how
 * they chose to be told ({@code null}: not chosen).
 */
public record MemberProfile(String membershipNumber, String nameArabic, String nameLatin, String nationalId,
                            String mobile, String email, String city, int shares, MemberStatus status,
                            Instant appliedAt, Instant activatedAt, String statusReason, String statusDecision,
                            List<Filed> requests,
                            List<Change> history, List<ShareLine> movements, BigDecimal nominalValue,
                            MessageChannel preferredChannel) {

    /** The capital the member's shares make at the nominal value in force. */
    public BigDecimal capital() {
        return nominalValue.multiply(BigDecimal.valueOf(shares));
    }

    /** A request of the member's: the page links to it. */
    public record Filed(String reference, String typeCode, Channel channel, RequestStatus status, Instant submittedAt) {
    }

    /** The reference of the application that made them a member (its certificate prints from it), or {@code null}. */
    public String registeredBy() {
        return requests.stream().filter(filed -> filed.typeCode().equals("MEMBERSHIP_APPLICATION")
                && filed.status() == RequestStatus.COMPLETED).map(Filed::reference).findFirst().orElse(null);
    }
}
