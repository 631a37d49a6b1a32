/**
 * MicroProfile Health checks for operators and the load balancer ({@code /health/ready}: the database answers with
 * the migrated schema; {@code /health/live}: the application runs). Serves the policy's promise to receive members
 * courteously and give them time: a node that cannot serve is taken out of rotation instead of failing them.
 */
package coop.khidma.platform.health;
