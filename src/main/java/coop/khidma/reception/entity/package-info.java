/**
 * The queue ticket aggregate and its values (the counter services, the ticket's states). Policy clause 1: every
 * visitor is received in turn, and each step of the ticket is a verb that leaves an audit fact.
 */
package coop.khidma.reception.entity;
