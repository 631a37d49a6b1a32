/**
 * Pure privacy rules with an injected clock or instant: which records are past their retention and each category's
 * default period ({@link coop.khidma.privacy.control.RetentionRule}), the 72-hour breach notification clock
 * ({@link coop.khidma.privacy.control.NotificationClock}) and the data subject's export as a readable bilingual page
 * ({@link coop.khidma.privacy.control.SubjectExport}). Serves the PDPL and the policy's preamble (the rights of every
 * party).
 */
package coop.khidma.privacy.control;
