/**
 * Composing what the association writes to a member, in Arabic and English, with dates in Hijri (Umm al-Qura) and
 * Gregorian, from the {@code i18n/ui} bundles. Serves the policy's "tell the member the expected date" (item 4) and
 * "receive members courteously and respectfully" (item 1) in writing.
 */
package coop.khidma.correspondence.control;
