/**
 * Screens for the office itself, shown to everyone in the room without a sign-in: the "now serving" display on the
 * TV above the counter. They read public facts only (ticket numbers and desk names). Policy clause 1: receive
 * members courteously and in turn.
 */
package coop.khidma.ui.display;
