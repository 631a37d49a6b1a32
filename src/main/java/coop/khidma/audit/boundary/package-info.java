/**
 * Writing and reading the append-only audit trail. Preamble: guarantee the rights of the association and of every
 * party, which needs a faithful record of who did what, when.
 */
package coop.khidma.audit.boundary;
