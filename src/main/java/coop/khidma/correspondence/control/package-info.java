/**
 * The frame of what the association writes to a member (greeting, closing, both languages) from the {@code i18n/ui}
 * bundles, and the SMS gateway. Each component composes its own letters inside this frame; correspondence sends
 * letters to recipients and knows no requests. Serves the policy's "tell the member the expected date" (item 4) and
 * "receive members courteously and respectfully" (item 1) in writing.
 */
package coop.khidma.correspondence.control;
