/**
 * Referral to the higher authority: who answers next when a request is stuck, and how long each level has.
 * Serves the policy's "if the procedures are unclear to the member, the employee refers the member to the higher
 * authority" (dealing with members, item 3).
 */
package coop.khidma.escalation.control;
