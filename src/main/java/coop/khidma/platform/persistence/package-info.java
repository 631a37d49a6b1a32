/**
 * Database plumbing every component shares: Flyway migrations at start-up, gap-free numbering, UTC instants, and the
 * native statements a component runs on its own tables.
 */
package coop.khidma.platform.persistence;
