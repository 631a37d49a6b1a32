/**
 * The volunteering service, one of the policy's channels for communicating with members: people sign up on site as
 * volunteers (skills, interests, availability, consent), staff review them. Policy: the channels ("volunteering
 * service") and the preamble's volunteers, whose rights the association's policies guarantee.
 */
package coop.khidma.volunteering;
