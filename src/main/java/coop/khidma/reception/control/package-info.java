/**
 * Pure rules of the reception queue: how long a visitor should expect to wait, and the day's figures of each line
 * (waiting and service times, never per person). Policy clause 1 (give the visitor enough time, and tell them
 * honestly how long).
 */
package coop.khidma.reception.control;
