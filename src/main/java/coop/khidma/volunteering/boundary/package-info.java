/**
 * Volunteering's door: the kiosk signs people up (nothing readable back), staff review the sign-ups. Policy: the
 * volunteering service channel.
 */
package coop.khidma.volunteering.boundary;
