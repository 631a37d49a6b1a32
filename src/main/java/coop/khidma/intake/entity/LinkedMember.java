package coop.khidma.intake.entity;

import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.person.EmailAddress;

/**
 * The member a request is about, as membership tells intake (intake never reads the register): by value — the
 * member's row id, which the request keeps, never a relation into membership — with how the audit trail names the
 * member, the membership number, whether the membership is active (a membership application completes only then),
 * the e-mail address letters about the request may go to, and how the member chose to be told ({@code null}: not
 * chosen), which a request linked to them takes unless its filing chose otherwise.
 */
public record LinkedMember(Long id, String subject, String membershipNumber, boolean active, EmailAddress email,
                           MessageChannel preferred) {
}
