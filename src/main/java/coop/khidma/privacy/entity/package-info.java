/**
 * The privacy records: the retention period of each {@link coop.khidma.platform.personaldata.DataCategory} as a
 * setting and the breach-incident log ({@link coop.khidma.privacy.entity.BreachIncident}), changed only through their
 * verbs. Serves the PDPL and the policy's preamble ("guarantee the rights of … all these parties").
 */
package coop.khidma.privacy.entity;
