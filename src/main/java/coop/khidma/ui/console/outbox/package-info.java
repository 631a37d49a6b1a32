/**
 * The console's outbox: every SMS, e-mail and letter Khidma wrote to members, those that could not be delivered
 * first, each with its state, channel, times and reason, a new try with one tap, and a CSV. Serves the policy's
 * general objective of reaching members by the easiest means: staff see who has not heard what was promised.
 */
package coop.khidma.ui.console.outbox;
