/**
 * Pure rules of the reception queue: how long a visitor should expect to wait. Policy clause 1 (give the visitor
 * enough time, and tell them honestly how long).
 */
package coop.khidma.reception.control;
