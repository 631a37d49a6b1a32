/**
 * Pure rules of intake that need no database: how near a request's due day is, and what intake writes to the
 * requester (acknowledgement, missing items, answer) and by which channel, and which steps a caller may take on a
 * request now ({@code RequestAction}: what the screens offer is what the boundaries allow), and the arithmetic of
 * the board's monthly reports on requests ({@code Volume}: by channel, type and outcome against the period before;
 * {@code Ageing}: the backlog by stage and working days waited). Serves the policy's general objective
 * (complete members' transactions "with speed") and items 1 and 2 (receive the member, tell them what is missing).
 */
package coop.khidma.intake.control;
