/**
 * Intake's doors: the anonymous kiosk files requests through {@code KioskRequests} only; staff work them through
 * {@code Requests}. Policy clauses 1 and 2: receive members courteously, answer their inquiries, check their
 * information.
 */
package coop.khidma.intake.boundary;
