/**
 * Completing registration: an accepted application becomes an active member with a gap-free membership number;
 * the register of members, searched by staff; the register following the member (withdrawal with the refund of the
 * shares, suspension, data update, additional subscription, share transfer); and the share register read by other
 * components ({@code ShareRegister}: who held how many shares on a day) and reported as of a day.
 * Policy clause 5: complete the registration procedures once the requirements are complete; and the relationship
 * with General Assembly members, whose shares are their standing in the Assembly.
 */
package coop.khidma.membership.boundary;
