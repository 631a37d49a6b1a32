/**
 * The outbox: every member-facing message (acknowledgement, missing items, committee hand-over with the expected
 * date, decision, answer, registration completed) in Arabic and English, for the channel the member used, waiting
 * to be printed, e-mailed or texted. Serves the policy's "explain to the member … and tell the member the expected
 * date" (item 4) and "reach members by the easiest means" (general objective).
 */
package coop.khidma.correspondence.entity;
