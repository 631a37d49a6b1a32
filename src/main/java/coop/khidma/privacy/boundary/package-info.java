/**
 * The privacy doors: {@link coop.khidma.privacy.boundary.Retention} (ADMIN: the schedule and the purge, which the
 * daily {@link coop.khidma.privacy.boundary.PurgeJob} runs once across all nodes), {@link
 * coop.khidma.privacy.boundary.SubjectRights} (STAFF: export, correction and erasure for a verified request of the data
 * subject) and {@link coop.khidma.privacy.boundary.Breaches} (ADMIN: the breach log). Privacy touches no other
 * component's tables: each component that keeps personal data anonymises it and reads and corrects a person's records
 * in its own boundary, through the interfaces of {@link coop.khidma.platform.personaldata}; privacy decides when and
 * for whom. Every change is audited with counts, never with the personal data itself. Serves the PDPL and the
 * policy's preamble (the rights of every party).
 */
package coop.khidma.privacy.boundary;
