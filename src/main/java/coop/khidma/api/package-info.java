/**
 * The website channel (policy: the association's website is one of the channels through which members reach it):
 * JAX-RS resources under {@code /api/v1} that adapt JSON to the intake boundaries ({@code WebsiteRequests},
 * {@code KioskRequests#track}, with review's {@code Reviews#expectedDecision} for the committee's window) and nothing
 * more. Cross-cutting API concerns live here too: RFC 9457 problem details in
 * the reader's language, idempotent POSTs ({@link coop.khidma.api.Idempotency}), the per-address rate limit
 * ({@link coop.khidma.api.RateLimit}) and the OpenAPI description.
 */
package coop.khidma.api;
