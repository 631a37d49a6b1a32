/**
 * The outbox: every member-facing event (acknowledgement, missing items, decision, registration) becomes a message
 * in Arabic and English to a recipient, on the channel the writing component chose. Policy clause 4 (explain to the
 * member what happens next) and the channels the policy names.
 */
package coop.khidma.correspondence.boundary;
