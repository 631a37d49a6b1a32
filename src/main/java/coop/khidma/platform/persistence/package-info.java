/**
 * Database plumbing every component shares: Flyway migrations at start-up, gap-free numbering, UTC instants, the
 * native statements a component runs on its own tables, and what happens while the database is away (telling an
 * outage from other failures, so that members and staff are asked to try again in a moment, and a quick retry of a
 * read that lost its connection).
 */
package coop.khidma.platform.persistence;
