package coop.khidma.intake.entity;

import coop.khidma.person.EmailAddress;

/**
 * The member a request is about, as membership tells intake (intake never reads the register): by value — the
 * member's row id, which the request keeps, never a relation into membership — with how the audit trail names the
 * member, the membership number, whether the membership is active (a membership application completes only then),
 * and the e-mail address letters about the request may go to.
 */
public record LinkedMember(Long id, String subject, String membershipNumber, boolean active, EmailAddress email) {
}
