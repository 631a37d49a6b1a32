/**
 * The volunteering service for staff: sign-ups to approve or decline, the approved volunteers, opportunities and who
 * fits them. Policy: the volunteering service, one of the channels with members. Views and forms only.
 */
package coop.khidma.ui.console.volunteers;
