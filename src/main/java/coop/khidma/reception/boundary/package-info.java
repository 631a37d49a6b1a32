/**
 * The queue's doors: {@link coop.khidma.reception.boundary.Queue#take} for the anonymous kiosk (a ticket, nothing
 * personal), and call-next, served, no-show and today's list for the staff at the counter. Policy clause 1.
 */
package coop.khidma.reception.boundary;
