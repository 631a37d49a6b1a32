/**
 * Completing registration: an accepted application becomes an active member with a gap-free membership number;
 * and the register of members, searched by staff.
 * Policy clause 5: complete the registration procedures once the requirements are complete.
 */
package coop.khidma.membership.boundary;
