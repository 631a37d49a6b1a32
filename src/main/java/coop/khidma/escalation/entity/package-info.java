/**
 * Referrals to the higher authority as records: each escalation of a request, its level on the ladder, its answer
 * or its climb to the next level, and the ladder itself as admin-editable rows. Serves the policy's "if the
 * procedures are unclear to the member, the employee refers the member to the higher authority to answer the
 * member's questions and explain the organisational aspects" (dealing with members, item 3).
 */
package coop.khidma.escalation.entity;
