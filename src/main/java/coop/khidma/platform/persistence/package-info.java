/**
 * Database plumbing every component shares: Flyway migrations at start-up, gap-free numbering, UTC instants.
 */
package coop.khidma.platform.persistence;
