/**
 * The append-only audit trail: who did what to which record, when, and the state before and after. Serves the
 * policy's preamble ("guarantee the rights of the association and of all these parties"): every state change and
 * every verification of the workflow can be shown afterwards, and nothing in it is ever changed or deleted.
 */
package coop.khidma.audit.entity;
