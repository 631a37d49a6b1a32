/**
 * The counter's queue for staff: call the next ticket to a desk, close it as served or a no-show, the day's waiting
 * and service times per line (never per person). Policy clause 1: receive members courteously and give them time.
 */
package coop.khidma.ui.console.reception;
