/**
 * The duties of the Personal Data Protection Law (PDPL, نظام حماية البيانات الشخصية) that every component carries for
 * its own tables, as plumbing that knows no business: each component that keeps personal data implements {@link
 * coop.khidma.platform.personaldata.Anonymisable} (anonymised past retention, on erasure, with the requests it hangs
 * on) and {@link coop.khidma.platform.personaldata.PersonalRecords} (the data subject's copy and correction) in its
 * own boundary; {@link coop.khidma.platform.personaldata.Anonymisation} calls every implementation there is, in order.
 * The values they share travel with them: the {@link coop.khidma.platform.personaldata.Subject} being served, the
 * {@link coop.khidma.platform.personaldata.DataCategory} being purged, the {@link
 * coop.khidma.platform.personaldata.Anonymised} markers, the {@link coop.khidma.platform.personaldata.RecordCount}s
 * the audit trail says, and the {@link coop.khidma.platform.personaldata.Mentions} by which erasure finds the person
 * in texts others wrote (and in the audit trail's details, which it then redacts). When and for whom (the retention periods, the purge, who may exercise a right) is {@code
 * privacy}'s. Serves the policy's preamble: "guarantee the rights of the association and of all these parties".
 */
package coop.khidma.platform.personaldata;
