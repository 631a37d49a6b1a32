/**
 * The knowledge base's door: anyone at the kiosk reads and searches the published public articles; staff write and
 * edit, administrators publish. Policy: information and answers through several channels.
 */
package coop.khidma.knowledge.boundary;
