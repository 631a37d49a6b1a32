/**
 * Intake's doors: the anonymous kiosk files requests through {@code KioskRequests} only; staff work them through
 * {@code Requests}; the other components read a request and move it (to the committee, decided, registered) only
 * through {@code RequestProgress}, so intake stays the request's one writer. Policy clauses 1 and 2: receive members
 * courteously, answer their inquiries, check their information.
 */
package coop.khidma.intake.boundary;
