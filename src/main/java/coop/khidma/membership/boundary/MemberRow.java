package coop.khidma.membership.boundary;

import coop.khidma.membership.entity.MemberStatus;

import java.time.Instant;

/** One member as the registry lists them; the mobile in its national form (05…). */
public record MemberRow(String membershipNumber, String nameArabic, String nameLatin, String nationalId,
                        String mobile, String city, int shares, MemberStatus status, Instant activatedAt) {
}
