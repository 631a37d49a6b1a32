/**
 * The API's pure rules, without a container: the token-bucket rate limit, which client an address stands for behind
 * the reverse proxy, which form field a broken rule is about, and what makes two submissions the same for
 * idempotency. Serves the website channel (policy: members reach the association through its website) and the
 * rights of every party: one client cannot crowd out the others, and a retry never files twice.
 */
package coop.khidma.api.control;
